import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, pluralCategory } from '@/lib/rights/format';

describe('format', () => {
  it('formats calendar dates per locale without shifting the day', () => {
    expect(formatDate('2026-12-05', 'en', { relativeTo: '2026-11-28' })).toBe('5 Dec');
    expect(formatDate('2026-12-05', 'zh_CN', { relativeTo: '2026-11-28' })).toBe('12月5日');
    expect(formatDate('2027-01-08', 'en', { relativeTo: '2026-11-28' })).toBe('8 Jan 2027');
    expect(formatDate('2027-01-08', 'zh_CN', { relativeTo: '2026-11-28' })).toBe('2027年1月8日');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });

  it('formats money with Intl and never guesses an unknown currency', () => {
    expect(formatMoney('1299.5', 'EUR', 'en')).toBe('€1,299.50');
    expect(formatMoney('12.99', 'USD', 'en')).toBe('US$12.99');
    expect(formatMoney('99', 'CNY', 'zh_CN')).toBe('¥99.00');
    expect(formatMoney('1000', 'JPY', 'zh_CN')).toBe('JP¥1,000');
    expect(formatMoney('12.5', undefined, 'en')).toBe('12.5');
    expect(formatMoney('12.5', 'usd', 'en')).toBe('12.5 usd');
    expect(formatMoney('abc', 'EUR', 'en')).toBe('abc EUR');
  });

  it('picks plural categories', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(7, 'en')).toBe('other');
    expect(pluralCategory(1, 'zh_CN')).toBe('other');
  });
});
