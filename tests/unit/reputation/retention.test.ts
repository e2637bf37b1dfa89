import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AppDB } from '@/lib/db/app-db';
import { DAY_MS, RETENTION } from '@/lib/reputation/retention-limits';
import { PRUNE_ALARM, onPruneAlarm, pruneObservations, schedulePrune } from '@/lib/reputation/retention';

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`retention-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOW = Date.parse('2026-03-01T12:00:00Z');
const row = (at: number, i = 0) => ({ at, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: `aliexpress:${i % 50}`, listingKey: `aliexpress:${i}` });

describe('pruneObservations', () => {
  it('drops sightings older than the retention age and keeps the rest', async () => {
    const db = freshDb();
    await db.observations.bulkAdd([row(NOW - (RETENTION.maxAgeDays + 1) * DAY_MS), row(NOW - (RETENTION.maxAgeDays - 1) * DAY_MS), row(NOW)]);
    expect(await pruneObservations(db, NOW)).toBe(1);
    expect((await db.observations.toArray()).map((r) => r.at)).toEqual([NOW - (RETENTION.maxAgeDays - 1) * DAY_MS, NOW]);
  });

  it('drops the oldest beyond the total cap', async () => {
    const db = freshDb();
    await db.observations.bulkAdd(Array.from({ length: RETENTION.maxTotal + 3 }, (_, i) => row(NOW - (RETENTION.maxTotal + 3 - i) * 1000, i)));
    expect(await pruneObservations(db, NOW)).toBe(3);
    expect(await db.observations.count()).toBe(RETENTION.maxTotal);
    expect((await db.observations.orderBy('at').first())!.listingKey).toBe('aliexpress:3');
  });
});

describe('prune alarm', () => {
  it('is scheduled once, daily, and handled only when it is ours', async () => {
    await schedulePrune();
    const first = await fakeBrowser.alarms.get(PRUNE_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    await schedulePrune();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    const db = freshDb();
    await db.observations.add(row(NOW - (RETENTION.maxAgeDays + 5) * DAY_MS));
    expect(await onPruneAlarm(db, { name: 'something-else' }, NOW)).toBe(false);
    expect(await db.observations.count()).toBe(1);
    expect(await onPruneAlarm(db, { name: PRUNE_ALARM }, NOW)).toBe(true);
    expect(await db.observations.count()).toBe(0);
  });
});
