// `npm run demo`: builds the extension, serves the sample marketplace pages on
// loopback under their real hostnames, and opens Chromium with the extension
// on them. `npm run demo -- --headless --out DIR` does the same without a
// display and saves, for each sample, screenshots of the page, its popup in
// English and in Chinese, and a composite with the toolbar badge.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, TEST_BUILD_DIR } from '../support/paths.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge, openPopup } from '../support/browser.mjs';
import { SAMPLES } from './samples.mjs';
import { compose } from './compose.mjs';
import { demoEvidence } from '../fixtures/evidence/demo-evidence.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const outIdx = args.indexOf('--out');
const outDir = path.resolve(outIdx >= 0 ? args[outIdx + 1] ?? 'demo-out' : 'demo-out');

if (!headless && !process.env.DISPLAY) {
  console.error('No display found. Run `npm run demo -- --headless --out DIR` to save screenshots instead.');
  process.exit(2);
}

console.log('Building the extension (test build: reads every shop without a click)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WXT_TEST_BUILD: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer();
const ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR, headless });
const icon = `data:image/png;base64,${(await readFile(path.join(ROOT, 'public/icon/128.png'))).toString('base64')}`;
await ext.worker().evaluate(async () => {
  // The test build may register the all-sites reader a moment after start.
  for (let i = 0; i < 50 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
});
if (headless) await mkdir(outDir, { recursive: true });

const report = [];
for (const sample of SAMPLES) {
  const url = `${server.origin(sample.host)}${sample.path}`;
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  const badgeText = await waitForBadge(ext, tabId, (t) => t !== '', 6000);
  const badgeColor = await ext.worker().evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  report.push({ sample: sample.id, url, badge: badgeText || '(none)' });
  console.log(`${sample.id}: badge ${JSON.stringify(badgeText)} — ${sample.note}`);
  if (!headless) continue;
  const pageShot = path.join(outDir, `${sample.id}-page.png`);
  await page.screenshot({ path: pageShot });
  for (const lang of ['en', 'zh_CN']) {
    const popup = await openPopup(ext, tabId);
    await popup.evaluate((l) => chrome.storage.local.get('settings').then((s) => chrome.storage.local.set({ settings: { ...(s.settings ?? {}), language: l } })), lang);
    await popup.reload();
    await popup.locator('[data-level], [data-testid="not-a-shop"]').first().waitFor({ timeout: 10_000 });
    await popup.waitForTimeout(200);
    const popupShot = path.join(outDir, `${sample.id}-popup-${lang}.png`);
    await popup.screenshot({ path: popupShot, fullPage: true });
    await popup.close();
    await compose(ext.context, {
      pageShot, popupShot, url, icon,
      badge: { text: badgeText, color: badgeColor },
      title: `${sample.note} — ${lang === 'en' ? 'English' : '中文'}`,
      out: path.join(outDir, `${sample.id}-${lang}.png`),
    });
  }
  await page.close();
}

if (headless) {
  // Evidence: capture the sample marketplace page into a case and export its pack into the output folder.
  const marketplace = SAMPLES[0];
  const evidence = await demoEvidence({ ext, server, outDir, host: marketplace.host, path: marketplace.path });
  if (!evidence.valid) process.exitCode = 1;
}

if (headless) {
  console.log(`\nScreenshots saved in ${outDir}`);
  await ext.close();
  await server.close();
} else {
  console.log('\nChromium is open with the extension on the sample pages. Close the browser window to end the demo.');
  await new Promise((resolve) => ext.context.on('close', resolve));
  await server.close();
}
