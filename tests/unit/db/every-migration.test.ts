import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@/lib/db/migrations';
import { LATEST_VERSION, upgradeFrom } from './migration-harness';

/**
 * Every step n-1 → n, and the oldest version straight to the latest, keeps
 * the rows of the tables that exist since v1. Each migration also has its
 * own test for the tables it introduces.
 */
const seed = async (db: import('@/lib/db/app-db').AppDB) => {
  const ids = await db.observations.bulkAdd(
    Array.from({ length: 50 }, (_, i) => ({ at: i, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: `aliexpress:${i % 5}`, sku: String(1000 + i), title: `Item ${i}` })),
    { allKeys: true },
  );
  await db.userRules.bulkPut([
    { id: 'domain:kettle.example', kind: 'domain', key: 'kettle.example', label: 'kettle.example', action: 'trust', createdAt: 1, updatedAt: 1 },
    { id: 'seller:aliexpress:3', kind: 'seller', key: 'aliexpress:3', label: 'Store 3', action: 'block', createdAt: 2, updatedAt: 2 },
  ]);
  return ids;
};

describe('every migration keeps existing data', () => {
  for (const m of MIGRATIONS.slice(1)) {
    const previous = MIGRATIONS[MIGRATIONS.indexOf(m) - 1]!.version;
    it(`v${previous} → v${m.version}`, async () => {
      const { db, seeded } = await upgradeFrom(previous, seed, m.version);
      expect(db.verno).toBe(m.version);
      expect(await db.observations.count()).toBe(50);
      expect((await db.observations.bulkGet(seeded as number[])).every((r) => r?.title?.startsWith('Item'))).toBe(true);
      expect(await db.userRules.count()).toBe(2);
      db.close();
    });
  }

  it(`v1 → latest (v${LATEST_VERSION}) in one go`, async () => {
    const { db } = await upgradeFrom(1, seed);
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.observations.where('sellerKey').equals('aliexpress:3').count()).toBe(10);
    expect(await db.userRules.get('seller:aliexpress:3')).toMatchObject({ action: 'block' });
    db.close();
  });
});
