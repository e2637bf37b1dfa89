import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AppDB } from '@/lib/db/app-db';
import { addListByUrl, setSubscribed } from '@/lib/lists/user-lists';
import { updateDueLists, updateList } from '@/lib/lists/updater';
import { getMatcher } from '@/lib/lists/snapshot';
import { LIST_ALARM, onListAlarm, scheduleListUpdates } from '@/lib/lists/schedule';
import { vi } from 'vitest';
import { AUTO_SPACING_MS } from '@/lib/lists/updater';
import { fixtureBytes, freshDb, listServer, loopbackFetch, serveList } from './helpers';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-09-01T08:00:00Z');

function abpList(domains: string[], lastModified: string, expires = '1 day'): string {
  return `[Adblock Plus 2.0]\n! Title: Loopback Scam List\n! Homepage: https://lists.example/loopback\n! Expires: ${expires}\n! Last modified: ${lastModified}\n${domains.map((d) => `||${d}^`).join('\n')}\n`;
}

let server: Awaited<ReturnType<typeof listServer>>;
beforeAll(async () => {
  server = await listServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

async function listed(db: AppDB, host: string): Promise<string[]> {
  return (await getMatcher(db)).matchHost(host).map((h) => h.matched);
}

async function subscribed(now = T0) {
  const db = await freshDb();
  server.routes.set('/scam.txt', serveList(abpList(['first-fake.shop', 'second-fake.shop'], '2026-08-22T10:00:00Z'), { etag: '"v1"', lastModified: 'Sat, 22 Aug 2026 10:00:00 GMT' }));
  const row = await addListByUrl(db, server.url('/scam.txt'), { severity: 'danger' }, { now: () => now });
  return { db, id: row.id };
}

describe('subscribing and updating', () => {
  it('adds a list by URL: downloaded, compiled, named by its header, used by the matcher', async () => {
    const { db, id } = await subscribed();
    const row = await db.lists.get(id);
    expect(row).toMatchObject({ origin: 'url', enabled: true, def: { title: 'Loopback Scam List', format: 'abp', severity: 'danger', homepage: 'https://lists.example/loopback' } });
    expect(row?.copy).toMatchObject({ entryCount: 2, etag: '"v1"', version: '2026-08-22T10:00:00.000Z', expiresMs: 24 * HOUR, fetchedAt: T0 });
    expect(row?.nextUpdateAt).toBe(T0 + 24 * HOUR);
    // Stored compiled: one row, 8 bytes per entry.
    expect((await db.listData.get(id))?.table?.byteLength).toBe(16);
    expect(await listed(db, 'www.first-fake.shop')).toEqual(['first-fake.shop']);
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.requests[0]!.headers.cookie).toBeUndefined();
  });

  it('sends conditional requests and keeps the copy on 304', async () => {
    const { db, id } = await subscribed();
    const before = await db.listData.get(id);
    const out = await updateList(db, id, { now: () => T0 + 25 * HOUR });
    expect(out).toEqual({ id, status: 'not-modified' });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Sat, 22 Aug 2026 10:00:00 GMT');
    const row = await db.lists.get(id);
    expect(row?.checkedAt).toBe(T0 + 25 * HOUR);
    expect(row?.nextUpdateAt).toBe(T0 + 49 * HOUR);
    expect((await db.listData.get(id))?.generation).toBe(before?.generation);
  });

  it('honours Expires (4 hour minimum): nothing is fetched before the list is due', async () => {
    const db = await freshDb();
    server.routes.set('/fast.txt', serveList(abpList(['fast.shop'], '2026-08-30T00:00:00Z', '1 hour')));
    const { id } = await addListByUrl(db, server.url('/fast.txt'), {}, { now: () => T0 });
    expect((await db.lists.get(id))?.nextUpdateAt).toBe(T0 + 4 * HOUR);
    server.requests.length = 0;
    const early = await updateDueLists(db, { now: () => T0 + 3 * HOUR, fetchImpl: loopbackFetch });
    expect(early.map((o) => o.id)).not.toContain(id);
    expect(server.requests).toHaveLength(0);
    const due = await updateDueLists(db, { now: () => T0 + 4 * HOUR, fetchImpl: loopbackFetch });
    expect(due.find((o) => o.id === id)?.status).toBe('updated');
    expect(server.requests).toHaveLength(1);
  });

  it('replaces the copy with a newer one, and never with an older one', async () => {
    const { db, id } = await subscribed();
    server.routes.set('/scam.txt', serveList(abpList(['third-fake.shop'], '2026-08-25T10:00:00Z'), { etag: '"v2"' }));
    expect(await updateList(db, id, { now: () => T0 + 25 * HOUR })).toMatchObject({ status: 'updated', count: 1 });
    expect(await listed(db, 'third-fake.shop')).toEqual(['third-fake.shop']);
    expect(await listed(db, 'first-fake.shop')).toEqual([]);
    expect((await db.lists.get(id))?.copy?.version).toBe('2026-08-25T10:00:00.000Z');

    // A lagging mirror serves the August 22 copy again.
    server.routes.set('/scam.txt', serveList(abpList(['first-fake.shop'], '2026-08-22T10:00:00Z'), { etag: '"v1"' }));
    const out = await updateList(db, id, { now: () => T0 + 50 * HOUR });
    expect(out).toMatchObject({ status: 'failed', error: { code: 'older-copy' } });
    expect(await listed(db, 'third-fake.shop')).toEqual(['third-fake.shop']);
    const row = await db.lists.get(id);
    expect(row?.copy).toMatchObject({ version: '2026-08-25T10:00:00.000Z', etag: '"v2"' });
    expect(row?.lastError?.code).toBe('older-copy');
  });

  it('subscribes to a catalog list and downloads it at once (the catalog address served on loopback)', async () => {
    const db = await freshDb();
    server.routes.set('/jarelllama.txt', serveList(abpList(['catalog-fake.shop'], '2026-08-30T00:00:00Z')));
    const fetchImpl: typeof fetch = (_url, init) => fetch(server.url('/jarelllama.txt'), init);
    const row = await setSubscribed(db, 'jarelllama-scam-light', true, { fetchImpl, now: () => T0 });
    expect(row).toMatchObject({ origin: 'catalog', enabled: true, copy: { entryCount: 1 } });
    expect(row.def).toBeUndefined(); // the catalog stays the source of its description
    const hits = (await getMatcher(db)).matchHost('catalog-fake.shop');
    expect(hits).toEqual([expect.objectContaining({ title: 'Scam Blocklist LIGHT (jarelllama)', homepage: 'https://github.com/jarelllama/Scam-Blocklist', date: '2026-08-30', severity: 'danger' })]);
    await setSubscribed(db, 'jarelllama-scam-light', false);
    expect((await getMatcher(db)).matchHost('catalog-fake.shop')).toEqual([]);
  });
});

describe('failed updates keep the last good copy', () => {
  const cases: Array<[string, (res: import('node:http').ServerResponse) => void, string]> = [
    ['a server error', (res) => res.writeHead(500).end('oops'), 'http-error'],
    ['a captive portal page', (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Sign in</body></html>'), 'not-a-list'],
    ['a gzip file', (res) => res.writeHead(200).end(fixtureBytes('list.gz')), 'binary'],
    ['Latin-1 text', (res) => res.writeHead(200).end(fixtureBytes('latin1.txt')), 'encoding'],
    ['a list with no usable entries', (res) => res.writeHead(200).end('! Title: nothing\n! Last modified: 2026-08-30\n'), 'malformed'],
    ['a 100 MB list announced by Content-Length', (res) => {
      res.writeHead(200, { 'content-length': String(100 * 1024 * 1024) });
      res.end('x.example\n');
    }, 'too-large'],
    ['a 100 MB list streamed without a length', (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.from('streamed-fake-domain.example\n'.repeat(36_000)); // ~1 MB
      let sent = 0;
      const pump = () => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent >= 100) res.end();
        else res.once('drain', pump);
      };
      res.on('close', () => { sent = 100; });
      pump();
    }, 'too-large'],
    ['a connection cut mid-download', (res) => {
      res.writeHead(200, { 'content-length': '100000' });
      res.write('half-a-list.example\n');
      setTimeout(() => res.destroy(), 20);
    }, 'network'],
  ];

  for (const [what, route, code] of cases) {
    it(`on ${what}: "${code}", the copy and the matcher unchanged`, async () => {
      const { db, id } = await subscribed();
      const dataBefore = await db.listData.get(id);
      server.routes.set('/scam.txt', (_req, res) => route(res));
      const out = await updateList(db, id, { now: () => T0 + 25 * HOUR });
      expect(out).toMatchObject({ id, status: 'failed', error: { code } });
      const row = await db.lists.get(id);
      expect(row?.copy).toMatchObject({ entryCount: 2, etag: '"v1"' });
      expect(row?.lastError).toMatchObject({ code, at: T0 + 25 * HOUR });
      expect(row?.failures).toBe(1);
      // Retried in an hour, not hammered, not forgotten.
      expect(row?.nextUpdateAt).toBe(T0 + 26 * HOUR);
      expect(await db.listData.get(id)).toEqual(dataBefore);
      expect(await listed(db, 'first-fake.shop')).toEqual(['first-fake.shop']);
    });
  }

  it('times out a server that never answers', async () => {
    const { db, id } = await subscribed();
    server.routes.set('/scam.txt', () => undefined);
    const out = await updateList(db, id, { now: () => T0 + 25 * HOUR, timeoutMs: 150 });
    expect(out.error?.code).toBe('timeout');
    expect(await listed(db, 'second-fake.shop')).toEqual(['second-fake.shop']);
  });

  it('backs off after repeated failures, never past the normal interval', async () => {
    const { db, id } = await subscribed();
    server.routes.set('/scam.txt', (_req, res) => res.writeHead(503).end());
    for (const [n, delay] of [[1, 1], [2, 2], [3, 4], [4, 8], [5, 16], [6, 24], [7, 24]] as const) {
      await updateList(db, id, { now: () => T0 });
      const row = await db.lists.get(id);
      expect(row?.failures).toBe(n);
      expect(row?.nextUpdateAt).toBe(T0 + delay * HOUR);
    }
  });
});

describe('adding a list that fails', () => {
  it('adds nothing when the first download fails, and refuses duplicates and non-web addresses', async () => {
    const { db } = await subscribed();
    const before = await db.lists.toArray();
    server.routes.set('/broken.txt', (_req, res) => res.writeHead(404).end());
    await expect(addListByUrl(db, server.url('/broken.txt'))).rejects.toMatchObject({ code: 'http-error' });
    await expect(addListByUrl(db, server.url('/scam.txt'))).rejects.toMatchObject({ code: 'duplicate' });
    await expect(addListByUrl(db, 'file:///etc/hosts')).rejects.toMatchObject({ code: 'bad-url' });
    await expect(addListByUrl(db, 'https://user:pw@lists.example/x')).rejects.toMatchObject({ code: 'bad-url' });
    await expect(addListByUrl(db, 'not a url')).rejects.toMatchObject({ code: 'bad-url' });
    expect(await db.lists.toArray()).toEqual(before);
  });
});

describe('the update alarm', () => {
  it('is created once, a minute after start, then hourly; other alarms are ignored', async () => {
    await scheduleListUpdates();
    await scheduleListUpdates();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((a) => a.name === LIST_ALARM)).toEqual([expect.objectContaining({ periodInMinutes: 60 })]);
    const db = await freshDb();
    expect(await onListAlarm(db, { name: 'something-else', scheduledTime: 0, persistAcrossSessions: true })).toBeUndefined();
  });

  it('updates the due lists when it fires', async () => {
    const { db, id } = await subscribed(Date.now() - 48 * HOUR);
    server.routes.set('/scam.txt', serveList(abpList(['alarm-fake.shop'], '2026-08-31T00:00:00Z')));
    const sleep = vi.fn(async () => undefined);
    const out = await onListAlarm(db, { name: LIST_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true }, { fetchImpl: loopbackFetch, sleep });
    // Downloads of one run are spaced out, as uBO does.
    expect(sleep).toHaveBeenCalledWith(AUTO_SPACING_MS);
    // Catalog lists are due too, but the test has no network: only the loopback list can succeed.
    expect(out?.find((o) => o.id === id)).toMatchObject({ status: 'updated', count: 1 });
    expect(await listed(db, 'alarm-fake.shop')).toEqual(['alarm-fake.shop']);
  });
});
