import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { recordObservation } from '@/lib/reputation/observe';
import { summarizeHistory } from '@/lib/reputation/summary';
import { DAY_MS } from '@/lib/reputation/retention-limits';
import { evaluate } from '@/lib/risk/score';
import type { PageFactsInput } from '@/lib/facts/page-facts';
import { makeFacts } from '../../fixtures/facts';

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`summary-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ago = (d: number) => NOW - d * DAY_MS;
const page = (product: PageFactsInput['product'], seller: PageFactsInput['seller'] = {}) =>
  makeFacts({ product: { sku: '77', ...product }, seller: { name: 'Test Store', id: '1234567', ...seller } });

describe('summarizeHistory', () => {
  it('returns an empty summary for a seller and listing never seen', async () => {
    expect(await summarizeHistory(freshDb(), page({}), 'aliexpress.com', NOW)).toEqual({});
  });

  it('reads earlier sightings of the seller and listing, oldest first, as numbers', async () => {
    const db = freshDb();
    await recordObservation(db, page({ title: 'Kettle', price: { amount: '12.50', currency: 'USD' }, listPrice: { amount: '20.00', currency: 'USD' }, reviewCount: 40 }, { feedbackPercent: 97, openedAt: '2020-01-01' }), 'aliexpress.com', ago(20));
    await recordObservation(db, page({ title: 'Kettle', price: { amount: '11.00', currency: 'USD' } }), 'aliexpress.com', ago(5));
    await recordObservation(db, page({ sku: '78', title: 'Mug', price: { amount: '3.00', currency: 'USD' } }), 'aliexpress.com', ago(3));
    const s = await summarizeHistory(db, page({}), 'aliexpress.com', NOW);
    expect(s.seller).toMatchObject({ key: 'aliexpress:1234567', firstSeen: ago(20), lastSeen: ago(3) });
    expect(s.seller!.sightings.map((x) => x.listingKey)).toEqual(['aliexpress:77', 'aliexpress:77', 'aliexpress:78']);
    expect(s.seller!.sightings[0]).toMatchObject({ price: 12.5, feedbackPercent: 97, openedAtMs: Date.parse('2020-01-01T00:00:00Z') });
    expect(s.listing).toMatchObject({ key: 'aliexpress:77', firstSeen: ago(20), lastSeen: ago(5) });
    expect(s.listing!.sightings[0]).toEqual({ at: ago(20), title: 'Kettle', price: 12.5, listPrice: 20, currency: 'USD', reviewCount: 40 });
  });

  it('leaves out the current visit and sightings beyond the retention age', async () => {
    const db = freshDb();
    await recordObservation(db, page({ title: 'Old' }), 'aliexpress.com', ago(500));
    await recordObservation(db, page({ title: 'Earlier' }), 'aliexpress.com', ago(2));
    await recordObservation(db, page({ title: 'This visit' }), 'aliexpress.com', NOW - 60_000);
    const s = await summarizeHistory(db, page({}), 'aliexpress.com', NOW);
    expect(s.listing!.sightings.map((x) => x.title)).toEqual(['Earlier']);
  });

  it('feeds the history rules: a listing swapped and a fake discount are found from what was recorded', async () => {
    const db = freshDb();
    await recordObservation(db, page({ title: 'Stainless steel kettle 1.7 l', brand: 'Kettlo', price: { amount: '19.00', currency: 'EUR' }, reviewCount: 300 }), 'aliexpress.com', ago(25));
    await recordObservation(db, page({ title: 'Stainless steel kettle 1.7 l', brand: 'Kettlo', price: { amount: '18.00', currency: 'EUR' }, reviewCount: 320 }), 'aliexpress.com', ago(12));
    const now = page({ title: 'Smart watch AMOLED GPS', brand: 'Wattz', price: { amount: '29.00', currency: 'EUR' }, listPrice: { amount: '89.00', currency: 'EUR' }, reviewCount: 330 });
    const history = await summarizeHistory(db, now, 'aliexpress.com', NOW);
    const verdict = evaluate(now, { now: new Date(NOW), domain: 'aliexpress.com', userRules: {}, history });
    expect(verdict.level).toBe('warning');
    expect(verdict.findings.map((f) => f.ruleId).sort()).toEqual(['fake-discount', 'listing-substitution']);
    // Without the history the same page is unremarkable.
    expect(evaluate(now, { now: new Date(NOW), domain: 'aliexpress.com', userRules: {} }).level).toBe('low');
  });
});
