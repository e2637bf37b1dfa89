// The options page in Debian's Chromium with the test build: the user's data
// goes out as a file, is erased, and comes back from that file; a list is
// added by its address from the form; the sections are reached from the
// keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension } from '../support/browser.mjs';
import { TEST_BUILD_DIR } from '../support/paths.mjs';

let server;
let ext;
let admin;
let tmp;

async function message(type, data) {
  const reply = await admin.evaluate((m) => chrome.runtime.sendMessage(m), { type, data });
  assert.ok(reply?.ok, `${type} refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

async function openOptions(section) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#${section}`);
  await page.locator(`main[data-section="${section}"]`).waitFor();
  return page;
}

before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'guard-options-'));
  server = await startFixtureServer({
    'lists.example/sellers.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('! Title: Loopback Bad Shops\n! Last modified: 2026-09-01T00:00:00Z\nbad-shop.example\nworse-shop.example\n');
    },
  });
  ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
  admin = await ext.context.newPage();
  await admin.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  await admin.evaluate(() => chrome.storage.local.set({ settings: { language: 'en' } }));
});

after(async () => {
  await ext?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

test('export, erase everything, import the file back', async () => {
  await message('setUserRule', { target: { kind: 'domain', domain: 'kettle-shop.example' }, action: 'block', note: 'Fake tracking number' });
  await admin.evaluate(() => chrome.storage.local.set({ bannerSnooze: { 'x.example': Date.now() + 3_600_000 } }));
  const page = await openOptions('data');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.format, 'cross-border-shopping-guard/user-data');
  assert.deepEqual(exported.userRules.map((r) => [r.id, r.action, r.note]), [['domain:kettle-shop.example', 'block', 'Fake tracking number']]);
  await page.getByTestId('data-status').getByText(/decisions and notes: 1; sightings: 0/).waitFor();

  const erase = page.getByRole('button', { name: 'Erase all my data' });
  assert.equal(await erase.isDisabled(), true);
  await page.getByLabel('I understand that this deletes all my data, including evidence.').check();
  await erase.click();
  await page.getByText('All your data was erased.').waitFor();
  assert.deepEqual(await message('listUserRules', {}), []);
  assert.deepEqual(await admin.evaluate(() => chrome.storage.local.get('bannerSnooze')), {});

  await page.getByLabel('File').setInputFiles(file);
  await page.getByText(/^Imported 1 of your decisions and notes/).waitFor();
  const rules = await message('listUserRules', {});
  assert.deepEqual(rules.map((r) => [r.id, r.action, r.note]), [['domain:kettle-shop.example', 'block', 'Fake tracking number']]);
  await page.close();
});

test('a list is added by its address from the form and shows its size and date', async () => {
  const page = await openOptions('lists');
  await page.getByLabel('Address of the list').fill(`${server.httpOrigin('lists.example')}/sellers.txt`);
  await page.getByRole('button', { name: 'Download and add' }).click();
  await page.getByTestId('lists-message').getByText('Added Loopback Bad Shops.').waitFor();
  const row = page.locator('li.list-row', { hasText: 'Loopback Bad Shops' });
  assert.match(await row.innerText(), /2 entries, version of 1 Sept 2026/);
  await page.getByLabel('Site address').fill('www.worse-shop.example');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  assert.equal(await page.getByTestId('host-check').innerText(), 'www.worse-shop.example is listed by: Loopback Bad Shops.');
  await row.getByRole('button', { name: 'Remove Loopback Bad Shops' }).click();
  await page.getByText('Loopback Bad Shops was removed.').waitFor();
  await page.close();
});

test('cases: a case\'s rights with reminders and a dispute letter filled from the case', async () => {
  await admin.evaluate(() => chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...settings, jurisdiction: 'EU' } })));
  const created = await message('createCase', { platform: 'aliexpress', orderNumber: '8123456789', seller: 'Sunrise Gadget Store', orderDate: '2026-11-02', deliveryDate: '2026-11-20', amountPaid: { amount: '19.99', currency: 'USD' } });
  const page = await openOptions('cases');
  await page.getByTestId('ev-case-row').first().waitFor();
  await page.getByLabel('Case', { exact: true }).selectOption(created.id);
  await page.locator('.rights[aria-busy="false"]').waitFor();
  assert.ok(await page.locator('[data-entry="aliexpress-buyer-protection"]').count() > 0, 'the platform programme applies');
  assert.equal(await page.getByLabel('Remind me before these deadlines').count(), 1);
  const letter = page.getByLabel('Letter text (you can edit it before copying)');
  await letter.waitFor();
  const text = await letter.inputValue();
  assert.match(text, /8123456789/);
  assert.match(text, /Sunrise Gadget Store/);
  assert.match(text, /US\$19\.99/);
  await page.close();
});

test('every section is reached from the keyboard; focus moves to its heading', async () => {
  const page = await openOptions('settings');
  // Tab to the navigation, then along it to "Privacy".
  let label = '';
  for (let i = 0; i < 12 && label !== 'Privacy'; i++) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => (document.activeElement?.closest('nav') ? document.activeElement.textContent : ''));
  }
  assert.equal(label, 'Privacy');
  await page.keyboard.press('Enter');
  await page.locator('main[data-section="privacy"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Privacy');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
  await page.close();
});
