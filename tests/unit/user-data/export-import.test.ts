import { afterEach, describe, expect, it } from 'vitest';
import { exportUserData, exportFileName } from '@/lib/user-data/export';
import { importUserData } from '@/lib/user-data/import';
import { USER_DATA_FORMAT } from '@/lib/user-data/format';
import { closeAll, DAY, freshDb, NOW, rule, seeded, sighting, snapshot } from './support';

afterEach(closeAll);

describe('export', () => {
  it('writes a versioned file with every rule, note and sighting, without database ids', async () => {
    const db = await seeded();
    const { data, skipped } = await exportUserData(db, new Date(NOW));
    expect(skipped).toBe(0);
    expect(data).toMatchObject({ format: USER_DATA_FORMAT, version: 1, exportedAt: '2026-03-01T12:00:00.000Z' });
    expect(data.userRules.map((r) => r.id)).toEqual(['domain:bad-shop.example', 'seller:aliexpress:1234567']);
    expect(data.observations).toHaveLength(3);
    expect(data.observations.every((o) => !('id' in o))).toBe(true);
    expect(exportFileName(new Date(NOW))).toBe('shopping-guard-data-2026-03-01.json');
  });

  it('leaves out rows a damaged database holds that the file format cannot carry', async () => {
    const db = await seeded();
    await db.observations.add({ ...sighting(), title: 'x'.repeat(5000) });
    const { data, skipped } = await exportUserData(db, new Date(NOW));
    expect(skipped).toBe(1);
    expect(data.observations).toHaveLength(3);
  });
});

describe('import', () => {
  it('restores an export into an empty profile exactly', async () => {
    const source = await seeded();
    const json = JSON.stringify((await exportUserData(source, new Date(NOW))).data);
    const target = freshDb();
    const result = await importUserData(target, json, 'merge', NOW);
    expect(result).toEqual({ imported: true, counts: { userRules: 2, observations: 3, skippedOld: 0, duplicates: 0 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('merges: nothing is doubled, and the later decision on a rule wins', async () => {
    const db = await seeded();
    const file = (await exportUserData(db, new Date(NOW))).data;
    // Since the backup the user changed the block into trust.
    await db.userRules.put(rule({ action: 'trust', updatedAt: NOW - DAY }));
    // The backup also carries a new rule and a sighting not in the profile.
    file.userRules.push(rule({ id: 'domain:new.example', key: 'new.example', label: 'new.example', updatedAt: NOW - 3 * DAY }));
    file.observations.push({ ...file.observations[0]!, at: NOW - 9 * DAY, price: '13.00' });
    const result = await importUserData(db, JSON.stringify(file), 'merge', NOW);
    expect(result).toEqual({ imported: true, counts: { userRules: 1, observations: 1, skippedOld: 0, duplicates: 3 } });
    expect((await db.userRules.get('domain:bad-shop.example'))!.action).toBe('trust');
    expect(await db.userRules.count()).toBe(3);
    expect(await db.observations.count()).toBe(4);
  });

  it('replaces everything in replace mode', async () => {
    const db = await seeded();
    const other = freshDb();
    await other.userRules.add(rule({ id: 'domain:only.example', key: 'only.example', label: 'only.example' }));
    const json = JSON.stringify((await exportUserData(other, new Date(NOW))).data);
    expect(await importUserData(db, json, 'replace', NOW)).toMatchObject({ imported: true, counts: { userRules: 1, observations: 0 } });
    expect((await db.userRules.toArray()).map((r) => r.id)).toEqual(['domain:only.example']);
    expect(await db.observations.count()).toBe(0);
  });

  it('skips sightings older than the retention age', async () => {
    const db = freshDb();
    const source = await seeded();
    const file = (await exportUserData(source, new Date(NOW))).data;
    file.observations.push(sighting({ at: NOW - 500 * DAY }) as (typeof file.observations)[number]);
    expect(await importUserData(db, JSON.stringify(file), 'merge', NOW)).toMatchObject({ imported: true, counts: { observations: 3, skippedOld: 1 } });
  });
});
