import { describe, expect, it } from 'vitest';
import { impliedOpening, median, peakSince, priorLowBeforeReduction } from '@/lib/reputation/signals';
import { imageKey, sameBrand, titleSimilarity } from '@/lib/reputation/similarity';
import { DAY_MS } from '@/lib/reputation/retention-limits';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ago = (d: number) => NOW - d * DAY_MS;

describe('priorLowBeforeReduction', () => {
  it('is the lowest price of the 30 days before now when no sale was seen', () => {
    expect(priorLowBeforeReduction([{ at: ago(40), price: 5, currency: 'EUR' }, { at: ago(20), price: 12, currency: 'EUR' }, { at: ago(10), price: 11, currency: 'EUR' }], 'EUR', NOW))
      .toEqual({ amount: 11, at: ago(10), reductionSince: NOW, currency: 'EUR' });
  });
  it('looks before the run of discounted sightings that ends now', () => {
    const low = priorLowBeforeReduction([
      { at: ago(50), price: 18, currency: 'EUR' },
      { at: ago(35), price: 20, currency: 'EUR' },
      { at: ago(8), price: 10, listPrice: 20, currency: 'EUR' },
      { at: ago(1), price: 10, listPrice: 20, currency: 'EUR' },
    ], 'EUR', NOW);
    // The sale began 8 days ago; its 30-day window reaches back to day 38, so day 50's 18 is too old.
    expect(low).toEqual({ amount: 20, at: ago(35), reductionSince: ago(8), currency: 'EUR' });
  });
  it('is undefined without sightings in the window or in the currency', () => {
    expect(priorLowBeforeReduction([{ at: ago(31), price: 5, currency: 'EUR' }], 'EUR', NOW)).toBeUndefined();
    expect(priorLowBeforeReduction([{ at: ago(3), price: 5, currency: 'USD' }], 'EUR', NOW)).toBeUndefined();
  });
});

describe('impliedOpening / peakSince / median', () => {
  it('reads an opening date exactly and stated years with a year of slack', () => {
    expect(impliedOpening({ at: NOW, openedAtMs: 1000 })).toEqual({ ms: 1000, slackMs: 31 * DAY_MS });
    expect(impliedOpening({ at: NOW, years: 2 })).toEqual({ ms: NOW - 730 * DAY_MS, slackMs: 366 * DAY_MS });
    expect(impliedOpening({ at: NOW })).toBeUndefined();
  });
  it('finds the peak within the look-back only', () => {
    const xs = [{ at: ago(100), v: 9 }, { at: ago(10), v: 5 }, { at: ago(5), v: 7 }];
    expect(peakSince(xs, (x) => x.v, NOW, 30)).toEqual({ value: 7, at: ago(5) });
    expect(peakSince(xs, (x) => x.v, NOW, 365)).toEqual({ value: 9, at: ago(100) });
    expect(peakSince([], (x: { at: number }) => x.at, NOW, 30)).toBeUndefined();
  });
  it('takes medians of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('similarity', () => {
  it('tells small title edits from a different product, in spaced and unspaced scripts', () => {
    expect(titleSimilarity('Stainless Steel Kettle 1.7L', 'stainless steel kettle 1.7l – blue')).toBeGreaterThan(0.6);
    expect(titleSimilarity('Stainless steel kettle', 'Wireless earbuds')).toBe(0);
    expect(titleSimilarity('不锈钢电热水壶 1.7升', '不锈钢电热水壶 1.7升 蓝色')).toBeGreaterThan(0.6);
    expect(titleSimilarity('不锈钢电热水壶', '无线蓝牙耳机')).toBeLessThan(0.3);
  });
  it('compares brands loosely and images by file, not host or size', () => {
    expect(sameBrand('Kärcher', 'KARCHER')).toBe(true);
    expect(sameBrand('Philips', 'Braun')).toBe(false);
    expect(imageKey('https://ae01.alicdn.com/kf/Sabc123.jpg_640x640.jpg')).toBe(imageKey('https://ae04.alicdn.com/kf/Sabc123.jpg'));
    expect(imageKey('https://m.media-amazon.com/images/I/71xYz._AC_SL1500_.jpg')).toBe('71xyz');
    expect(imageKey('https://shop.example/wp-content/kettle-300x300.png')).toBe('kettle');
    expect(imageKey('https://ae01.alicdn.com/kf/Sabc.jpg')).not.toBe(imageKey('https://ae01.alicdn.com/kf/Sxyz.jpg'));
  });
});
