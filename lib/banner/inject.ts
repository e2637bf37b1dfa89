import { browser } from 'wxt/browser';
import type { BannerPayload } from './payload';
import { BANNER_GLOBAL_KEY, type BannerScope } from './global';

/** The unlisted banner script (entrypoints/banner.ts), not web-accessible. */
export const BANNER_SCRIPT_FILE = '/banner.js';

/**
 * Injects the banner script into a tab's top frame (the isolated world the
 * content script runs in; once per page, later calls reuse it), then shows
 * the payload. Needs the host access the content script already had there.
 */
export async function injectBanner(tabId: number, payload: BannerPayload): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: [BANNER_SCRIPT_FILE] });
  const [result] = await browser.scripting.executeScript({
    target,
    // Serialized into the page's isolated world: it may use only its arguments.
    func: (key: string, p: BannerPayload) => (globalThis as unknown as BannerScope)[Symbol.for(key)]?.show(p) ?? false,
    args: [BANNER_GLOBAL_KEY, payload],
  });
  return result?.result === true;
}
