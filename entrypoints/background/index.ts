import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db/app-db';
import { createRouter } from '@/lib/messaging/router';
import { createHandlers } from '@/lib/background/handlers';
import { clearTabState } from '@/lib/background/tab-state';
import { syncShopReader } from '@/lib/background/shop-scripts';
import { registerEvidenceTriggers } from '@/lib/evidence/triggers';
import { checkTabHost } from '@/lib/lists/tab-check';
import { onListAlarm, scheduleListUpdates } from '@/lib/lists/schedule';
import { onPruneAlarm, schedulePrune } from '@/lib/reputation/retention';
import { handleReminderAlarm, resyncReminders } from '@/lib/rights/reminder-service';

export default defineBackground(() => {
  const db = getDb();
  const dispatch = createRouter(createHandlers(db), {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    // Refusals are logged (type and reason only, never the payload) to help diagnose.
    onRefused: (type, code, detail) => console.warn(`[guard] refused ${type}: ${code} (${detail})`),
  });

  // Listeners are registered synchronously so a woken worker receives the event that woke it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatch(message, sender).then(sendResponse, () => sendResponse({ ok: false, error: 'handler-failed' }));
    return true;
  });

  // No clearing on navigation: Chrome resets a tab's badge itself when it navigates, and
  // tab state is keyed by URL. Clearing here raced the new page's report, which can arrive
  // before this event is handled, and wiped a fresh verdict.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Every opened host is checked against the lists, also where no content script runs;
    // again once loaded, since the browser resets the badge when the navigation commits.
    const url = change.url ?? (change.status === 'loading' || change.status === 'complete' ? tab.url : undefined);
    if (url) void checkTabHost(db, tabId, url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  registerEvidenceTriggers(getDb());

  const sync = () => void syncShopReader().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  browser.alarms.onAlarm.addListener((alarm) => void onListAlarm(db, alarm).catch(() => undefined));
  void scheduleListUpdates().catch(() => undefined);
  // Bounded retention of observations: a daily prune (see lib/reputation/retention-limits.ts).
  browser.alarms.onAlarm.addListener((alarm) => void onPruneAlarm(db, alarm).catch(() => undefined));
  void schedulePrune().catch(() => undefined);
  // Opt-in deadline reminders: alarms are rebuilt from stored records, since browsers may drop them on restart.
  browser.alarms.onAlarm.addListener((alarm) => void handleReminderAlarm(alarm).catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void resyncReminders().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void resyncReminders().catch(() => undefined));
});
