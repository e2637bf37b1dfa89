import { describe, expect, it, vi } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { allowlistAdd, importListFile } from '@/lib/lists/user-lists';
import { checkListText, decodeListBytes, MAX_LIST_BYTES } from '@/lib/lists/decode';
import { getMatcher, invalidateMatcher, loadMatcher } from '@/lib/lists/snapshot';
import { updateList } from '@/lib/lists/updater';
import { addListByUrl } from '@/lib/lists/user-lists';
import { ListError } from '@/lib/lists/errors';
import { fixtureBytes, fixtureText, freshDb, listServer, serveList } from './helpers';

/** The text an extension page gets from `File.text()`: UTF-8 with bad bytes replaced. */
const asPageText = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** Everything stored about lists, to prove a failed import changed nothing. */
async function snapshotOf(db: AppDB) {
  return { lists: await db.lists.toArray(), data: await db.listData.toArray(), allow: await db.listAllow.toArray() };
}

async function withOneList() {
  const db = await freshDb();
  const row = await importListFile(db, 'good.txt', fixtureText('scam-abp.txt'), { severity: 'danger' });
  await allowlistAdd(db, 'my-bank.example');
  return { db, id: row.id, before: await snapshotOf(db) };
}

async function expectRefused(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toBeInstanceOf(ListError);
  await expect(p).rejects.toMatchObject({ code });
}

describe('importing bad files: a clear error, and everything before is still there', () => {
  it('a malformed list', async () => {
    const { db, before } = await withOneList();
    await expectRefused(importListFile(db, 'letter.txt', 'Dear shop,\nI would like a refund for order 12345.\nRegards\n'.repeat(10)), 'malformed');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('a 100 MB list', async () => {
    const { db, before } = await withOneList();
    const huge = 'a-very-long-fake-shop-domain-name.example\n'.repeat(Math.ceil((100 * 1024 * 1024) / 42));
    expect(huge.length).toBeGreaterThan(100 * 1024 * 1024);
    await expectRefused(importListFile(db, 'huge.txt', huge), 'too-large');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('a binary file', async () => {
    const { db, before } = await withOneList();
    await expectRefused(importListFile(db, 'list.gz', asPageText(fixtureBytes('list.gz'))), 'binary');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(importListFile(db, 'image.png', asPageText(png)), 'binary');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('a file in the wrong encoding', async () => {
    const { db, before } = await withOneList();
    await expectRefused(importListFile(db, 'latin1.txt', asPageText(fixtureBytes('latin1.txt'))), 'encoding');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('a hostile seller file is read field by field and stored as plain text', async () => {
    const { db } = await withOneList();
    const row = await importListFile(db, 'sellers.json', fixtureText('hostile-sellers.json'));
    expect(row.def).toMatchObject({ category: 'seller', format: 'sellers-json', title: 'sellers' });
    const data = await db.listData.get(row.id);
    expect(data?.sellers?.map((s) => s.key)).toEqual(['aliexpress:1', 'ebay:two', 'aliexpress:4  null-bytes']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an empty file and an HTML page', async () => {
    const { db, before } = await withOneList();
    await expectRefused(importListFile(db, 'empty.txt', ''), 'not-a-list');
    await expectRefused(importListFile(db, 'page.html', fixtureText('captive-portal.html')), 'not-a-list');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('replacing an imported list with an older file keeps the newer one', async () => {
    const { db, id, before } = await withOneList();
    const older = fixtureText('scam-abp.txt').replace('2026-08-22T10:00:00Z', '2026-07-01T00:00:00Z').replace('cheap-kettles-outlet.shop', 'other.shop');
    await expectRefused(importListFile(db, 'old.txt', older, { replaceId: id }), 'older-copy');
    expect(await snapshotOf(db)).toEqual(before);
  });
});

describe('decoding downloaded bytes', () => {
  it('reads UTF-8 with or without a BOM and UTF-16 with a BOM', () => {
    expect(decodeListBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2e, 0x62]))).toBe('a.b');
    expect(decodeListBytes(fixtureBytes('utf16le.txt'))).toContain('utf16-domain.example');
  });

  it('refuses binary, wrongly encoded and oversized bytes', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return (err as ListError).code;
      }
      return 'none';
    };
    expect(code(() => decodeListBytes(fixtureBytes('list.gz')))).toBe('binary');
    expect(code(() => decodeListBytes(new Uint8Array([0x61, 0x00, 0x62])))).toBe('binary');
    expect(code(() => decodeListBytes(fixtureBytes('latin1.txt')))).toBe('encoding');
    expect(code(() => decodeListBytes(new Uint8Array(MAX_LIST_BYTES + 1)))).toBe('too-large');
    expect(code(() => checkListText('ok.example\n\uFFFD'))).toBe('encoding');
  });
});

describe('storage failures: the previous copy survives', () => {
  it('a full disk while writing an update', async () => {
    const server = await listServer();
    try {
      const db = await freshDb();
      server.routes.set('/l.txt', serveList('! Last modified: 2026-08-01\nold-fake.shop\n'));
      const { id } = await addListByUrl(db, server.url('/l.txt'));
      const before = await snapshotOf(db);
      server.routes.set('/l.txt', serveList('! Last modified: 2026-08-20\nnew-fake.shop\n'));
      const full = vi.spyOn(db.listData, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      const out = await updateList(db, id);
      expect(full).toHaveBeenCalledTimes(1);
      expect(out).toMatchObject({ status: 'failed', error: { code: 'disk-full' } });
      const after = await snapshotOf(db);
      expect(after.data).toEqual(before.data);
      expect(after.lists[0]?.copy).toEqual(before.lists[0]?.copy);
      expect(after.lists[0]?.lastError?.code).toBe('disk-full');
      expect((await getMatcher(db)).matchHost('old-fake.shop')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('a worker killed in the middle of writing: the transaction aborts, the old content and description stay together', async () => {
    const { db, id, before } = await withOneList();
    const newer = fixtureText('scam-abp.txt').replace('2026-08-22T10:00:00Z', '2026-08-30T00:00:00Z').replace('cheap-kettles-outlet.shop', 'brand-new-fake.shop');
    // The content row is written, then the worker dies before the description row.
    const killed = vi.spyOn(db.lists, 'put').mockImplementationOnce(() => {
      throw new Error('service worker terminated');
    });
    const dataWrite = vi.spyOn(db.listData, 'put');
    await expectRefused(importListFile(db, 'new.txt', newer, { replaceId: id }), 'storage');
    expect(dataWrite).toHaveBeenCalledTimes(1);
    expect(killed).toHaveBeenCalledTimes(1);
    expect(await snapshotOf(db)).toEqual(before);
    invalidateMatcher();
    const m = await getMatcher(db);
    expect(m.matchHost('cheap-kettles-outlet.shop')).toHaveLength(1);
    expect(m.matchHost('brand-new-fake.shop')).toHaveLength(0);
  });

  it('damaged stored bytes: the list is left out, and the next update downloads it whole', async () => {
    const server = await listServer();
    try {
      const db = await freshDb();
      const many = Array.from({ length: 2000 }, (_, i) => `filler-${i}.example`).join('\n');
      server.routes.set('/l.txt', serveList(`! Last modified: 2026-08-01\ndamaged-fake.shop\n${many}\n`, { etag: '"e1"' }));
      const { id } = await addListByUrl(db, server.url('/l.txt'));
      const data = await db.listData.get(id);
      const bytes = new Uint32Array(data!.table!.slice(0));
      bytes.reverse();
      await db.listData.put({ ...data!, table: bytes.buffer });
      const m = await loadMatcher(db);
      expect(m.listCount).toBe(0);
      await vi.waitFor(async () => expect((await db.lists.get(id))?.copy).toBeUndefined());
      expect((await db.lists.get(id))?.lastError?.code).toBe('malformed');
      server.requests.length = 0;
      expect(await updateList(db, id)).toMatchObject({ status: 'updated', count: 2001 });
      expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
      expect((await getMatcher(db)).matchHost('damaged-fake.shop')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('reading a picked file in the page', () => {
  it('decodes UTF-16 lists and refuses big, binary and wrongly encoded files before sending anything', async () => {
    const { readListFile } = await import('@/lib/lists/read-file');
    const file = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);
    expect(await readListFile(file(fixtureBytes('utf16le.txt')))).toContain('zweite-domain.example');
    await expect(readListFile(file(fixtureBytes('list.gz')))).rejects.toMatchObject({ code: 'binary' });
    await expect(readListFile(file(fixtureBytes('latin1.txt')))).rejects.toMatchObject({ code: 'encoding' });
    const huge = { size: 100 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    await expect(readListFile(huge)).rejects.toMatchObject({ code: 'too-large' });
  });
});
