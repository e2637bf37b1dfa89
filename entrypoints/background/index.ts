import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db/app-db';
import { createRouter } from '@/lib/messaging/router';
import { createHandlers } from '@/lib/background/handlers';
import { clearTabState } from '@/lib/background/tab-state';
import { clearBadge } from '@/lib/background/badge';
import { syncShopReader } from '@/lib/background/shop-scripts';
import { checkTabHost } from '@/lib/lists/tab-check';
import { onListAlarm, scheduleListUpdates } from '@/lib/lists/schedule';

export default defineBackground(() => {
  const db = getDb();
  const dispatch = createRouter(createHandlers(db), {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });

  // Listeners are registered synchronously so a woken worker receives the event that woke it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatch(message, sender).then(sendResponse, () => sendResponse({ ok: false, error: 'handler-failed' }));
    return true;
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) {
      void clearTabState(tabId);
      void clearBadge(tabId).catch(() => undefined);
    }
    // Every opened host is checked against the lists, also where no content script runs.
    const url = change.url ?? (change.status === 'loading' ? tab.url : undefined);
    if (url) void checkTabHost(db, tabId, url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  const sync = () => void syncShopReader().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  browser.alarms.onAlarm.addListener((alarm) => void onListAlarm(db, alarm).catch(() => undefined));
  void scheduleListUpdates().catch(() => undefined);
});
