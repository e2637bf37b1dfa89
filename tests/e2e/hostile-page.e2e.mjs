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
import { strFromU8, unzipSync } from 'fflate';
import { exportPack, message, openPopupWindow } from '../fixtures/evidence/browser-helpers.mjs';

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
  assert.deepEqual(names, ['id', 'tagName', 'getAttribute', 'getAttributeNames', 'hasAttribute', 'style']);
  await page.close();
});

test('evidence of such a page: a whole-page capture is saved, and the page is left as it was', async () => {
  const page = await ext.context.newPage();
  await page.goto(HOSTILE(server));
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (t) => t !== '');
  const popup = await openPopupWindow(ext, tabId);
  const kase = await message(popup, 'createCase', { platform: 'copper-kettles.shop', seller: 'Copper Kettles' });
  const outcome = await message(popup, 'captureTab', { tabId, fullPage: true, caseId: kase.id });
  assert.equal(outcome.status, 'saved', JSON.stringify(outcome));
  const detail = await message(popup, 'getCase', { caseId: kase.id });
  const paths = detail.captures[0].artifacts.map((a) => a.path);
  assert.ok(paths.some((p) => /^full-\d{3}\.png$/.test(p)), paths.join());
  // The sticky form (whose control named "style" stands in for form.style) was pinned for the frames after the first.
  const files = unzipSync(new Uint8Array((await exportPack(popup, kase.id)).bytes));
  const record = JSON.parse(strFromU8(files[Object.keys(files).find((p) => p.endsWith('/capture.json'))]));
  assert.ok(record.fullPage.modifications.some((m) => /1 sticky element/.test(m)), record.fullPage.modifications.join('; '));
  // The sticky form is sticky again, and scrolled back to where the shopper was.
  const after = await page.evaluate(() => {
    const form = Document.prototype.getElementsByTagName.call(document, 'form')[0];
    return { position: getComputedStyle(form).position, scrollY };
  });
  assert.deepEqual(after, { position: 'sticky', scrollY: 0 });
  await popup.close();
  await page.close();
});
