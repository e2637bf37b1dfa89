// End to end in Debian's Chromium with the built test extension: a fixture
// AliExpress page under its real hostname gets the expected badge and the
// popup lists the expected reasons; a JSON-LD shop gets a verdict; a page
// that is not a shop gets nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, badgeText, openPopup, waitForShopReader } from '../support/browser.mjs';
import { TEST_BUILD_DIR } from '../support/paths.mjs';

let server;
let ext;

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
  assert.ok(await waitForShopReader(ext), 'the test build registers the all-sites reader');
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('AliExpress item page: warning badge, popup lists young store and low feedback with their facts', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  const tabId = await tabIdOf(ext, page);
  assert.equal(await waitForBadge(ext, tabId, (t) => t !== ''), '!');
  const popup = await openPopup(ext, tabId);
  const header = popup.locator('[data-level]');
  await header.waitFor();
  assert.equal(await header.getAttribute('data-level'), 'warning');
  const young = popup.locator('[data-rule="young-store"]');
  assert.match(await young.innerText(), /This store opened less than 3 months ago/);
  // Dates are shown in the shopper's format (en-GB style in English).
  assert.match(await young.innerText(), /Opened on\s*\d{1,2} [A-Z][a-z]{2,3} \d{4}/);
  const feedback = popup.locator('[data-rule="low-feedback"]');
  assert.match(await feedback.innerText(), /86\.5% of this seller's feedback is positive/);
  assert.match(await popup.getByTestId('seller-card').innerText(), /Sunrise Gadget Store/);
  await popup.close();
  await page.close();
});

test('popup follows the language setting: Chinese reasons', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (t) => t !== '');
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-level]').waitFor();
  await popup.selectOption('select', 'zh_CN');
  await popup.getByText('警告').first().waitFor();
  assert.match(await popup.locator('[data-rule="low-feedback"]').innerText(), /该卖家的好评率仅为 86\.5%/);
  await popup.selectOption('select', 'en');
  await popup.getByText('Warning').first().waitFor();
  await popup.close();
  await page.close();
});

test('JSON-LD shop: low-risk badge; blocking the site turns it to danger, trusting to trusted-by-you', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.nordic-kettle-house.com')}/products/stovetop-kettle`);
  const tabId = await tabIdOf(ext, page);
  assert.equal(await waitForBadge(ext, tabId, (t) => t !== ''), 'OK');
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-level="low"]').waitFor();
  await popup.getByRole('button', { name: 'Block this site' }).click();
  await popup.locator('[data-level="danger"]').waitFor();
  assert.match(await popup.locator('[data-rule="user-blocked"]').innerText(), /You blocked nordic-kettle-house\.com/);
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '!!'), '!!');
  await popup.getByRole('button', { name: 'Remove my decision' }).click();
  await popup.getByRole('button', { name: 'Trust this site' }).click();
  await popup.locator('[data-level="trusted-by-you"]').waitFor();
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '✓'), '✓');
  await popup.close();
  await page.close();
});

test('a page that is not a shop gets no badge and the popup says so', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('blog.quiet-reader.net')}/`);
  const tabId = await tabIdOf(ext, page);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await badgeText(ext, tabId), '');
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('not-a-shop').waitFor({ timeout: 8000 });
  assert.equal(await popup.locator('[data-level]').count(), 0);
  await popup.close();
  await page.close();
});

test('web pages cannot message the extension, and the worker keeps answering', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.nordic-kettle-house.com')}/products/stovetop-kettle`);
  // No externally_connectable: the page context has no way to reach runtime messaging.
  const reachable = await page.evaluate(async (id) => {
    try {
      if (!globalThis.chrome?.runtime?.sendMessage) return false;
      await chrome.runtime.sendMessage(id, { type: 'listUserRules', data: {} });
      return true;
    } catch {
      return false;
    }
  }, ext.extensionId);
  assert.equal(reachable, false);
  const popup = await openPopup(ext, 0);
  const pong = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', data: {} }));
  assert.equal(pong.ok, true);
  await popup.close();
  await page.close();
});
