// The popup at every verdict level and the options page, in English and in
// Chinese, in Debian's Chromium with the test build: each is checked (level,
// language, no untranslated key, labelled controls, WCAG AA text contrast)
// and saved to docs/screenshots/ for the README.
//
// Levels come from fixture pages served on loopback under real hostnames:
// low (an independent shop with full details), caution (the same kind of
// shop on a ".store" domain), warning (an AliExpress store opened two months
// ago, with a falling feedback history imported as the user's own data),
// danger (a shop on a list served on loopback), trusted-by-you (the low shop
// after the user trusts it and writes a note), no-data (a search page that
// has not rendered its results).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, openPopup, waitForShopReader } from '../support/browser.mjs';
import { ROOT, TEST_BUILD_DIR } from '../support/paths.mjs';
import { a11yProblems, contrastProblems, untranslatedKeys } from './ui-checks.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
const DAY = 86_400_000;
const LIST_SHOP = 'www.cheap-kettles-outlet.shop';
const LANGS = [
  { id: 'en', html: 'en', levelText: { low: 'Low risk', caution: 'Caution', warning: 'Warning', danger: 'Danger', 'trusted-by-you': 'Trusted by you', 'no-data': 'Not enough data' } },
  { id: 'zh_CN', html: 'zh-CN', levelText: null },
];

let server;
let ext;
let admin;

async function message(type, data) {
  const reply = await admin.evaluate((m) => chrome.runtime.sendMessage(m), { type, data });
  assert.ok(reply?.ok, `${type} refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

async function setLanguage(language) {
  await admin.evaluate(async (l) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: l, jurisdiction: 'EU' } });
  }, language);
}

/** A sighting history for the AliExpress seller: feedback falling over six weeks, as if seen earlier on this machine. */
function sellerHistory(now) {
  const base = {
    marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:900123456', listingKey: 'aliexpress:1005009000000001',
    sellerName: 'Sunrise Gadget Store', sku: '1005009000000001', title: 'Wireless Earbuds Pro X Bluetooth 5.3 Noise Cancelling', currency: 'USD',
  };
  return [
    { ...base, at: now - 45 * DAY, price: '21.99', rating: 4.7, reviewCount: 12, feedbackPercent: 97.4, feedbackCount: 150 },
    { ...base, at: now - 30 * DAY, price: '20.99', rating: 4.5, reviewCount: 21, feedbackPercent: 94.8, feedbackCount: 260 },
    { ...base, at: now - 12 * DAY, price: '19.99', rating: 4.3, reviewCount: 30, feedbackPercent: 90.2, feedbackCount: 380 },
  ];
}

async function openTab(url, badge) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  assert.equal(await waitForBadge(ext, tabId, (t) => t === badge), badge, `badge of ${url}`);
  return { page, tabId };
}

/** Opens the popup about a tab in each language, checks it and saves its first screen. */
async function shootPopup(name, tabId, level, extra = async () => {}) {
  for (const lang of LANGS) {
    await setLanguage(lang.id);
    const popup = await openPopup(ext, tabId, { width: 400, height: 600 });
    await popup.locator(`[data-level="${level}"]`).waitFor({ timeout: 10_000 });
    // Everything loaded after the verdict: rights, evidence panel.
    await popup.locator('.rights[aria-busy="false"]').waitFor({ timeout: 10_000 });
    await popup.locator('#ev-title').waitFor();
    assert.equal(await popup.evaluate(() => document.documentElement.lang), lang.html);
    const levelText = await popup.locator('.verdict__level').innerText();
    if (lang.levelText) assert.equal(levelText, lang.levelText[level]);
    else assert.match(levelText, /[\u4e00-\u9fff]/, `Chinese level label for ${level}`);
    assert.deepEqual(await untranslatedKeys(popup), [], `${name} ${lang.id}: untranslated keys`);
    assert.deepEqual(await a11yProblems(popup), [], `${name} ${lang.id}: accessibility`);
    assert.deepEqual(await contrastProblems(popup), [], `${name} ${lang.id}: contrast`);
    await extra(popup, lang);
    await popup.evaluate(() => document.fonts.ready);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: path.join(OUT, `popup-${name}-${lang.id}.png`) });
    await popup.close();
  }
}

before(async () => {
  await mkdir(OUT, { recursive: true });
  const shopHtml = await readFile(path.join(ROOT, 'tests/fixtures/lists/shop-kettle.html'));
  server = await startFixtureServer({
    'lists.example/fake-shops.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('[Adblock Plus 2.0]\n! Title: Loopback Fake Shops\n! Homepage: https://github.com/loopback-lists/fake-shops\n! Last modified: 2026-08-25T10:00:00Z\n||cheap-kettles-outlet.shop^\n');
    },
    [`${LIST_SHOP}/products/kettle`]: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(shopHtml);
    },
  });
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
  assert.ok(await waitForShopReader(ext), 'the test build registers the all-sites reader');
  admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  const now = Date.now();
  const imported = await message('importUserData', { json: JSON.stringify({ format: 'cross-border-shopping-guard/user-data', version: 1, exportedAt: new Date(now).toISOString(), userRules: [], observations: sellerHistory(now) }), mode: 'merge' });
  assert.equal(imported.imported, true, JSON.stringify(imported));
  const added = await message('addListByUrl', { url: `${server.httpOrigin('lists.example')}/fake-shops.txt`, severity: 'danger', category: 'fake_shop' });
  assert.ok(added.list, JSON.stringify(added));
});

after(async () => {
  await ext?.close();
  await server?.close();
});

test('low: an independent shop with its details, no warning signs', async () => {
  const { page, tabId } = await openTab(`${server.origin('www.nordic-kettle-house.com')}/products/stovetop-kettle`, 'OK');
  await shootPopup('low', tabId, 'low', async (popup) => {
    assert.match(await popup.getByTestId('seller-card').innerText(), /nordic-kettle-house\.com/);
  });
  await page.close();
});

test('caution: a shop on a domain ending fake shops favour', async () => {
  const { page, tabId } = await openTab(`${server.origin('www.lakeside-lamps.store')}/products/desk-lamp`, '?');
  await shootPopup('caution', tabId, 'caution', async (popup) => {
    await popup.locator('[data-rule="risky-tld"]').waitFor();
  });
  await page.close();
});

test('warning: a two-month-old AliExpress store, with the history seen on this machine as a chart', async () => {
  const { page, tabId } = await openTab(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`, '!');
  await shootPopup('warning', tabId, 'warning', async (popup, lang) => {
    const card = popup.getByTestId('seller-card');
    await card.locator('figure.history[data-metric="feedbackPercent"]').waitFor();
    if (lang.id === 'en') {
      const text = await card.innerText();
      assert.match(text, /Sunrise Gadget Store/);
      assert.match(text, /86\.5% positive \(420 ratings\)/);
      assert.match(text, /opened \d{1,2} [A-Z][a-z]{2,3} \d{4} \(\d months? ago\)/);
      assert.match(text, /Positive feedback went from 97\.4% \(.+\) to 86\.5% \(.+\)\./);
      // The falling feedback is also a reason, drawn from the same local history.
      await popup.locator('[data-rule="feedback-falling"]').waitFor();
    } else {
      assert.match(await card.innerText(), /好评率 86\.5%（420 条评价）/);
    }
    await card.screenshot({ path: path.join(OUT, `popup-seller-card-${lang.id}.png`) });
  });
  await page.close();
});

test('danger: a shop named by a list, with "report a wrong verdict" to the list\'s issue page', async () => {
  const { page, tabId } = await openTab(`${server.origin(LIST_SHOP)}/products/kettle`, '!!');
  await shootPopup('danger', tabId, 'danger', async (popup, lang) => {
    const link = popup.getByTestId('report-wrong-verdict');
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), 'https://github.com/loopback-lists/fake-shops/issues');
    if (lang.id === 'en') assert.match(await link.innerText(), /Tell the maintainers of Loopback Fake Shops/);
  });
  await page.close();
});

test('trusted by you: the user trusts the shop and writes a note; the override says so', async () => {
  const { page, tabId } = await openTab(`${server.origin('www.nordic-kettle-house.com')}/products/stovetop-kettle`, 'OK');
  await setLanguage('en');
  const popup = await openPopup(ext, tabId, { width: 400, height: 600 });
  await popup.locator('[data-level="low"]').waitFor();
  await popup.getByRole('button', { name: 'Add a note' }).click();
  await popup.getByLabel('Your note on this site').fill('Bought a kettle here in March; arrived in 4 days, well packed.');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await popup.getByTestId('user-note').waitFor();
  // From the keyboard: Tab along the popup to "Trust this site", then Enter.
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'Trust this site'; i++) {
    await popup.keyboard.press('Tab');
    focused = await popup.evaluate(() => document.activeElement?.textContent ?? '');
  }
  assert.equal(focused, 'Trust this site');
  await popup.keyboard.press('Enter');
  await popup.locator('[data-level="trusted-by-you"]').waitFor();
  assert.match(await popup.locator('[data-override="trusted"]').innerText(), /Your decision: you trust this/);
  // Trusting kept the note.
  assert.match(await popup.getByTestId('user-note').innerText(), /arrived in 4 days/);
  await popup.close();
  assert.equal(await waitForBadge(ext, tabId, (t) => t === '✓'), '✓');
  await shootPopup('trusted-by-you', tabId, 'trusted-by-you');
  await page.close();
});

test('no data: a marketplace page that does not show enough to judge', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}/w/wholesale-desk-lamp.html`);
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (t) => t !== '', 6000);
  await shootPopup('no-data', tabId, 'no-data');
  await page.close();
});

test('options page in both languages: settings, lists, sellers and sites, about', async () => {
  for (const lang of LANGS) {
    await setLanguage(lang.id);
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 1100, height: 760 });
    for (const section of ['settings', 'lists', 'sellers', 'about']) {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html#${section}`);
      await options.locator(`main[data-section="${section}"]`).waitFor();
      await options.waitForFunction(() => !/^(Loading…|正在加载…)$/m.test(document.querySelector('main')?.innerText ?? ''));
      assert.equal(await options.evaluate(() => document.documentElement.lang), lang.html);
      assert.deepEqual(await untranslatedKeys(options), [], `options ${section} ${lang.id}: untranslated keys`);
      assert.deepEqual(await a11yProblems(options), [], `options ${section} ${lang.id}: accessibility`);
      assert.deepEqual(await contrastProblems(options), [], `options ${section} ${lang.id}: contrast`);
      if (section === 'lists') assert.match(await options.locator('[data-list]').first().innerText(), /\S/);
      if (section === 'sellers') assert.match(await options.locator('table.rules').innerText(), /nordic-kettle-house\.com/);
      if (section !== 'about') {
        await options.evaluate(() => document.fonts.ready);
        await options.screenshot({ path: path.join(OUT, `options-${section}-${lang.id}.png`) });
      }
    }
    await options.close();
  }
});
