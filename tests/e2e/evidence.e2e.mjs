// Evidence end to end in Debian's Chromium with the test build: capture a
// marketplace page served under its real hostname from the popup (one-step
// new case), capture a ten-screen page whole (sticky header and fixed button
// handled), export the case's pack, verify it with the command line, change
// one byte and see verification fail; automatic capture of an order page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { launchWithExtension, tabIdOf, waitForBadge } from '../support/browser.mjs';
import { TEST_BUILD_DIR } from '../support/paths.mjs';
import { evidenceRoutes, exportPack, message, openPopupWindow, verifyCli, waitForCaptureOutcome, TALL_PATH, ORDER_PATH } from '../fixtures/evidence/browser-helpers.mjs';

let server;
let ext;
let dir;

before(async () => {
  server = await startFixtureServer(await evidenceRoutes());
  ext = await launchWithExtension({ extensionPath: process.env.E2E_BUILD_DIR ?? TEST_BUILD_DIR });
  dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-e2e-'));
});

after(async () => {
  await ext?.close();
  await server?.close();
});

/** The extension's worker after a restart (Playwright may still list the dead one first). */
async function liveWorker() {
  for (let i = 0; i < 100; i++) {
    for (const w of ext.context.serviceWorkers().filter((x) => x.url().includes(ext.extensionId)).reverse()) {
      if (await w.evaluate(() => typeof chrome.runtime.id === 'string').catch(() => false)) return w;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no live worker after the restart');
}

/** Pixel colours of a PNG at given points, decoded by Chromium itself. */
async function pixels(page, png, points) {
  return page.evaluate(async ({ b64, pts }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const at = pts.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)));
    return { width: bmp.width, height: bmp.height, at };
  }, { b64: Buffer.from(png).toString('base64'), pts: points });
}

test('popup: new case in one step, capture, export, CLI verifies; one changed byte fails', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  const tabId = await tabIdOf(ext, page);
  await waitForBadge(ext, tabId, (t) => t !== '');
  const popup = await openPopupWindow(ext, tabId);
  await popup.getByTestId('ev-new-case').waitFor();
  await popup.locator('input[name=platform]').fill('aliexpress');
  await popup.locator('input[name=seller]').fill('Sunrise Gadget Store');
  await popup.locator('input[name=orderNumber]').fill('8123456789');
  await popup.locator('input[name=amount]').fill('19.99');
  await popup.locator('input[name=currency]').fill('usd');
  await popup.getByTestId('ev-create').click();
  const outcome = await waitForCaptureOutcome(popup);
  assert.match(outcome, /Saved as capture 1 of this browser's chain/);

  const [c] = await message(popup, 'listCases', {});
  assert.equal(c.orderNumber, '8123456789');
  assert.deepEqual(c.amountPaid, { amount: '19.99', currency: 'USD' });
  assert.equal(c.captures, 1);
  const detail = await message(popup, 'getCase', { caseId: c.id });
  const paths = detail.captures[0].artifacts.map((a) => a.path);
  assert.ok(paths.includes('visible.png') && paths.includes('page.mhtml'), paths.join());

  const pack = await exportPack(popup, c.id);
  const good = path.join(dir, pack.fileName);
  await writeFile(good, pack.bytes);
  const ok = verifyCli(good);
  assert.equal(ok.status, 0, ok.stdout);
  assert.match(ok.stdout, /^VALID /);

  const files = unzipSync(new Uint8Array(pack.bytes));
  const capture = JSON.parse(strFromU8(files[Object.keys(files).find((p) => p.endsWith('/capture.json'))]));
  assert.equal(capture.page.url, `${server.origin('www.aliexpress.com')}/item/1005009000000001.html`);
  assert.equal(capture.mhtml.status, 'captured');
  assert.match(capture.environment.browser.name, /Chrom/);
  const png = Object.keys(files).find((p) => p.endsWith('/visible.png'));
  const shot = await pixels(popup, files[png], [[5, 5]]);
  assert.equal(shot.width, 1280);
  // The AliExpress red top bar is in the screenshot, not our own warning banner over it.
  assert.deepEqual(shot.at[0], [230, 46, 4]);
  const banner = await page.evaluate(() => {
    const host = document.body.firstElementChild;
    return host instanceof HTMLElement && host.style.position === 'fixed' && host.style.zIndex === '2147483647' ? host.style.visibility : null;
  });
  if (banner !== null) {
    assert.notEqual(banner, 'hidden', 'our banner is shown again after the capture');
    assert.deepEqual(capture.visible.modifications, ["the extension's own warning banner hidden while capturing"]);
  }

  // One byte changed inside the screenshot, re-zipped: the CLI names the file.
  files[png] = files[png].slice();
  files[png][files[png].length >> 1] ^= 1;
  const bad = path.join(dir, 'tampered.zip');
  await writeFile(bad, zipSync(files));
  const fail = verifyCli(bad);
  assert.equal(fail.status, 1, fail.stdout);
  assert.match(fail.stdout, /INVALID .*file-changed/);
  assert.ok(fail.stdout.includes(png));
  await popup.close();
  await page.close();
});

test('whole page of ten screens: one tall PNG, header once, fixed button hidden after the first frame, red at the bottom', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}${TALL_PATH}`);
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopupWindow(ext, tabId);
  await popup.getByTestId('ev-case').waitFor();
  const cases = await message(popup, 'listCases', {});
  const t0 = Date.now();
  const outcome = await message(popup, 'captureTab', { tabId, fullPage: true, caseId: cases[0].id });
  const elapsed = Date.now() - t0;
  assert.equal(outcome.status, 'saved', JSON.stringify(outcome));
  const pack = await exportPack(popup, cases[0].id);
  const files = unzipSync(new Uint8Array(pack.bytes));
  const full = Object.keys(files).filter((p) => /\/full-\d{3}\.png$/.test(p));
  assert.equal(full.length, 1);
  const manifest = JSON.parse(strFromU8(files[full[0].replace(/full-\d{3}\.png$/, 'capture.json')]));
  assert.equal(manifest.fullPage.frames, 10);
  assert.ok(manifest.fullPage.modifications.some((m) => /fixed element/.test(m)), manifest.fullPage.modifications.join('; '));
  assert.ok(manifest.fullPage.modifications.some((m) => /sticky element/.test(m)));
  assert.ok(manifest.fullPage.modifications.some((m) => /scroll-behavior/.test(m)));
  const img = await pixels(popup, files[full[0]], [
    [640, 30], [640, 830], [1230, 750], [1230, 1550], [640, 4400], [640, 7990], [1230, 7950],
  ]);
  assert.equal(img.height, 8000);
  assert.deepEqual(img.at[0], [0, 0, 0], 'header at the top');
  assert.notDeepEqual(img.at[1], [0, 0, 0], 'no header repeated at the top of frame 2');
  assert.deepEqual(img.at[2], [255, 255, 0], 'chat button in the first frame');
  assert.notDeepEqual(img.at[3], [255, 255, 0], 'chat button not repeated');
  assert.deepEqual(img.at[4], [70, 240, 240], 'screen 6 colour in the middle of the page');
  assert.deepEqual(img.at[5], [255, 0, 0], 'red band at the bottom');
  assert.deepEqual(img.at[6], [255, 0, 0], 'no fixed button at the bottom');
  // The page is left as it was.
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('chat')).visibility), 'visible');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('header')).position), 'sticky');
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.ok(elapsed < 20_000, `full page took ${elapsed} ms`);
  console.log(`  whole page of ten screens captured in ${elapsed} ms`);
  const ok = verifyCli(await (async () => {
    const f = path.join(dir, 'full.zip');
    await writeFile(f, pack.bytes);
    return f;
  })());
  assert.equal(ok.status, 0, ok.stdout);
  await popup.close();
  await page.close();
});

test('automatic capture of an order page files it into the matching case, once', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // The setting, as the options page's toggle saves it.
  const setAuto = (on) => options.evaluate((v) => chrome.storage.local.get('settings').then((s) => chrome.storage.local.set({ settings: { ...(s.settings ?? {}), autoCapture: v } })), on);
  await setAuto(true);
  const before = (await message(options, 'listCases', {})).find((c) => c.orderNumber === '8123456789');
  assert.ok(before, 'the case from the first test');

  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}${ORDER_PATH}`);
  let after;
  for (let i = 0; i < 100; i++) {
    after = (await message(options, 'listCases', {})).find((c) => c.id === before.id);
    if (after.captures > before.captures) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // One page load, one capture, even if the page reported its facts more than once.
  await new Promise((r) => setTimeout(r, 2500));
  after = (await message(options, 'listCases', {})).find((c) => c.id === before.id);
  assert.equal(after.captures, before.captures + 1);
  const detail = await message(options, 'getCase', { caseId: before.id });
  const auto = detail.captures.find((r) => r.trigger === 'auto');
  assert.ok(auto, 'an automatic capture');
  assert.ok(auto.artifacts.some((a) => a.path === 'facts.json'), 'the promised terms (facts) are captured');

  // The same order page with the same terms is not captured again.
  await page.reload();
  await new Promise((r) => setTimeout(r, 2500));
  const again = (await message(options, 'listCases', {})).find((c) => c.id === before.id);
  assert.equal(again.captures, after.captures);
  await setAuto(false);
  await options.close();
  await page.close();
});

test('a worker killed in the middle of a whole-page capture leaves no record, and the chain goes on without a gap', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin('www.aliexpress.com')}${TALL_PATH}`);
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopupWindow(ext, tabId);
  const usage = await message(popup, 'storageUsage', {});
  const [target] = await message(popup, 'listCases', {});
  // Start a ten-screen capture, then reload the extension (its worker dies) two seconds in.
  void message(popup, 'captureTab', { tabId, fullPage: true, caseId: target.id }).catch(() => undefined);
  for (let i = 0; i < 50; i++) {
    const s = await message(popup, 'captureStatus', { tabId });
    if (s.progress?.phase === 'frames' && s.progress.done >= 3) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Terminate the worker as the browser would (CDP Target.closeTarget on its target).
  const cdp = await ext.context.newCDPSession(popup);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  assert.ok(sw, 'the extension worker target');
  assert.deepEqual(await cdp.send('Target.closeTarget', { targetId: sw.targetId }), { success: true });
  await cdp.detach();
  const fresh = await ext.context.newPage();
  await fresh.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // A message wakes a new worker.
  await message(fresh, 'ping', {});
  const after = await message(fresh, 'storageUsage', {});
  assert.equal(after.captures, usage.captures, 'no record from the killed capture');
  assert.equal(after.evidenceBytes, usage.evidenceBytes);
  // The next capture takes the next chain position, and the case's pack verifies.
  await fresh.close();
  await page.reload();
  await page.bringToFront();
  const live = await liveWorker();
  const tabAfter = await tabIdOf({ ...ext, worker: () => live }, page);
  const popup2 = await openPopupWindow({ ...ext, worker: () => live }, tabAfter);
  const outcome = await message(popup2, 'captureTab', { tabId: tabAfter, caseId: target.id });
  assert.equal(outcome.status, 'saved', JSON.stringify(outcome));
  assert.equal(outcome.seq, usage.captures + 1);
  const pack = await exportPack(popup2, target.id);
  const file = path.join(dir, 'after-kill.zip');
  await writeFile(file, pack.bytes);
  const ok = verifyCli(file);
  assert.equal(ok.status, 0, ok.stdout);
  await popup2.close();
  await fresh.close();
  await page.close();
});
