import { browser, type Browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/app-db';
import { AUTO_SPACING_MS, updateDueLists, type UpdateOutcome, type UpdaterDeps } from './updater';

/**
 * List updates run from an alarm, which survives the worker being stopped:
 * the first check a minute after the browser starts (no network right at
 * launch), then hourly; each run downloads only the lists that are due.
 */
export const LIST_ALARM = 'lists-update';
const FIRST_DELAY_MIN = 1;
const PERIOD_MIN = 60;

/** Makes sure the update alarm exists (alarms may be dropped on browser restart or update). */
export async function scheduleListUpdates(): Promise<void> {
  const existing = await browser.alarms.get(LIST_ALARM);
  if (!existing) await browser.alarms.create(LIST_ALARM, { delayInMinutes: FIRST_DELAY_MIN, periodInMinutes: PERIOD_MIN });
}

/** Runs the due updates when our alarm fires; ignores other alarms. */
export async function onListAlarm(db: AppDB, alarm: Browser.alarms.Alarm, deps: UpdaterDeps = {}): Promise<UpdateOutcome[] | undefined> {
  if (alarm.name !== LIST_ALARM) return undefined;
  return updateDueLists(db, { ...deps, spacingMs: AUTO_SPACING_MS });
}
