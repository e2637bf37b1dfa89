// A hostile shop page in Debian's Chromium with the test build: its markup
// shadows the DOM's members (form controls named getAttribute, tagName…,
// images named body, createElement, hidden, querySelector), which in a
// browser replaces form.getAttribute with an input and document.body with an
// image. The page must still be read as a shop with its price, the page's
// own form must keep its controls, and a banner must still reach the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, openPopup, waitForShopReader } from '../support/browser.mjs';
import { TEST_BUILD_DIR } from '../support/paths.mjs';

const HOSTILE = (s) => `${s.origin('www.copper-kettles.shop')}/products/hammered-kettle`;

let server;
let ext;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
  assert.ok(await waitForShopReader(ext));
  const admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  await admin.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: 'en' } });
  });
  await admin.close();
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** Whether the banner's host is in the page's body, read past the page's named images. */
async function bannerInBody(tabId) {
  const [res] = await ext.worker().evaluate((id) => chrome.scripting.executeScript({
    target: { tabId: id, frameIds: [0] },
    func: () => {
      const root = globalThis[Symbol.for('shopping-guard.banner')]?.shadow;
      const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body').get.call(document);
      return Boolean(root?.querySelector('section') && root.host.parentNode === body && root.host.isConnected);
    },
  }), tabId);
  return res?.result ?? false;
}

test('a page whose markup shadows DOM members is still read, and its form is left as it was', async () => {
  const page = await ext.context.newPage();
  await page.goto(HOSTILE(server));
  // The clobbering is real in this browser: the page's form answers with its inputs.
  const shadowed = await page.evaluate(() => {
    const form = Document.prototype.getElementsByTagName.call(document, 'form')[0];
    return { getAttribute: String(form.getAttribute), tagName: String(form.tagName), body: String(document.body), hidden: String(document.hidden) };
  });
  assert.deepEqual(shadowed, { getAttribute: '[object HTMLInputElement]', tagName: '[object HTMLInputElement]', body: '[object HTMLImageElement]', hidden: '[object HTMLImageElement]' });
  const tabId = await tabIdOf(ext, page);
  const badge = await waitForBadge(ext, tabId, (t) => t !== '');
  assert.notEqual(badge, '', 'read as a shop');
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-level]').waitFor();
  assert.match(await popup.getByTestId('seller-card').innerText(), /€\s?89(\.00)?|89[.,]00\s?€/);
  assert.equal(await popup.getByTestId('not-a-shop').count(), 0);

  // Blocking the site: danger on the next visit, and the banner is mounted in the real body, not in the
  // image named "body" (nor stopped by the one named "createElement", nor held back by the one named "hidden").
  await popup.getByRole('button', { name: 'Block this site' }).click();
  await popup.locator('[data-level="danger"]').waitFor();
  await popup.close();
  await page.reload();
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '!!'), '!!');
  let shown = false;
  for (let i = 0; i < 80 && !shown; i++) {
    shown = await bannerInBody(tabId);
    if (!shown) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(shown, 'banner shown in the page body');

  // The page itself was not changed: its controls keep their names.
  const names = await page.evaluate(() => Array.from(Document.prototype.querySelectorAll.call(document, 'form input'), (i) => Element.prototype.getAttribute.call(i, 'name')));
  assert.deepEqual(names, ['id', 'tagName', 'getAttribute', 'getAttributeNames', 'hasAttribute']);
  await page.close();
});
