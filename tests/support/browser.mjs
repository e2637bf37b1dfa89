// Launches Debian's Chromium with the built extension loaded, through
// playwright-core (never a downloaded browser), and helpers to reach the
// extension's service worker, tabs, badge and popup.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) || '/usr/bin/chromium';

/**
 * @param {{ extensionPath: string, headless?: boolean, locale?: string }} opts
 */
export async function launchWithExtension({ extensionPath, headless = true, locale = 'en-US' }) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'guard-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    locale,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      // Fixture pages are served over https with a self-signed loopback certificate.
      '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--lang=${locale}`,
      ...(process.env.GUARD_BROWSER_LOG ? ['--enable-logging=stderr', '--v=0'] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    /** The current service worker (it may be restarted by the browser). */
    worker: () => context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Tab id of a Playwright page, asked from the extension's worker by URL. */
export async function tabIdOf(ext, page) {
  const url = page.url();
  for (let i = 0; i < 50; i++) {
    const id = await ext.worker().evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

export async function badgeText(ext, tabId) {
  return ext.worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the badge of a tab satisfies `pred` (or times out) and returns it. */
export async function waitForBadge(ext, tabId, pred, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await badgeText(ext, tabId);
    if (pred(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

/** Opens the popup page in its own tab, about `tabId`. */
export async function openPopup(ext, tabId, { width = 400, height = 700 } = {}) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width, height });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Waits until the worker has registered the all-sites reader (test builds grant it). */
export async function waitForShopReader(ext, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const n = await ext.worker().evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    if (n > 0) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
