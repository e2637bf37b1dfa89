import { describe, expect, it } from 'vitest';
import { createRouter } from '@/lib/messaging/router';
import { createHandlers } from '@/lib/background/handlers';
import { MAX_PAYLOAD_BYTES, PROTOCOL } from '@/lib/messaging/protocol';
import { CATALOG } from '@/lib/lists/catalog';
import { fixtureText, freshDb, listServer, serveList } from './helpers';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;
const page = { id: EXT_ID, url: `${ORIGIN}/options.html`, origin: ORIGIN };
const contentScript = { id: EXT_ID, url: 'https://fake-shop.example/', tab: { id: 3, url: 'https://fake-shop.example/' }, frameId: 0 };

const LIST_MESSAGES = ['listCatalog', 'subscribeList', 'unsubscribeList', 'addListByUrl', 'importListFile', 'removeList', 'updateLists', 'allowlistAdd', 'allowlistRemove', 'checkListedHost'] as const;

async function setup() {
  const db = await freshDb();
  return { db, dispatch: createRouter(createHandlers(db), { extensionId: EXT_ID, extensionOrigin: ORIGIN }) };
}

describe('list management messages', () => {
  it('are for extension pages only', async () => {
    const { dispatch } = await setup();
    for (const type of LIST_MESSAGES) {
      expect(PROTOCOL[type].from).toEqual(['extension-page']);
      expect(await dispatch({ type, data: { id: 'durablenapkin-scam' } }, contentScript)).toMatchObject({ ok: false, error: 'sender-not-allowed' });
    }
  });

  it('list the catalog with licences, defaults and both allowlists', async () => {
    const { dispatch } = await setup();
    const reply = await dispatch({ type: 'listCatalog', data: {} }, page);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const value = reply.value as { lists: Array<{ id: string; enabled: boolean; license?: string }>; allowlist: { shipped: string[]; user: string[] } };
    expect(value.lists.map((l) => l.id)).toEqual(CATALOG.map((c) => c.id));
    expect(value.lists.filter((l) => l.enabled).map((l) => l.id)).toEqual(['durablenapkin-scam', 'blocklistproject-scam']);
    expect(value.lists.find((l) => l.id === 'durablenapkin-scam')?.license).toBe('MIT');
    expect(value.lists.find((l) => l.id === 'blocklistproject-scam')).toMatchObject({ license: 'Unlicense', licenseNote: expect.stringContaining('MIT') });
    expect(value.allowlist.shipped).toContain('paypal.com');
    expect(value.allowlist.user).toEqual([]);
  });

  it('import a file larger than the usual message cap, then answer which lists name a host', async () => {
    const { dispatch } = await setup();
    const big = `${fixtureText('scam-abp.txt')}${Array.from({ length: 20_000 }, (_, i) => `||filler-${i}.example^`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    const imported = await dispatch({ type: 'importListFile', data: { name: 'scam.txt', text: big, severity: 'danger' } }, page);
    expect(imported).toMatchObject({ ok: true, value: { list: { origin: 'file', title: 'Test Scam Blocklist', entryCount: 20_007, severity: 'danger', enabled: true } } });
    const check = await dispatch({ type: 'checkListedHost', data: { host: 'www.cheap-kettles-outlet.shop' } }, page);
    expect(check).toMatchObject({ ok: true, value: { allowed: false, hits: [{ title: 'Test Scam Blocklist', matched: 'cheap-kettles-outlet.shop', severity: 'danger', date: '2026-08-22' }] } });
    // Still no oversized payloads for other messages.
    expect(await dispatch({ type: 'allowlistAdd', data: { domain: 'x'.repeat(MAX_PAYLOAD_BYTES + 1) } }, page)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('answer a bad import with an error code the page can translate', async () => {
    const { dispatch } = await setup();
    expect(await dispatch({ type: 'importListFile', data: { name: 'x.gz', text: '\u001f\u008b\u0008\u0000\u0000' } }, page)).toEqual({ ok: true, value: { error: { code: 'binary', detail: 'NUL characters' } } });
    expect(await dispatch({ type: 'removeList', data: { id: 'durablenapkin-scam' } }, page)).toMatchObject({ ok: true, value: { error: { code: 'not-removable' } } });
    expect(await dispatch({ type: 'allowlistAdd', data: { domain: 'not a domain' } }, page)).toMatchObject({ ok: true, value: { changed: false, error: { code: 'bad-domain' } } });
  });

  it('allowlist a host: the user allowlist wins over the list', async () => {
    const { dispatch } = await setup();
    await dispatch({ type: 'importListFile', data: { name: 'scam.txt', text: fixtureText('scam-abp.txt') } }, page);
    expect(await dispatch({ type: 'allowlistAdd', data: { domain: 'https://Cheap-Kettles-Outlet.shop/cart' } }, page)).toMatchObject({ ok: true, value: { domain: 'cheap-kettles-outlet.shop', changed: true } });
    expect(await dispatch({ type: 'checkListedHost', data: { host: 'cheap-kettles-outlet.shop' } }, page)).toMatchObject({ ok: true, value: { allowed: true, hits: [] } });
    expect(await dispatch({ type: 'allowlistRemove', data: { domain: 'cheap-kettles-outlet.shop' } }, page)).toMatchObject({ ok: true, value: { changed: true } });
    expect(await dispatch({ type: 'checkListedHost', data: { host: 'cheap-kettles-outlet.shop' } }, page)).toMatchObject({ ok: true, value: { allowed: false, hits: [{ matched: 'cheap-kettles-outlet.shop' }] } });
  });

  it('add a list by URL, update it, unsubscribe and remove it', async () => {
    const { dispatch, db } = await setup();
    const server = await listServer();
    try {
      server.routes.set('/l.txt', serveList('# Title: Loopback\n0.0.0.0 listed-by-url.example\n', { etag: '"a"' }));
      const added = await dispatch({ type: 'addListByUrl', data: { url: server.url('/l.txt') } }, page);
      expect(added).toMatchObject({ ok: true, value: { list: { origin: 'url', title: 'Loopback', format: 'hosts', category: 'scam', severity: 'warning', entryCount: 1 } } });
      const id = added.ok ? (added.value as { list: { id: string } }).list.id : '';
      expect(await dispatch({ type: 'updateLists', data: { id } }, page)).toEqual({ ok: true, value: [{ id, status: 'not-modified' }] });
      expect(await dispatch({ type: 'unsubscribeList', data: { id } }, page)).toMatchObject({ ok: true, value: { list: { enabled: false } } });
      expect(await dispatch({ type: 'checkListedHost', data: { host: 'listed-by-url.example' } }, page)).toMatchObject({ value: { hits: [] } });
      expect(await dispatch({ type: 'removeList', data: { id } }, page)).toEqual({ ok: true, value: {} });
      expect(await db.lists.get(id)).toBeUndefined();
      expect(await db.listData.get(id)).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
