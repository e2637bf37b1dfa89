import { describe, expect, it } from 'vitest';
import { shipFromMismatch } from '@/lib/risk/rules/ship-from-mismatch';
import { deliveryBeyondProtection } from '@/lib/risk/rules/delivery-beyond-protection';
import { noTracking } from '@/lib/risk/rules/no-tracking';
import { longDelivery } from '@/lib/risk/rules/long-delivery';
import { noReturnsPage } from '@/lib/risk/rules/no-returns-page';
import { shortReturnWindow } from '@/lib/risk/rules/short-return-window';
import { makeFacts } from '../../fixtures/facts';
import { ctx, run, shopFacts } from './support';

describe('ship-from-mismatch', () => {
  it('fires as a caution when a .de shop ships from China', () => {
    const out = run(shipFromMismatch, shopFacts({ shipping: { from: 'CN' } }), ctx({ domain: 'kuechen-laden.de' }));
    expect(out).toMatchObject([{ category: 'logistics', severity: 'caution', params: ['DE', 'CN'], evidence: { claimedCountry: 'DE', shipFrom: 'CN' } }]);
  });
  it('uses the stated location over the domain, and is only information on a marketplace', () => {
    expect(run(shipFromMismatch, shopFacts({ seller: { location: 'US' }, shipping: { from: 'US' } }), ctx({ domain: 'shop.de' }))).toEqual([]);
    expect(run(shipFromMismatch, makeFacts({ seller: { id: '1', location: 'CN' }, shipping: { from: 'ES' } }))).toMatchObject([{ severity: 'info', params: ['CN', 'ES'] }]);
  });
  it('does not fire when they agree, when either is unknown, or on a generic domain', () => {
    expect(run(shipFromMismatch, shopFacts({ shipping: { from: 'DE' } }), ctx({ domain: 'shop.de' }))).toEqual([]);
    expect(run(shipFromMismatch, shopFacts({ shipping: {} }), ctx({ domain: 'shop.de' }))).toEqual([]);
    expect(run(shipFromMismatch, shopFacts({ shipping: { from: 'CN' } }), ctx({ domain: 'shop.com' }))).toEqual([]);
    expect(run(shipFromMismatch, makeFacts({ shipping: { from: 'CN' } }))).toEqual([]);
  });
});

describe('delivery-beyond-protection', () => {
  it('is a warning when Temu delivery runs past its 90-day window, with the window as source', () => {
    const out = run(deliveryBeyondProtection, makeFacts({ marketplace: 'temu', url: 'https://www.temu.com/x.html', shipping: { daysMin: 60, daysMax: 95 } }), ctx({ domain: 'temu.com' }));
    expect(out).toMatchObject([{ severity: 'warning', params: [95, 90], source: { title: expect.stringContaining('Temu'), url: 'https://temu.com/return-and-refund-policy.html' } }]);
  });
  it('is a caution when less than two weeks of the chargeback window are left on a shop', () => {
    expect(run(deliveryBeyondProtection, shopFacts({ shipping: { daysMax: 110 } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution', params: [110, 120] }]);
  });
  it('does not fire with time to spare, for delivery-dated windows, or without a promise', () => {
    expect(run(deliveryBeyondProtection, shopFacts({ shipping: { daysMax: 106 } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(deliveryBeyondProtection, makeFacts({ shipping: { daysMax: 200 } }))).toEqual([]);
    expect(run(deliveryBeyondProtection, shopFacts({ shipping: {} }), ctx({ domain: 'x.com' }))).toEqual([]);
  });
});

describe('no-tracking', () => {
  it('fires only on an explicit untracked shipment', () => {
    expect(run(noTracking, makeFacts({ shipping: { tracked: false, daysMax: 20 } }))).toMatchObject([{ severity: 'caution', evidence: { deliveryDaysMax: 20 } }]);
    expect(run(noTracking, makeFacts({ shipping: { tracked: true } }))).toEqual([]);
    expect(run(noTracking, makeFacts({ shipping: {} }))).toEqual([]);
  });
});

describe('long-delivery', () => {
  it('informs about delivery beyond 30 days', () => {
    expect(run(longDelivery, makeFacts({ shipping: { daysMax: 45 } }))).toMatchObject([{ severity: 'info', params: [45] }]);
  });
  it('does not fire within 30 days, or when the protection rule already speaks', () => {
    expect(run(longDelivery, makeFacts({ shipping: { daysMax: 30 } }))).toEqual([]);
    expect(run(longDelivery, makeFacts({ marketplace: 'temu', shipping: { daysMax: 80 } }), ctx({ domain: 'temu.com' }))).toEqual([]);
  });
});

describe('no-returns-page', () => {
  it('informs when an independent shop has no returns page or terms', () => {
    expect(run(noReturnsPage, shopFacts({ shop: { hasReturnsPage: false, hasPrivacyPage: true, hasContactPage: true } }), ctx({ domain: 'x.com' }))).toMatchObject([{ category: 'after-sales', severity: 'info', params: ['x.com'] }]);
  });
  it('is a caution when another legal page is missing too', () => {
    expect(run(noReturnsPage, shopFacts({ shop: { hasReturnsPage: false, hasPrivacyPage: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'caution' }]);
    expect(run(noReturnsPage, shopFacts({ shop: { hasReturnsPage: false, hasImprint: false } }), ctx({ domain: 'x.at' }))).toMatchObject([{ severity: 'caution' }]);
    // An imprint is no legal duty outside DACH: its absence does not add up there.
    expect(run(noReturnsPage, shopFacts({ shop: { hasReturnsPage: false, hasImprint: false } }), ctx({ domain: 'x.com' }))).toMatchObject([{ severity: 'info' }]);
  });
  it('does not fire when unknown, when terms are on the page, or on a marketplace', () => {
    expect(run(noReturnsPage, shopFacts({ shop: {} }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noReturnsPage, shopFacts({ shop: { hasReturnsPage: false }, returns: { windowDays: 30 } }), ctx({ domain: 'x.com' }))).toEqual([]);
    expect(run(noReturnsPage, makeFacts({ shop: { hasReturnsPage: false } }))).toEqual([]);
  });
});

describe('short-return-window', () => {
  it('is a caution when no returns are accepted, information under 14 days', () => {
    expect(run(shortReturnWindow, makeFacts({ returns: { windowDays: 0 } }))).toMatchObject([{ severity: 'caution', params: [0, 14] }]);
    expect(run(shortReturnWindow, makeFacts({ returns: { windowDays: 7 } }))).toMatchObject([{ severity: 'info', params: [7, 14] }]);
  });
  it('does not fire at 14 days or more, or when unknown', () => {
    expect(run(shortReturnWindow, makeFacts({ returns: { windowDays: 14 } }))).toEqual([]);
    expect(run(shortReturnWindow, makeFacts({ returns: { text: 'Returns accepted' } }))).toEqual([]);
  });
});
