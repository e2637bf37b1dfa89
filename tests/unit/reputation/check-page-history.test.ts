import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { checkPage } from '@/lib/background/check-page';
import type { PageFactsInput } from '@/lib/facts/page-facts';
import { makeFacts } from '../../fixtures/facts';

let n = 0;
const dbs: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`check-page-history-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const URL_ = new URL('https://www.aliexpress.com/item/1005001234567890.html');
const T0 = Date.parse('2026-01-10T09:00:00Z');
const page = (product: PageFactsInput['product']) => makeFacts({ product: { sku: '1005001234567890', ...product } });
const kettle = page({ title: 'Stainless steel electric kettle 1.7 l', price: { amount: '19.00', currency: 'EUR' }, reviewCount: 410 });
const earbuds = page({ title: 'Wireless earbuds ANC Bluetooth 5.3', price: { amount: '19.00', currency: 'EUR' }, reviewCount: 415 });

describe('checkPage with history', () => {
  it('records each visit and judges a later visit against the earlier ones', async () => {
    const db = freshDb();
    const first = await checkPage(db, kettle, URL_, new Date(T0));
    expect(first.verdict.findings.map((f) => f.ruleId)).not.toContain('listing-substitution');
    const later = await checkPage(db, earbuds, URL_, new Date(T0 + 20 * 86_400_000));
    expect(later.verdict.level).toBe('warning');
    expect(later.verdict.findings.find((f) => f.ruleId === 'listing-substitution')).toMatchObject({ severity: 'warning', source: { kind: 'history' } });
    expect(await db.observations.count()).toBe(2);
  });

  it('never compares a page with its own earlier reports of the same visit', async () => {
    const db = freshDb();
    await checkPage(db, kettle, URL_, new Date(T0));
    // The page re-renders a minute later with a different title (e.g. a variant picked): same visit.
    const again = await checkPage(db, earbuds, URL_, new Date(T0 + 60_000));
    expect(again.verdict.findings.map((f) => f.ruleId)).not.toContain('listing-substitution');
    expect(await db.observations.count()).toBe(1);
  });
});

describe('checkPage re-check', () => {
  it('re-judging recorded facts (after a rule change) adds no sighting', async () => {
    const db = freshDb();
    await checkPage(db, kettle, URL_, new Date(T0));
    expect(await db.observations.count()).toBe(1);
    await checkPage(db, kettle, URL_, new Date(T0 + 3 * 3_600_000), { record: false });
    expect(await db.observations.count()).toBe(1);
  });
});
