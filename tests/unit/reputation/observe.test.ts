import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { listingKeyOf, observationOf, recordObservation } from '@/lib/reputation/observe';
import { RETENTION } from '@/lib/reputation/retention-limits';
import { makeFacts } from '../../fixtures/facts';

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`observe-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const T0 = Date.parse('2026-03-01T12:00:00Z');
const MIN = 60_000;

describe('recordObservation', () => {
  it('merges the reports of one visit into one row, keeping the first time and the latest facts', async () => {
    const db = freshDb();
    await recordObservation(db, makeFacts({ product: { sku: '1', title: 'Kettle' } }), 'aliexpress.com', T0);
    await recordObservation(db, makeFacts({ product: { sku: '1', title: 'Kettle', price: { amount: '9.99', currency: 'USD' } } }), 'aliexpress.com', T0 + 2000);
    const rows = await db.observations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ at: T0, title: 'Kettle', price: '9.99', listingKey: 'aliexpress:1', sellerKey: 'aliexpress:1234567' });
  });

  it('starts a new row after the visit window, and for another listing of the same seller', async () => {
    const db = freshDb();
    await recordObservation(db, makeFacts({ product: { sku: '1' } }), 'aliexpress.com', T0);
    await recordObservation(db, makeFacts({ product: { sku: '2' } }), 'aliexpress.com', T0 + MIN);
    await recordObservation(db, makeFacts({ product: { sku: '1' } }), 'aliexpress.com', T0 + RETENTION.visitWindowMs + MIN);
    expect(await db.observations.count()).toBe(3);
  });

  it('records nothing for search pages, non-shop pages, or a marketplace page without seller id', async () => {
    const db = freshDb();
    expect(await recordObservation(db, makeFacts({ pageKind: 'search' }), 'aliexpress.com', T0)).toBeUndefined();
    expect(await recordObservation(db, makeFacts({ pageKind: 'other' }), 'aliexpress.com', T0)).toBeUndefined();
    expect(await recordObservation(db, makeFacts({ seller: { name: 'No id' } }), 'aliexpress.com', T0)).toBeUndefined();
    expect(await db.observations.count()).toBe(0);
  });

  it('keys independent shops by domain so two shops with one SKU stay apart', () => {
    const facts = makeFacts({ marketplace: 'shop', url: 'https://a.example/p', product: { sku: 'K1' } });
    expect(listingKeyOf(facts, 'a.example')).toBe('shop:a.example:K1');
    expect(listingKeyOf(facts, 'b.example')).toBe('shop:b.example:K1');
    expect(observationOf(facts, 'a.example', T0)).toMatchObject({ sellerKey: 'shop:a.example', listingKey: 'shop:a.example:K1' });
  });

  it('keeps at most the per-listing cap of sightings, dropping the oldest', async () => {
    const db = freshDb();
    const visits = RETENTION.maxPerListing + 5;
    for (let i = 0; i < visits; i++) {
      await recordObservation(db, makeFacts({ product: { sku: '1', price: { amount: `${10 + i}.00`, currency: 'USD' } } }), 'aliexpress.com', T0 + i * RETENTION.visitWindowMs * 2);
    }
    const rows = await db.observations.orderBy('at').toArray();
    expect(rows).toHaveLength(RETENTION.maxPerListing);
    expect(rows[0]!.price).toBe('15.00');
    expect(rows.at(-1)!.price).toBe(`${10 + visits - 1}.00`);
  });

  it('keeps at most the per-seller cap of sightings across listings', async () => {
    const db = freshDb();
    const rows = Array.from({ length: RETENTION.maxPerSeller }, (_, i) => ({ at: T0 + i, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:1234567', listingKey: `aliexpress:${i}`, sku: `${i}` }));
    await db.observations.bulkAdd(rows);
    await recordObservation(db, makeFacts({ product: { sku: 'new' } }), 'aliexpress.com', T0 + 10 * RETENTION.visitWindowMs);
    expect(await db.observations.where('sellerKey').equals('aliexpress:1234567').count()).toBe(RETENTION.maxPerSeller);
    expect(await db.observations.where('listingKey').equals('aliexpress:0').count()).toBe(0);
    expect(await db.observations.where('listingKey').equals('aliexpress:new').count()).toBe(1);
  });
});
