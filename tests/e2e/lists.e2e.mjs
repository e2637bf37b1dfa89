// Lists end to end in Debian's Chromium with the test build: a list served on
// loopback is subscribed to by URL and updated (conditional request, then a
// newer copy); a fixture shop on a listed domain gets the danger badge and a
// popup that names the list and its date; trusting the site turns it to
// "trusted by you"; a listed host is flagged from its address alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, openPopup } from '../support/browser.mjs';
import { ROOT, TEST_BUILD_DIR } from '../support/paths.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/lists');
const SHOP = 'www.cheap-kettles-outlet.shop';
let listVersion = 1;
const requests = [];

function scamList() {
  const v1 = ['! Title: Loopback Fake Shops', '! Homepage: https://lists.example/', '! Expires: 1 day', '! Last modified: 2026-08-22T10:00:00Z', '||cheap-kettles-outlet.shop^'];
  const v2 = ['! Title: Loopback Fake Shops', '! Homepage: https://lists.example/', '! Expires: 1 day', '! Last modified: 2026-08-25T10:00:00Z', '||cheap-kettles-outlet.shop^', '||second-fake.shop^'];
  return `[Adblock Plus 2.0]\n${(listVersion === 1 ? v1 : v2).join('\n')}\n`;
}

const page = (file) => async (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(await readFile(path.join(FIXTURES, file)));
};

let server;
let ext;
let admin;
let listId;

/** The banner's level and text, or null while it is not shown. */
async function waitForBannerText(tabId, timeoutMs = 8000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [res] = await ext.worker().evaluate((id) => chrome.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => {
        const root = globalThis[Symbol.for('shopping-guard.banner')]?.shadow;
        const box = root?.querySelector('section');
        return box && root.host.isConnected ? { level: box.dataset.level, text: box.textContent } : null;
      },
    }), tabId);
    if (res?.result) return res.result;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function message(type, data) {
  const reply = await admin.evaluate((m) => chrome.runtime.sendMessage(m), { type, data });
  assert.ok(reply?.ok, `${type} refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

before(async () => {
  server = await startFixtureServer({
    'lists.example/scam.txt': (req, res) => {
      requests.push({ ifNoneMatch: req.headers['if-none-match'] });
      const etag = `"v${listVersion}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag });
      res.end(scamList());
    },
    [`${SHOP}/products/kettle`]: page('shop-kettle.html'),
    [`${SHOP}/about`]: page('about.html'),
  });
  ext = await launchWithExtension({ extensionPath: process.env.E2E_BUILD_DIR ?? TEST_BUILD_DIR });
  admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('a list served on loopback is subscribed to by URL, then updated', async () => {
  const added = await message('addListByUrl', { url: `${server.httpOrigin('lists.example')}/scam.txt`, severity: 'danger', category: 'fake_shop' });
  assert.ok(added.list, JSON.stringify(added));
  listId = added.list.id;
  assert.equal(added.list.title, 'Loopback Fake Shops');
  assert.equal(added.list.entryCount, 1);
  assert.equal(added.list.version, '2026-08-22T10:00:00.000Z');

  // Nothing changed upstream: a conditional request, answered 304.
  assert.deepEqual(await message('updateLists', { id: listId }), [{ id: listId, status: 'not-modified' }]);
  assert.equal(requests.at(-1).ifNoneMatch, '"v1"');

  listVersion = 2;
  assert.deepEqual(await message('updateLists', { id: listId }), [{ id: listId, status: 'updated', count: 2 }]);
  const check = await message('checkListedHost', { host: 'www.second-fake.shop' });
  assert.deepEqual(check.hits.map((h) => [h.title, h.matched, h.date]), [['Loopback Fake Shops', 'second-fake.shop', '2026-08-25']]);
  const catalog = await message('listCatalog', {});
  assert.equal(catalog.lists.find((l) => l.id === listId).entryCount, 2);
});

test('a fixture shop on a listed domain: danger badge, popup names the list and its date; trusting it turns to trusted by you', async () => {
  const shop = await ext.context.newPage();
  await shop.goto(`${server.origin(SHOP)}/products/kettle`);
  const tabId = await tabIdOf(ext, shop);
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '!!'), '!!');
  // The in-page banner names the list too (read in the extension's isolated world: its shadow root is closed).
  const banner = await waitForBannerText(tabId);
  assert.equal(banner?.level, 'danger');
  assert.match(banner?.text ?? '', /Loopback Fake Shops/);
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-level="danger"]').waitFor();
  const reason = popup.locator('[data-rule="list-hit"]');
  const text = await reason.innerText();
  assert.match(text, /Loopback Fake Shops lists this site \(cheap-kettles-outlet\.shop\)/);
  // The list's version date, however the popup formats it.
  assert.match(text, /25 Aug 2026|2026-08-25/);
  await popup.getByRole('button', { name: 'Trust this site' }).click();
  await popup.locator('[data-level="trusted-by-you"]').waitFor();
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '✓'), '✓');
  await popup.getByRole('button', { name: 'Remove my decision' }).click();
  await popup.locator('[data-level="danger"]').waitFor();
  await popup.close();
  await shop.close();
});

test('a listed host is flagged from its address alone, on a page that is not a shop page', async () => {
  const about = await ext.context.newPage();
  await about.goto(`${server.origin(SHOP)}/about`);
  const tabId = await tabIdOf(ext, about);
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '!!'), '!!');
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-level="danger"]').waitFor();
  assert.match(await popup.locator('[data-rule="list-hit"]').innerText(), /Loopback Fake Shops/);
  await popup.close();
  await about.close();
});

test('the user allowlist wins over the list', async () => {
  assert.equal((await message('allowlistAdd', { domain: 'cheap-kettles-outlet.shop' })).changed, true);
  const shop = await ext.context.newPage();
  await shop.goto(`${server.origin(SHOP)}/products/kettle?visit=allowlisted`);
  const tabId = await tabIdOf(ext, shop);
  const badge = await waitForBadge(ext, tabId, (t) => t !== '');
  const { verdict } = await message('getTabVerdict', { tabId });
  assert.notEqual(badge, '!!', JSON.stringify(verdict?.findings.map((f) => [f.ruleId, f.severity, f.source.title])));
  assert.deepEqual((await message('checkListedHost', { host: SHOP })).hits, []);
  await message('allowlistRemove', { domain: 'cheap-kettles-outlet.shop' });
  await shop.close();
});
