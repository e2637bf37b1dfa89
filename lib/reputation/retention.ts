import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/app-db';
import { DAY_MS, RETENTION } from './retention-limits';

/** Name of the daily alarm that prunes old observations. */
export const PRUNE_ALARM = 'reputation-prune';

/**
 * Drops observations older than the retention age, then the oldest beyond
 * the total cap. Per-seller and per-listing caps are kept on every write
 * (`recordObservation`), so this only has to handle age and the total.
 * Returns how many rows were deleted.
 */
export async function pruneObservations(db: AppDB, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.observations, async () => {
    const cutoff = now - RETENTION.maxAgeDays * DAY_MS;
    let deleted = await db.observations.where('at').below(cutoff).delete();
    const excess = (await db.observations.count()) - RETENTION.maxTotal;
    if (excess > 0) {
      const oldest = await db.observations.orderBy('at').limit(excess).primaryKeys();
      await db.observations.bulkDelete(oldest);
      deleted += oldest.length;
    }
    return deleted;
  });
}

/**
 * Makes sure the daily prune alarm exists. Alarms survive the worker being
 * killed; creating it only when missing keeps its schedule across wake-ups.
 */
export async function schedulePrune(): Promise<void> {
  const existing = await browser.alarms.get(PRUNE_ALARM);
  if (!existing) await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
}

/** Handles an alarm if it is ours. Returns true when it was. */
export async function onPruneAlarm(db: AppDB, alarm: { name: string }, now = Date.now()): Promise<boolean> {
  if (alarm.name !== PRUNE_ALARM) return false;
  await pruneObservations(db, now);
  return true;
}
