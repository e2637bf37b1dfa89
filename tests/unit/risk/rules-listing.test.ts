import { describe, expect, it } from 'vitest';
import { fakeDiscount } from '@/lib/risk/rules/fake-discount';
import { listingSubstitution } from '@/lib/risk/rules/listing-substitution';
import { ratingFalling } from '@/lib/risk/rules/rating-falling';
import { reviewsVanished } from '@/lib/risk/rules/reviews-vanished';
import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { ListingSighting } from '@/lib/reputation/types';
import { makeFacts } from '../../fixtures/facts';
import { ago, ctx, listingHistory, run } from './support';

const KEY = 'aliexpress:1005001234567890';
const withHistory = (sightings: ListingSighting[]) => ctx({ history: { listing: listingHistory(KEY, sightings) } });
const product = (p: PageFactsInput['product']) => makeFacts({ product: { sku: '1005001234567890', ...p } });
const onSale = product({ title: 'Kettle', price: { amount: '15.00', currency: 'EUR' }, listPrice: { amount: '30.00', currency: 'EUR' } });

describe('fake-discount', () => {
  it('is a warning when the "was" price is far above a price seen in the 30 days before', () => {
    const out = run(fakeDiscount, onSale, withHistory([{ at: ago(10), price: 14.5, currency: 'EUR' }, { at: ago(5), price: 16, currency: 'EUR' }]));
    expect(out).toMatchObject([{ category: 'listing', severity: 'warning', params: ['30.00 EUR', '14.5 EUR', '2026-02-19'], source: { kind: 'history' } }]);
  });
  it('is a caution for a small gap', () => {
    expect(run(fakeDiscount, onSale, withHistory([{ at: ago(10), price: 27, currency: 'EUR' }]))).toMatchObject([{ severity: 'caution' }]);
  });
  it('measures from before the sale began: sale prices seen during the sale do not count', () => {
    // Regular price 30 three weeks ago; on sale "was 30, now 15" since a week ago.
    const h = withHistory([
      { at: ago(40), price: 29, currency: 'EUR' },
      { at: ago(21), price: 30, currency: 'EUR' },
      { at: ago(7), price: 15, listPrice: 30, currency: 'EUR' },
      { at: ago(2), price: 15, listPrice: 30, currency: 'EUR' },
    ]);
    expect(run(fakeDiscount, onSale, h)).toEqual([]);
  });
  it('does not fire without a discount, without history in the window, or across currencies', () => {
    expect(run(fakeDiscount, product({ price: { amount: '15.00', currency: 'EUR' } }), withHistory([{ at: ago(3), price: 10, currency: 'EUR' }]))).toEqual([]);
    expect(run(fakeDiscount, onSale, withHistory([{ at: ago(45), price: 10, currency: 'EUR' }]))).toEqual([]);
    expect(run(fakeDiscount, onSale, withHistory([{ at: ago(3), price: 10, currency: 'USD' }]))).toEqual([]);
    expect(run(fakeDiscount, onSale)).toEqual([]);
  });
});

describe('listing-substitution', () => {
  const before: ListingSighting[] = [
    { at: ago(60), title: 'Stainless steel electric kettle 1.7 l', brand: 'Kettlo', image: 'https://ae01.alicdn.com/kf/Sabc.jpg_640x640.jpg', reviewCount: 240 },
    { at: ago(20), title: 'Stainless steel electric kettle 1.7 l blue', brand: 'Kettlo', image: 'https://ae04.alicdn.com/kf/Sabc.jpg', reviewCount: 251 },
  ];
  it('is a warning when the title changes and the reviews stay', () => {
    const now = product({ title: 'Wireless earbuds Bluetooth 5.3 noise cancelling', brand: 'Kettlo', images: ['https://ae01.alicdn.com/kf/Sabc.jpg'], reviewCount: 260 });
    expect(run(listingSubstitution, now, withHistory(before))).toMatchObject([{ severity: 'warning', params: ['2025-12-31'], evidence: { reviewCount: 260, previousTitle: 'Stainless steel electric kettle 1.7 l' } }]);
  });
  it('is a warning when the brand changes and the reviews stay', () => {
    const now = product({ title: 'Stainless steel electric kettle 1.7 l', brand: 'Philips', reviewCount: 251 });
    expect(run(listingSubstitution, now, withHistory(before))).toMatchObject([{ severity: 'warning', evidence: { previousBrand: 'Kettlo', brand: 'Philips' } }]);
  });
  it('is a caution when the reviews are unknown, or only the main picture changed', () => {
    expect(run(listingSubstitution, product({ title: 'Gaming laptop 16 inch RTX' }), withHistory(before))).toMatchObject([{ severity: 'caution' }]);
    const newPicture = product({ title: 'Stainless steel electric kettle 1.7 l', images: ['https://ae01.alicdn.com/kf/Sxyz.jpg'], reviewCount: 255 });
    expect(run(listingSubstitution, newPicture, withHistory(before))).toMatchObject([{ severity: 'caution' }]);
  });
  it('does not fire on small title edits, resized pictures, brand case, or a new picture without kept reviews', () => {
    const tweak = product({ title: 'Stainless steel electric kettle 1.7 l blue, fast boil', brand: 'KETTLO', images: ['https://ae03.alicdn.com/kf/Sabc.jpg_220x220.jpg'], reviewCount: 300 });
    expect(run(listingSubstitution, tweak, withHistory(before))).toEqual([]);
    expect(run(listingSubstitution, product({ images: ['https://ae01.alicdn.com/kf/Snew.jpg'] }), withHistory(before))).toEqual([]);
    expect(run(listingSubstitution, product({ title: 'Phone' }))).toEqual([]);
  });
});

describe('rating-falling', () => {
  it('fires when the rating fell half a star', () => {
    expect(run(ratingFalling, product({ rating: 4.1, reviewCount: 300 }), withHistory([{ at: ago(90), rating: 4.7 }, { at: ago(30), rating: 4.6 }]))).toMatchObject([{ severity: 'caution', params: [4.7, 4.1, '2025-12-01'] }]);
  });
  it('does not fire on small drops, few reviews, or old peaks', () => {
    expect(run(ratingFalling, product({ rating: 4.3, reviewCount: 300 }), withHistory([{ at: ago(30), rating: 4.7 }]))).toEqual([]);
    expect(run(ratingFalling, product({ rating: 3, reviewCount: 12 }), withHistory([{ at: ago(30), rating: 4.7 }]))).toEqual([]);
    expect(run(ratingFalling, product({ rating: 3, reviewCount: 300 }), withHistory([{ at: ago(400), rating: 4.7 }]))).toEqual([]);
  });
});

describe('reviews-vanished', () => {
  it('fires when many reviews disappeared', () => {
    expect(run(reviewsVanished, product({ reviewCount: 40 }), withHistory([{ at: ago(30), reviewCount: 180 }]))).toMatchObject([{ severity: 'caution', params: [180, 40, '2026-01-30'] }]);
  });
  it('does not fire on a few removed reviews or growth', () => {
    expect(run(reviewsVanished, product({ reviewCount: 172 }), withHistory([{ at: ago(30), reviewCount: 180 }]))).toEqual([]);
    expect(run(reviewsVanished, product({ reviewCount: 30 }), withHistory([{ at: ago(30), reviewCount: 39 }]))).toEqual([]);
    expect(run(reviewsVanished, product({ reviewCount: 200 }), withHistory([{ at: ago(30), reviewCount: 180 }]))).toEqual([]);
  });
});
