import { describe, expect, it } from 'vitest';
import { upgradeFrom } from './migration-harness';

describe('migration 002 (listing key)', () => {
  it('keeps every v1 observation and user rule, and fills the listing key from marketplace and sku', async () => {
    const { db } = await upgradeFrom(1, async (v1) => {
      await v1.observations.bulkAdd([
        { at: 10, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:1', sku: '1005', price: '9.99', currency: 'USD' },
        { at: 20, marketplace: 'shop', host: 'kettle.example', sellerKey: 'shop:kettle.example' },
      ]);
      await v1.userRules.put({ id: 'seller:aliexpress:1', kind: 'seller', key: 'aliexpress:1', label: 'A store', action: 'block', note: 'sent a fake', createdAt: 5, updatedAt: 6 });
    }, 2);
    expect(db.verno).toBe(2);
    const rows = await db.observations.orderBy('at').toArray();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ listingKey: 'aliexpress:1005', price: '9.99', currency: 'USD' });
    expect(rows[1]!.listingKey).toBeUndefined();
    expect(await db.observations.where('listingKey').equals('aliexpress:1005').count()).toBe(1);
    expect(await db.userRules.get('seller:aliexpress:1')).toEqual({ id: 'seller:aliexpress:1', kind: 'seller', key: 'aliexpress:1', label: 'A store', action: 'block', note: 'sent a fake', createdAt: 5, updatedAt: 6 });
    db.close();
  });
});
