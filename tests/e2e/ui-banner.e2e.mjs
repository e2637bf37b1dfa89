// The in-page banner in Debian's Chromium with the test build: shown for a
// warning page in a closed shadow root the page cannot read, in the user's
// language; dismissed by a click (back on the next visit); snoozed for the
// site from the keyboard (stays hidden on reload, listed in the options
// page, brought back from there); never shown for a low-risk page; and
// following the banner and sensitivity settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, waitForShopReader } from '../support/browser.mjs';
import path from 'node:path';
import { ROOT, TEST_BUILD_DIR } from '../support/paths.mjs';

const SHOTS = path.join(ROOT, 'docs/screenshots');

const WARNING_PAGE = (s) => `${s.origin('www.aliexpress.com')}/item/1005009000000001.html`;
const CAUTION_PAGE = (s) => `${s.origin('www.lakeside-lamps.store')}/products/desk-lamp`;
const LOW_PAGE = (s) => `${s.origin('www.nordic-kettle-house.com')}/products/stovetop-kettle`;
/** Time given to a page to show a banner it should not show, after its badge is set. */
const QUIET_MS = 1500;

let server;
let ext;
let admin;

async function setSettings(patch) {
  await admin.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}

/** What the banner shows, read in the content scripts' isolated world (the page itself cannot). */
async function bannerState(tabId) {
  const [res] = await ext.worker().evaluate((id) => chrome.scripting.executeScript({
    target: { tabId: id, frameIds: [0] },
    func: () => {
      const api = globalThis[Symbol.for('shopping-guard.banner')];
      const root = api?.shadow;
      const box = root?.querySelector('section');
      if (!box || !root.host.isConnected) return null;
      const rect = (sel) => {
        const r = root.querySelector(sel).getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      };
      return {
        level: box.dataset.level,
        lang: box.getAttribute('lang'),
        label: box.getAttribute('aria-label'),
        alert: root.querySelector('[role="alert"]')?.textContent ?? '',
        title: root.querySelector('h2')?.textContent ?? '',
        reasons: [...root.querySelectorAll('li')].map((li) => li.textContent),
        buttons: [...root.querySelectorAll('button')].map((b) => b.textContent),
        focused: root.activeElement?.dataset.action ?? null,
        dismiss: rect('[data-action="dismiss"]'),
        snooze: rect('[data-action="snooze"]'),
        firstInBody: document.body.firstElementChild === root.host,
      };
    },
  }), tabId);
  return res?.result ?? null;
}

async function waitForBanner(tabId, pred = (s) => s !== null, timeoutMs = 8000) {
  const until = Date.now() + timeoutMs;
  let state = null;
  while (Date.now() < until) {
    state = await bannerState(tabId);
    if (pred(state)) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  return state;
}

async function openPage(url, badge) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  assert.equal(await waitForBadge(ext, tabId, (t) => t === badge), badge);
  return { page, tabId };
}

async function reloadAndWait(page, tabId, badge) {
  await page.reload();
  assert.equal(await waitForBadge(ext, tabId, (t) => t === badge), badge);
}

before(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
  assert.ok(await waitForShopReader(ext));
  admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  await setSettings({ language: 'en' });
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('a warning page shows the banner in a closed shadow root, with its reasons, in the user\'s language', async () => {
  const { page, tabId } = await openPage(WARNING_PAGE(server), '!');
  const state = await waitForBanner(tabId);
  assert.ok(state, 'banner shown');
  assert.equal(state.level, 'warning');
  assert.equal(state.lang, 'en');
  assert.equal(state.title, 'Warning — Shopping Guard');
  assert.equal(state.label, 'Cross-Border Shopping Guard warning');
  assert.ok(state.reasons.some((r) => /This store opened less than 3 months ago/.test(r)), state.reasons.join(' | '));
  assert.match(state.alert, /Serious warning signs/);
  assert.deepEqual(state.buttons, ['Hide on aliexpress.com for 24 hours', 'Dismiss']);
  await page.screenshot({ path: path.join(SHOTS, 'banner-en.png'), clip: { x: 0, y: 0, width: 1000, height: 260 } });
  // First in the body, so the first Tab press reaches it.
  assert.equal(state.firstInBody, true);
  // The page sees a host element but cannot open it: the shadow root is closed.
  const fromPage = await page.evaluate(() => {
    const host = document.body.firstElementChild;
    return { tag: host.tagName, shadow: host.shadowRoot === null, text: host.textContent };
  });
  assert.deepEqual(fromPage, { tag: 'DIV', shadow: true, text: '' });
  // The page's styles cannot hide or move it.
  await page.addStyleTag({ content: 'body > div { display: none !important; top: 500px !important; }' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body.firstElementChild).display), 'block');

  await setSettings({ language: 'zh_CN' });
  await reloadAndWait(page, tabId, '!');
  const zh = await waitForBanner(tabId, (s) => s?.lang === 'zh-CN');
  assert.equal(zh?.title, '警告 — 购物卫士');
  assert.ok(zh.reasons.some((r) => /这家店铺开业不到 3 个月/.test(r)), zh.reasons.join(' | '));
  assert.deepEqual(zh.buttons, ['24 小时内不在 aliexpress.com 上显示', '关闭']);
  await page.screenshot({ path: path.join(SHOTS, 'banner-zh_CN.png'), clip: { x: 0, y: 0, width: 1000, height: 260 } });
  await setSettings({ language: 'en' });
  await page.close();
});

test('dismiss hides the banner for this visit; it is back on the next one', async () => {
  const { page, tabId } = await openPage(WARNING_PAGE(server), '!');
  const state = await waitForBanner(tabId);
  await page.mouse.click(state.dismiss.x, state.dismiss.y);
  assert.equal(await waitForBanner(tabId, (s) => s === null, 3000), null);
  await reloadAndWait(page, tabId, '!');
  assert.ok(await waitForBanner(tabId), 'shown again after reload');
  // Escape from inside the banner dismisses too.
  await page.keyboard.press('Tab');
  assert.equal((await bannerState(tabId)).focused, 'snooze');
  await page.keyboard.press('Escape');
  assert.equal(await waitForBanner(tabId, (s) => s === null, 3000), null);
  await page.close();
});

test('snooze from the keyboard keeps the banner hidden on reload for that site; the options page brings it back', async () => {
  const { page, tabId } = await openPage(WARNING_PAGE(server), '!');
  await waitForBanner(tabId);
  await page.keyboard.press('Tab');
  assert.equal((await bannerState(tabId)).focused, 'snooze');
  await page.keyboard.press('Enter');
  assert.equal(await waitForBanner(tabId, (s) => s === null, 3000), null);
  const stored = await admin.evaluate(() => chrome.storage.local.get('bannerSnooze'));
  const until = stored.bannerSnooze?.['aliexpress.com'];
  assert.ok(until > Date.now() + 23 * 3600_000 && until <= Date.now() + 24 * 3600_000, `snoozed for a day: ${until}`);

  await reloadAndWait(page, tabId, '!');
  await new Promise((r) => setTimeout(r, QUIET_MS));
  assert.equal(await bannerState(tabId), null, 'still hidden after reload');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  await options.getByText(/^aliexpress\.com until /).waitFor();
  await options.getByRole('button', { name: 'Show the banner again on aliexpress.com' }).click();
  await options.getByText(/^aliexpress\.com until /).waitFor({ state: 'detached' });
  await options.close();

  await reloadAndWait(page, tabId, '!');
  assert.ok(await waitForBanner(tabId), 'shown again once the snooze is lifted');
  await page.close();
});

test('a low-risk page never shows the banner', async () => {
  const { page, tabId } = await openPage(LOW_PAGE(server), 'OK');
  await new Promise((r) => setTimeout(r, QUIET_MS));
  assert.equal(await bannerState(tabId), null);
  await page.close();
});

test('settings: banner off shows none; sensitivity moves the line between levels', async () => {
  await setSettings({ banner: false });
  let { page, tabId } = await openPage(WARNING_PAGE(server), '!');
  await new Promise((r) => setTimeout(r, QUIET_MS));
  assert.equal(await bannerState(tabId), null, 'banner off');
  await page.close();

  await setSettings({ banner: true, sensitivity: 'relaxed' });
  ({ page, tabId } = await openPage(WARNING_PAGE(server), '!'));
  await new Promise((r) => setTimeout(r, QUIET_MS));
  assert.equal(await bannerState(tabId), null, 'relaxed: danger only');
  await page.close();

  ({ page, tabId } = await openPage(CAUTION_PAGE(server), '?'));
  await new Promise((r) => setTimeout(r, QUIET_MS));
  assert.equal(await bannerState(tabId), null, 'relaxed: no banner for caution');
  await page.close();

  await setSettings({ sensitivity: 'strict' });
  ({ page, tabId } = await openPage(CAUTION_PAGE(server), '?'));
  const state = await waitForBanner(tabId);
  assert.equal(state?.level, 'caution', 'strict: caution too');
  await page.close();
  await setSettings({ sensitivity: 'normal' });
});
