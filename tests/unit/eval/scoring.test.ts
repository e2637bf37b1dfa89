import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal, failedFloors, matches, outcomeOf, parseFloor, scoreOf, scorePages, type ScoredPage,
} from '../../eval/scoring';

describe('eval metric: comparisons', () => {
  it('compares prices as decimals', () => {
    expect(matches('price', '229.99 ', '229.99')).toBe(true);
    expect(matches('price', '5100.00', '5100')).toBe(true);
    expect(matches('price', '450', '450.0')).toBe(true);
    expect(matches('price', '24990', '24.99')).toBe(false);
    expect(matches('price', '2.449', '2449')).toBe(false);
    expect(canonicalDecimal('007.50')).toBe('7.5');
    expect(canonicalDecimal('1,299.00')).toBeUndefined();
  });

  it('accepts any of a list of values', () => {
    expect(matches('price', ['97.39', '128.72'], '128.72')).toBe(true);
    expect(matches('sku', ['4781720', '83810610'], '83810610')).toBe(true);
    expect(matches('sku', ['4781720', '83810610'], '4781721')).toBe(false);
  });

  it('compares strings trimmed, whitespace-collapsed and case-insensitively', () => {
    expect(matches('brand', 'Tikkers ', 'tikkers')).toBe(true);
    expect(matches('sellerName', 'Big   Shop\nLtd', ' big shop ltd ')).toBe(true);
    expect(matches('brand', 'Acme', 'Acme Inc')).toBe(false);
  });

  it('allows 0.05 for ratings and percentages, nothing for counts', () => {
    expect(matches('rating', 4.75, 4.8)).toBe(true);
    expect(matches('rating', 4.7, 4.8)).toBe(false);
    expect(matches('sellerFeedbackPercent', 99.6, 99.64)).toBe(true);
    expect(matches('sellerFeedbackPercent', 99.6, 99.7)).toBe(false);
    expect(matches('reviewCount', 6536, 6537)).toBe(false);
    expect(matches('reviewCount', 6536, 6536)).toBe(true);
  });

  it('compares booleans strictly', () => {
    expect(matches('soldByPlatform', true, true)).toBe(true);
    expect(matches('soldByPlatform', false, true)).toBe(false);
    expect(matches('soldByPlatform', false, 'false')).toBe(true);
  });
});

describe('eval metric: outcomes', () => {
  it('counts a wrong prediction as both false positive and false negative', () => {
    expect(outcomeOf('price', '10', '11')).toBe('fp+fn');
    expect(outcomeOf('price', '10', null)).toBe('fn');
    expect(outcomeOf('price', '10', '10.00')).toBe('tp');
  });

  it('counts any prediction on a null label as a false positive', () => {
    expect(outcomeOf('sellerName', null, 'Someone')).toBe('fp');
    expect(outcomeOf('sellerName', null, null)).toBe('tn');
    expect(outcomeOf('sku', [], 'x')).toBe('fp');
  });

  it('computes precision, recall and F1', () => {
    const s = scoreOf({ tp: 8, fp: 2, fn: 4, labelled: 13 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(8 / 12);
    expect(s.f1).toBeCloseTo((2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12));
    expect(scoreOf({ tp: 0, fp: 0, fn: 3, labelled: 3 }).f1).toBe(0);
  });
});

describe('eval metric: corpus scoring', () => {
  const pages: ScoredPage[] = [
    { id: 'a', group: 'shop-a', labels: { price: '10.00', sku: 'A1' }, predictions: { price: '10', sku: 'A1' } },
    { id: 'b', group: 'shop-a', labels: { price: '20', sku: null }, predictions: { price: '2', sku: 'B2' } },
    { id: 'c', group: 'shop-b', labels: { price: ['5', '6'], brand: 'X' }, predictions: { price: '6', brand: null, sku: 'not-labelled' } },
  ];

  it('scores only labelled fields, per field and per group', () => {
    const scores = scorePages(pages);
    expect(scores.fields.price).toMatchObject({ tp: 2, fp: 1, fn: 1, labelled: 3 });
    expect(scores.fields.sku).toMatchObject({ tp: 1, fp: 1, fn: 0, labelled: 2 });
    expect(scores.fields.brand).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(scores.fields.gtin).toBeUndefined();
    expect(scores.groups['shop-a']?.pages).toBe(2);
    expect(scores.groups['shop-b']?.fields.price?.f1).toBe(1);
    expect(scores.errors.map((e) => `${e.id}.${e.field}`)).toEqual(['b.price', 'b.sku', 'c.brand']);
  });

  it('fails floors that are not met, and floors on fields never labelled', () => {
    const scores = scorePages(pages);
    expect(failedFloors(scores, [parseFloor('price=0.6')])).toEqual([]);
    expect(failedFloors(scores, [parseFloor('price=0.7')])).toHaveLength(1);
    expect(failedFloors(scores, [parseFloor('gtin=0.1')])[0]?.actual).toBeNull();
  });

  it('rejects malformed floors', () => {
    expect(() => parseFloor('price')).toThrow();
    expect(() => parseFloor('colour=0.5')).toThrow();
    expect(() => parseFloor('price=1.5')).toThrow();
  });
});
