import { describe, expect, it } from 'vitest';
import { currencyFromText, decimalFromNumber, normaliseAmount, parseMoney } from '@/lib/sites/util/money';
import { countryOfHost, countryOfLocale, currencyOfCountry } from '@/lib/sites/util/currency-regions';

describe('parseMoney: locale formats', () => {
  it.each([
    ['1.299,00 €', undefined, '1299', 'EUR'],
    ['US $12.99', undefined, '12.99', 'USD'],
    ['¥1,299', 'JPY', '1299', 'JPY'],
    ['¥1,299', 'CNY', '1299', 'CNY'],
    ['R$ 49,90', undefined, '49.9', 'BRL'],
    ['₩12,000', undefined, '12000', 'KRW'],
    ['$24.990', 'CLP', '24990', 'CLP'],
    ['$229.990', 'CLP', '229990', 'CLP'],
    ['Rs 23,450', 'PKR', '23450', 'PKR'],
    ['Rs 23,450', undefined, '23450', 'INR'],
    ['₹1,23,456.50', undefined, '123456.5', 'INR'],
    ['12 345,67 zł', undefined, '12345.67', 'PLN'],
    ["CHF 1'299.50", undefined, '1299.5', 'CHF'],
    ['19.50 CHF', undefined, '19.5', 'CHF'],
    ['EUR 12,99', undefined, '12.99', 'EUR'],
    ['£34.99', undefined, '34.99', 'GBP'],
    ['$2.449', 'ARS', '2449', 'ARS'],
    ['30,000원~', undefined, '30000', 'KRW'],
    ['KWD 12.500', undefined, '12.5', 'KWD'],
    ['١٢٩٫٥٠ ر.س', undefined, '129.5', 'SAR'],
    ['C$ 229.99', undefined, '229.99', 'CAD'],
    ['1 299 Kč', undefined, '1299', 'CZK'],
    ['129,- €', undefined, '129', 'EUR'],
  ])('%s (hint %s) → %s %s', (text, hint, amount, currency) => {
    expect(parseMoney(text, hint)).toEqual({ amount, currency });
  });

  it('leaves ambiguous symbols unresolved without a hint', () => {
    expect(parseMoney('199 kr')).toEqual({ amount: '199' });
    expect(parseMoney('199 kr', 'NOK')).toEqual({ amount: '199', currency: 'NOK' });
    expect(currencyFromText('¥ 880')).toBeUndefined();
  });

  it('does not resolve a dollar sign to an unrelated hint', () => {
    expect(currencyFromText('$12.99', 'GBP')).toBe('USD');
    expect(currencyFromText('$12.99', 'MXN')).toBe('MXN');
  });

  it('does not glue separate numbers together', () => {
    expect(parseMoney('2 x 12.99 €')?.amount).toBe('2');
    expect(parseMoney('no price here')).toBeUndefined();
  });
});

describe('normaliseAmount', () => {
  it('reads the last separator before 1–2 digits as decimal, before 3 as grouping', () => {
    expect(normaliseAmount('1,299')).toBe('1299');
    expect(normaliseAmount('1.299.000')).toBe('1299000');
    expect(normaliseAmount('12,5')).toBe('12.5');
    expect(normaliseAmount('0.990')).toBe('0.99');
    expect(normaliseAmount('1,299.00')).toBe('1299');
    expect(normaliseAmount('abc')).toBeUndefined();
    expect(normaliseAmount('9'.repeat(30))).toBeUndefined();
  });
});

describe('decimalFromNumber (structured data)', () => {
  it('reads a dot as a decimal point', () => {
    expect(decimalFromNumber('119.010')).toBe('119.01');
    expect(decimalFromNumber(49.1)).toBe('49.1');
    expect(decimalFromNumber('88.00')).toBe('88');
  });
  it('reads a three-digit tail as thousands in zero-decimal currencies', () => {
    expect(decimalFromNumber('24.990', 'CLP')).toBe('24990');
  });
  it('rejects negatives, non-finite numbers and text', () => {
    expect(decimalFromNumber(-1)).toBeUndefined();
    expect(decimalFromNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(decimalFromNumber('call us')).toBeUndefined();
  });
});

describe('currency regions', () => {
  it('maps domains and locales to currencies', () => {
    expect(countryOfHost('www.paris.cl')).toBe('CL');
    expect(countryOfHost('shop.example.co.uk')).toBe('GB');
    expect(countryOfHost('example.com')).toBeUndefined();
    expect(countryOfHost('brand.io')).toBeUndefined();
    expect(countryOfLocale('es_CL')).toBe('CL');
    expect(currencyOfCountry('PK')).toBe('PKR');
  });
});

describe('malformed numbers', () => {
  it('rejects prices glued together by textContent and irregular grouping', () => {
    expect(parseMoney('$20.9920.99')).toBeUndefined();
    expect(parseMoney('$8.998.99')).toBeUndefined();
    expect(normaliseAmount('1.2.3.4')).toBeUndefined();
    expect(normaliseAmount('12.34.567')).toBeUndefined();
    expect(parseMoney('$8.99')).toEqual({ amount: '8.99', currency: 'USD' });
    expect(normaliseAmount('1,23,456')).toBe('123456');
  });
});
