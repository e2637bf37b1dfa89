import { browser } from 'wxt/browser';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';

/**
 * Per-tab verdicts live in `storage.session`: they survive the worker being
 * killed, and vanish with the browser session, as tab ids do.
 */
export type TabState =
  | { url: string; facts: PageFacts; verdict: Verdict }
  /** The content script read the page and found no shop. */
  | { url: string; notShop: true };

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const got = await browser.storage.session.get(key(tabId));
  return got[key(tabId)] as TabState | undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
