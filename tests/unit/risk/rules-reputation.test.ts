import { describe, expect, it } from 'vitest';
import { youngStore } from '@/lib/risk/rules/young-store';
import { lowFeedback } from '@/lib/risk/rules/low-feedback';
import { feedbackFalling } from '@/lib/risk/rules/feedback-falling';
import { storeYoungerThanClaimed } from '@/lib/risk/rules/store-younger-than-claimed';
import { categoryPivot, topCategory } from '@/lib/risk/rules/category-pivot';
import { riskyTld } from '@/lib/risk/rules/risky-tld';
import { userBlocked } from '@/lib/risk/rules/user-blocked';
import { userTrusted } from '@/lib/risk/rules/user-trusted';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { makeFacts } from '../../fixtures/facts';
import { ago, ctx, run, sellerHistory, shopFacts } from './support';

const seller = (over: object) => makeFacts({ seller: { name: 'Test Store', id: '1234567', ...over } });

describe('young-store', () => {
  it('is a warning under three months and a caution under a year', () => {
    expect(run(youngStore, seller({ openedAt: '2026-01-15' }))).toMatchObject([{ severity: 'warning', params: [2] }]);
    expect(run(youngStore, seller({ openedAt: '2025-08-01' }))).toMatchObject([{ severity: 'caution', params: [8] }]);
  });
  it('says "under 12 months" and stays a caution when only whole years are stated', () => {
    expect(run(youngStore, seller({ years: 0 }))).toMatchObject([{ severity: 'caution', params: [12] }]);
  });
  it('does not fire for older stores, the platform itself, or unknown age', () => {
    expect(run(youngStore, seller({ openedAt: '2019-03-01' }))).toEqual([]);
    expect(run(youngStore, seller({ years: 2 }))).toEqual([]);
    expect(run(youngStore, seller({ openedAt: '2026-02-01', soldByPlatform: true }))).toEqual([]);
    expect(run(youngStore, seller({}))).toEqual([]);
  });
});

describe('low-feedback', () => {
  it('is a caution under 90 % and a warning only when most of many buyers were unhappy', () => {
    expect(run(lowFeedback, seller({ feedbackPercent: 70, feedbackCount: 469 }))).toMatchObject([{ severity: 'caution', params: [70] }]);
    expect(run(lowFeedback, seller({ feedbackPercent: 85 }))).toMatchObject([{ severity: 'caution' }]);
    expect(run(lowFeedback, seller({ feedbackPercent: 42, feedbackCount: 300 }))).toMatchObject([{ severity: 'warning' }]);
  });
  it('does not fire at 90 % or more, on fewer than ten ratings, or for the platform', () => {
    expect(run(lowFeedback, seller({ feedbackPercent: 90, feedbackCount: 50 }))).toEqual([]);
    expect(run(lowFeedback, seller({ feedbackPercent: 40, feedbackCount: 9 }))).toEqual([]);
    expect(run(lowFeedback, seller({ feedbackPercent: 60, soldByPlatform: true }))).toEqual([]);
  });
});

describe('feedback-falling', () => {
  const history = sellerHistory('aliexpress:1234567', [
    { at: ago(120), feedbackPercent: 98.1 },
    { at: ago(60), feedbackPercent: 97.9 },
  ]);
  it('is a caution on a three-point drop and a warning on ten', () => {
    expect(run(feedbackFalling, seller({ feedbackPercent: 95, feedbackCount: 800 }), ctx({ history: { seller: history } }))).toMatchObject([{ severity: 'caution', params: [98.1, 95, '2025-11-01'] }]);
    expect(run(feedbackFalling, seller({ feedbackPercent: 88 }), ctx({ history: { seller: history } }))).toMatchObject([{ severity: 'warning' }]);
  });
  it('does not fire on small drops, old peaks, small sellers, or without history', () => {
    expect(run(feedbackFalling, seller({ feedbackPercent: 96 }), ctx({ history: { seller: history } }))).toEqual([]);
    const old = sellerHistory('aliexpress:1234567', [{ at: ago(200), feedbackPercent: 99.5 }]);
    expect(run(feedbackFalling, seller({ feedbackPercent: 94 }), ctx({ history: { seller: old } }))).toEqual([]);
    expect(run(feedbackFalling, seller({ feedbackPercent: 80, feedbackCount: 12 }), ctx({ history: { seller: history } }))).toEqual([]);
    expect(run(feedbackFalling, seller({ feedbackPercent: 80 }))).toEqual([]);
  });
});

describe('store-younger-than-claimed', () => {
  it('fires when the stated opening date moved years back', () => {
    const history = sellerHistory('aliexpress:1234567', [{ at: ago(300), openedAtMs: Date.parse('2025-01-10T00:00:00Z') }]);
    const out = run(storeYoungerThanClaimed, seller({ openedAt: '2017-06-01' }), ctx({ history: { seller: history } }));
    expect(out).toMatchObject([{ severity: 'warning', params: ['2017-06-01', '2025-01-10', '2025-05-05'] }]);
  });
  it('fires when stated years grew faster than time', () => {
    const history = sellerHistory('aliexpress:1234567', [{ at: ago(200), years: 1 }]);
    expect(run(storeYoungerThanClaimed, seller({ years: 6 }), ctx({ history: { seller: history } }))).toHaveLength(1);
  });
  it('does not fire for consistent claims, rounding, or without history', () => {
    const history = sellerHistory('aliexpress:1234567', [{ at: ago(400), years: 3 }, { at: ago(100), openedAtMs: Date.parse('2019-03-01T00:00:00Z') }]);
    expect(run(storeYoungerThanClaimed, seller({ years: 4 }), ctx({ history: { seller: history } }))).toEqual([]);
    expect(run(storeYoungerThanClaimed, seller({ openedAt: '2019-02-10' }), ctx({ history: { seller: sellerHistory('k', [{ at: ago(100), openedAtMs: Date.parse('2019-03-01T00:00:00Z') }]) } }))).toEqual([]);
    expect(run(storeYoungerThanClaimed, seller({ openedAt: '2010-01-01' }))).toEqual([]);
  });
});

describe('category-pivot', () => {
  const cheap = (days: number, n: number, category = 'Home > Jewelry') => ({ at: ago(days), listingKey: `aliexpress:${n}`, price: 2 + n / 10, currency: 'USD', category });
  const history = sellerHistory('aliexpress:1234567', [cheap(40, 1), cheap(35, 2), cheap(30, 3, 'Home > Hair accessories')]);
  const phone = makeFacts({ product: { title: 'Phone 15 Pro 256GB', price: { amount: '389.00', currency: 'USD' }, sku: '9', category: 'Electronics > Phones' } });
  it('is a warning when an established cheap-goods seller jumps to a new dear category', () => {
    expect(run(categoryPivot, phone, ctx({ history: { seller: history } }))).toMatchObject([{ severity: 'warning', params: ['389.00 USD', '2.2 USD'], evidence: { listingsSeen: 3, category: 'electronics' } }]);
  });
  it('is a caution when categories are unknown or the history is fresh', () => {
    const noCat = makeFacts({ product: { price: { amount: '389.00', currency: 'USD' }, sku: '9' } });
    expect(run(categoryPivot, noCat, ctx({ history: { seller: history } }))).toMatchObject([{ severity: 'caution' }]);
    const fresh = sellerHistory('aliexpress:1234567', [cheap(3, 1), cheap(2, 2), cheap(1, 3)]);
    expect(run(categoryPivot, phone, ctx({ history: { seller: fresh } }))).toMatchObject([{ severity: 'caution' }]);
  });
  it('does not fire in the same category, within the price band, with few listings, or across currencies', () => {
    const sameCat = makeFacts({ product: { price: { amount: '389.00', currency: 'USD' }, sku: '9', category: 'Home > Jewelry > Rings' } });
    expect(run(categoryPivot, sameCat, ctx({ history: { seller: history } }))).toEqual([]);
    const mixed = sellerHistory('aliexpress:1234567', [cheap(40, 1), cheap(35, 2), { ...cheap(30, 3), price: 150 }]);
    expect(run(categoryPivot, phone, ctx({ history: { seller: mixed } }))).toEqual([]);
    expect(run(categoryPivot, phone, ctx({ history: { seller: sellerHistory('k', [cheap(40, 1), cheap(30, 2)]) } }))).toEqual([]);
    const eur = makeFacts({ product: { price: { amount: '389.00', currency: 'EUR' }, sku: '9', category: 'Electronics' } });
    expect(run(categoryPivot, eur, ctx({ history: { seller: history } }))).toEqual([]);
  });
  it('reads the top category of a breadcrumb', () => {
    expect(topCategory('Home > Electronics > Phones')).toBe('electronics');
    expect(topCategory('首页 / 手机')).toBe('手机');
    expect(topCategory(undefined)).toBeUndefined();
  });
});

describe('risky-tld', () => {
  it('fires as a caution for endings fake shops favour', () => {
    expect(run(riskyTld, shopFacts(), ctx({ domain: 'bestdeals.top' }))).toMatchObject([{ category: 'reputation', severity: 'caution', params: ['.top'] }]);
    expect(run(riskyTld, shopFacts(), ctx({ domain: 'outdoor.de.com' }))).toMatchObject([{ params: ['.de.com'] }]);
  });
  it('does not fire on ordinary endings, shop platforms, or marketplaces', () => {
    expect(run(riskyTld, shopFacts(), ctx({ domain: 'shop.de' }))).toEqual([]);
    expect(run(riskyTld, shopFacts(), ctx({ domain: 'brand.myshopify.com' }))).toEqual([]);
    expect(run(riskyTld, makeFacts(), ctx({ domain: 'aliexpress.com' }))).toEqual([]);
  });
});

describe('user rules', () => {
  const rule = (kind: 'domain' | 'seller', action: UserRule['action'], label: string, note?: string): UserRule => ({
    id: `${kind}:${label}`, kind, key: label, label, action, ...(note ? { note } : {}), createdAt: 1, updatedAt: 1,
  });
  it('user-blocked fires danger for each blocked domain or seller', () => {
    const out = run(userBlocked, makeFacts(), ctx({ userRules: { domain: rule('domain', 'block', 'x.com', 'sent a fake'), seller: rule('seller', 'block', 'Bad Store') } }));
    expect(out.map((f) => [f.severity, f.params[0]])).toEqual([['danger', 'x.com'], ['danger', 'Bad Store']]);
    expect(out[0]!.evidence).toEqual({ domain: 'x.com', note: 'sent a fake' });
  });
  it('user-blocked does not fire on trust or notes', () => {
    expect(run(userBlocked, makeFacts(), ctx({ userRules: { domain: rule('domain', 'trust', 'x.com'), seller: rule('seller', 'note', 'S') } }))).toEqual([]);
  });
  it('user-trusted prefers the seller rule and ignores blocks and notes', () => {
    expect(run(userTrusted, makeFacts(), ctx({ userRules: { domain: rule('domain', 'trust', 'x.com'), seller: rule('seller', 'trust', 'Good Store') } }))).toMatchObject([{ params: ['Good Store'] }]);
    expect(run(userTrusted, makeFacts(), ctx({ userRules: { domain: rule('domain', 'block', 'x.com'), seller: rule('seller', 'note', 'S') } }))).toEqual([]);
  });
});
