import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/app-db';
import { translator } from '@/lib/i18n/translator';
import type { CaptureTrigger } from './record-schema';
import { getEvidenceService } from './handlers';

export const CAPTURE_COMMAND = 'capture-evidence';
export const CAPTURE_MENU_ID = 'capture-evidence';

/** Tells the user how a capture without a popup went. */
async function notify(db: AppDB, tabId: number, trigger: CaptureTrigger): Promise<void> {
  const service = getEvidenceService(db);
  const outcome = await service.capture({ tabId, fullPage: false, trigger });
  const t = await translator();
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (outcome.status === 'saved') {
    const c = await db.evidenceCases.get(outcome.caseId);
    const caseName = [c?.platform, c?.orderNumber ?? c?.seller].filter(Boolean).join(' · ');
    await browser.notifications.create({ type: 'basic', iconUrl, title: t('ev_notify_saved_title'), message: t('ev_notify_saved', [outcome.title.slice(0, 80), caseName]) });
  } else {
    const key = `ev_error_${outcome.code.replace(/-/g, '_')}`;
    await browser.notifications.create({ type: 'basic', iconUrl, title: t('ev_notify_failed_title'), message: t(key, [outcome.detail]) });
  }
}

/**
 * The keyboard shortcut and the context-menu entry. Both grant activeTab
 * for the tab they were used on, like the toolbar click; the capture goes
 * to the case matching the page (or a new one). Register synchronously in
 * the worker's first turn.
 */
export function registerEvidenceTriggers(db: AppDB): void {
  browser.runtime.onInstalled.addListener(() => {
    void translator().then((t) => {
      browser.contextMenus.remove(CAPTURE_MENU_ID).catch(() => undefined).finally(() => {
        browser.contextMenus.create({ id: CAPTURE_MENU_ID, title: t('commandCapture'), contexts: ['page', 'image', 'link', 'selection'] });
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    void notify(db, tab.id, 'context-menu').catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CAPTURE_COMMAND) return;
    const run = async () => {
      const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      if (target?.id !== undefined) await notify(db, target.id, 'command');
    };
    void run().catch(() => undefined);
  });
}
