import { describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';

describe('migration 003 (lists)', () => {
  it('upgrades a v2 database without losing observations or user rules, and adds the list tables', async () => {
    const name = `upgrade-003-${Math.random()}`;
    const v2 = new AppDB(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    await v2.observations.bulkAdd([
      { at: 1, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:1', listingKey: 'aliexpress:9', sku: '9' },
      { at: 2, marketplace: 'shop', host: 'kettle.example', sellerKey: 'shop:kettle.example' },
    ]);
    await v2.userRules.put({ id: 'domain:kettle.example', kind: 'domain', key: 'kettle.example', label: 'kettle.example', action: 'trust', createdAt: 1, updatedAt: 1 });
    expect(v2.tables.map((t) => t.name)).not.toContain('lists');
    v2.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const obs = await db.observations.orderBy('at').toArray();
    expect(obs.map((o) => o.sellerKey)).toEqual(['aliexpress:1', 'shop:kettle.example']);
    expect(await db.observations.where('listingKey').equals('aliexpress:9').count()).toBe(1);
    expect(await db.userRules.get('domain:kettle.example')).toMatchObject({ action: 'trust' });

    expect(await db.lists.count()).toBe(0);
    expect(await db.listData.count()).toBe(0);
    expect(await db.listAllow.count()).toBe(0);
    await db.transaction('rw', db.lists, db.listData, async () => {
      await db.lists.put({ id: 'user-a', origin: 'file', enabled: true, generation: 1, addedAt: 1 });
      await db.listData.put({ id: 'user-a', generation: 1, kind: 'domains', table: new ArrayBuffer(16), count: 2 });
    });
    const data = await db.listData.get('user-a');
    expect(data?.table?.byteLength).toBe(16);
    await db.listAllow.put({ domain: 'kettle.example', addedAt: 1 });
    expect(await db.listAllow.get('kettle.example')).toBeDefined();
    db.close();
  });
});
