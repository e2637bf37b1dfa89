import { browser } from 'wxt/browser';

/**
 * The tab the popup is about: `?tab=<id>` when the popup page is opened in a
 * tab of its own (tests, the demo, keyboard users who pin it), otherwise the
 * active tab of the current window.
 */
export async function targetTab(search: string): Promise<{ id: number; url?: string } | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d{1,10}$/.test(param)) {
    try {
      const tab = await browser.tabs.get(Number(param));
      if (tab.id !== undefined) return { id: tab.id, url: tab.url };
    } catch {
      return undefined;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}
