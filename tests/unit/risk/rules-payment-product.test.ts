import { describe, expect, it } from 'vitest';
import { paymentIrreversibleOnly } from '@/lib/risk/rules/payment-irreversible-only';
import { paymentRiskyMethod } from '@/lib/risk/rules/payment-risky-method';
import { offPlatformContact } from '@/lib/risk/rules/off-platform-contact';
import { extremeDiscount } from '@/lib/risk/rules/extreme-discount';
import { perfectRating } from '@/lib/risk/rules/perfect-rating';
import { unverifiedCertification } from '@/lib/risk/rules/unverified-certification';
import { makeFacts } from '../../fixtures/facts';
import { ctx, run, shopFacts } from './support';

const shop = ctx({ domain: 'example-shop.com' });

describe('payment-irreversible-only', () => {
  it('fires as a warning when a shop\'s checkout takes only bank transfer', () => {
    const [f, ...rest] = run(paymentIrreversibleOnly, shopFacts({ pageKind: 'checkout', payment: { methods: ['bank_transfer'] } }), shop);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'payment-irreversible-only', category: 'payment', severity: 'warning', params: ['bank_transfer'] });
  });
  it('is a caution on a product page showing several methods, all irreversible (cash on delivery aside)', () => {
    const out = run(paymentIrreversibleOnly, shopFacts({ payment: { methods: ['bank_transfer', 'crypto', 'cash_on_delivery'] } }), shop);
    expect(out).toMatchObject([{ severity: 'caution', params: ['bank_transfer, crypto'] }]);
  });
  it('does not fire on a product page that mentions a single method in passing', () => {
    expect(run(paymentIrreversibleOnly, shopFacts({ payment: { methods: ['bank_transfer'] } }), shop)).toEqual([]);
  });
  it('does not fire when a card or PayPal is offered, on cash on delivery alone, or when methods are unknown', () => {
    const checkout = (methods: ('bank_transfer' | 'card' | 'paypal' | 'cash_on_delivery')[]) => shopFacts({ pageKind: 'checkout', payment: { methods } });
    expect(run(paymentIrreversibleOnly, checkout(['bank_transfer', 'card']), shop)).toEqual([]);
    expect(run(paymentIrreversibleOnly, checkout(['bank_transfer', 'paypal']), shop)).toEqual([]);
    expect(run(paymentIrreversibleOnly, checkout(['cash_on_delivery']), shop)).toEqual([]);
    expect(run(paymentIrreversibleOnly, shopFacts({ pageKind: 'checkout', payment: {} }), shop)).toEqual([]);
  });
  it('does not fire on a marketplace checkout', () => {
    expect(run(paymentIrreversibleOnly, makeFacts({ pageKind: 'checkout', payment: { methods: ['platform', 'bank_transfer'] } }))).toEqual([]);
  });
});

describe('payment-risky-method', () => {
  it('fires as a caution when crypto or gift cards are offered beside a card', () => {
    const out = run(paymentRiskyMethod, shopFacts({ payment: { methods: ['card', 'crypto', 'gift_card'] } }), shop);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'caution', params: ['crypto, gift_card'], evidence: { paymentMethods: 'card, crypto, gift_card' } });
  });
  it('does not fire for ordinary methods, nor when only irreversible methods exist (the stronger rule speaks)', () => {
    expect(run(paymentRiskyMethod, shopFacts({ payment: { methods: ['card', 'paypal', 'bank_transfer'] } }), shop)).toEqual([]);
    expect(run(paymentRiskyMethod, shopFacts({ payment: { methods: ['crypto'] } }), shop)).toEqual([]);
  });
});

describe('off-platform-contact', () => {
  it('fires as a warning on a marketplace listing that asks to pay or talk outside', () => {
    const out = run(offPlatformContact, makeFacts({ shop: { offPlatformContact: true } }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ category: 'payment', severity: 'warning', params: ['aliexpress'] });
  });
  it('does not fire without the signal, or on an independent shop', () => {
    expect(run(offPlatformContact, makeFacts())).toEqual([]);
    expect(run(offPlatformContact, makeFacts({ shop: { offPlatformContact: false } }))).toEqual([]);
    expect(run(offPlatformContact, shopFacts({ shop: { offPlatformContact: true } }), shop)).toEqual([]);
  });
});

describe('extreme-discount', () => {
  it('fires as a caution at 80 % computed from the was price', () => {
    const facts = makeFacts({ product: { title: 'Watch', price: { amount: '20.00', currency: 'USD' }, listPrice: { amount: '100.00', currency: 'USD' } } });
    expect(run(extremeDiscount, facts)).toMatchObject([{ severity: 'caution', params: [80] }]);
  });
  it('is a warning for brand goods at 90 % off on an independent shop', () => {
    const facts = shopFacts({ product: { title: 'Sneaker', brand: 'Nike', price: { amount: '9.00', currency: 'EUR' } }, claims: { discountPercent: 91 } });
    expect(run(extremeDiscount, facts, shop)).toMatchObject([{ severity: 'warning', params: [91], evidence: { brand: 'Nike' } }]);
  });
  it('stays a caution at 90 % on a marketplace', () => {
    expect(run(extremeDiscount, makeFacts({ claims: { discountPercent: 90 }, product: { brand: 'Nike' } }))).toMatchObject([{ severity: 'caution' }]);
  });
  it('does not fire below 80 %, with mixed currencies, or off product pages', () => {
    expect(run(extremeDiscount, makeFacts({ claims: { discountPercent: 79 } }))).toEqual([]);
    expect(run(extremeDiscount, makeFacts({ product: { price: { amount: '10', currency: 'USD' }, listPrice: { amount: '100', currency: 'EUR' } } }))).toEqual([]);
    expect(run(extremeDiscount, makeFacts({ pageKind: 'store', claims: { discountPercent: 95 } }))).toEqual([]);
  });
});

describe('perfect-rating', () => {
  it('fires on a perfect 5.0 over 30 or more reviews', () => {
    expect(run(perfectRating, makeFacts({ product: { rating: 5, reviewCount: 64 } }))).toMatchObject([{ category: 'product', severity: 'caution', params: [64] }]);
  });
  it('does not fire on fewer than 50 reviews, on 4.9, or with no count', () => {
    expect(run(perfectRating, makeFacts({ product: { rating: 5, reviewCount: 39 } }))).toEqual([]);
    expect(run(perfectRating, makeFacts({ product: { rating: 4.9, reviewCount: 500 } }))).toEqual([]);
    expect(run(perfectRating, makeFacts({ product: { rating: 5 } }))).toEqual([]);
  });
});

describe('unverified-certification', () => {
  it('informs when a marketplace seller claims certifications', () => {
    expect(run(unverifiedCertification, makeFacts({ claims: { certifications: ['CE', ' FDA '] } }))).toMatchObject([{ severity: 'info', params: ['CE, FDA'] }]);
  });
  it('does not fire for the platform itself, independent shops, or no claims', () => {
    expect(run(unverifiedCertification, makeFacts({ claims: { certifications: ['CE'] }, seller: { soldByPlatform: true } }))).toEqual([]);
    expect(run(unverifiedCertification, shopFacts({ claims: { certifications: ['CE'] } }), shop)).toEqual([]);
    expect(run(unverifiedCertification, makeFacts({ claims: { certifications: [' '] } }))).toEqual([]);
  });
});
