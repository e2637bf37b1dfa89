import { browser } from 'wxt/browser';
import { marketplaceMatchPatterns } from '@/lib/sites/hosts';

/**
 * Reading independent shops (outside the supported marketplaces). By default
 * the shop is read only when the user opens the popup on it (activeTab);
 * once the user grants the optional all-sites permission, the same content
 * script is registered for every http(s) page.
 */
export const CONTENT_SCRIPT_FILE = '/shop-reader.js';
const REGISTERED_ID = 'shop-reader';
const ALL_SITES = { origins: ['<all_urls>'] };

/** Injects the content script into one tab now (needs activeTab or a host grant). */
export async function inspectTab(tabId: number): Promise<{ injected: boolean; reason?: string }> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || !/^https?:/.test(tab.url)) return { injected: false, reason: 'not-a-web-page' };
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { injected: true };
  } catch (err) {
    return { injected: false, reason: err instanceof Error ? err.message.slice(0, 200) : 'failed' };
  }
}

/** Registers or unregisters the all-sites reader to match the permission the user gave. */
export async function syncShopReader(): Promise<boolean> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTERED_ID] });
  if (granted && existing.length === 0) {
    await browser.scripting.registerContentScripts([{
      id: REGISTERED_ID,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      matches: ['http://*/*', 'https://*/*'],
      // Marketplaces already have the static content script.
      excludeMatches: marketplaceMatchPatterns(),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    }]);
  } else if (!granted && existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTERED_ID] });
  }
  return granted;
}
