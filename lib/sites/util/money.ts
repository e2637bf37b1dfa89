import type { Money } from '@/lib/facts/page-facts';

/**
 * Price text → decimal string and ISO 4217 currency, across locale formats:
 * `1.299,00 €`, `US $12.99`, `¥1,299`, `R$ 49,90`, `₩12,000`, `$24.990` (CLP).
 */

const SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/US\s?\$|USD/i, 'USD'], [/C\$|CA\$|CAD/i, 'CAD'], [/A\$|AU\$|AUD/i, 'AUD'], [/NZ\$|NZD/i, 'NZD'],
  [/HK\$|HKD/i, 'HKD'], [/S\$|SGD/i, 'SGD'], [/MX\$|MXN/i, 'MXN'], [/R\$|BRL/i, 'BRL'],
  [/CLP/i, 'CLP'], [/COP/i, 'COP'], [/ARS/i, 'ARS'],
  [/€|EUR/i, 'EUR'], [/£|GBP/i, 'GBP'], [/₩|KRW/i, 'KRW'], [/₹|INR|Rs\.?(?=\s?\d)/i, 'INR'],
  [/₽|RUB|руб/i, 'RUB'], [/zł|PLN/i, 'PLN'], [/Kč|CZK/i, 'CZK'], [/₺|TRY|TL(?![a-z])/i, 'TRY'],
  [/CHF/i, 'CHF'], [/SEK|kr(?![a-z])/i, 'SEK'], [/NOK/i, 'NOK'], [/DKK/i, 'DKK'], [/HUF|Ft(?![a-z])/i, 'HUF'],
  [/RON|lei/i, 'RON'], [/₱|PHP/i, 'PHP'], [/฿|THB/i, 'THB'], [/₫|VND/i, 'VND'], [/RM(?=\s?\d)|MYR/i, 'MYR'],
  [/Rp(?=\s?\d)|IDR/i, 'IDR'], [/AED|د\.إ/i, 'AED'], [/SAR|ر\.س/i, 'SAR'], [/EGP|ج\.م/i, 'EGP'],
  [/JPY|円/i, 'JPY'], [/CNY|RMB|元/i, 'CNY'], [/¥|￥/, 'JPY_OR_CNY'], [/UAH|₴|грн/i, 'UAH'], [/ILS|₪/i, 'ILS'],
  [/ZAR|R(?=\s?\d)/, 'ZAR'], [/\$/, 'USD_LIKE'],
];

/** Currencies written without minor units: a trailing `.ddd` group is thousands. */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'CLP', 'VND', 'IDR', 'HUF', 'COP', 'ISK']);

export function currencyFromText(raw: string, hint?: string): string | undefined {
  for (const [re, code] of SYMBOLS) {
    if (!re.test(raw)) continue;
    if (code === 'JPY_OR_CNY') return hint === 'CNY' || hint === 'JPY' ? hint : hint?.startsWith('zh') ? 'CNY' : 'JPY';
    if (code === 'USD_LIKE') return hint && /^[A-Z]{3}$/.test(hint) && hint !== 'EUR' ? hint : 'USD';
    return code;
  }
  return undefined;
}

/**
 * Normalises a numeric string with unknown grouping to `1234.56`.
 * Rules: the last separator followed by exactly 1–2 digits is decimal; a
 * single separator followed by three digits is grouping; zero-decimal
 * currencies never have decimals.
 */
export function normaliseAmount(rawNumber: string, currency?: string): string | undefined {
  const s = rawNumber.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s) || s.length > 24) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const lastSep = Math.max(lastDot, lastComma);
  let intPart = s;
  let frac = '';
  if (lastSep >= 0 && !(currency && ZERO_DECIMAL.has(currency))) {
    const tail = s.slice(lastSep + 1);
    const sep = s[lastSep];
    const bothKinds = lastDot >= 0 && lastComma >= 0;
    const sameSepCount = s.split(sep ?? '').length - 1;
    // "1.299,00": both kinds, the last is decimal. "1,299": one separator
    // before three digits is grouping. "1.299.000": repeated, grouping.
    const isDecimal = bothKinds ? tail.length !== 3 || sameSepCount === 1 : sameSepCount === 1 && tail.length !== 3;
    if (isDecimal && tail.length <= 6) {
      intPart = s.slice(0, lastSep);
      frac = tail;
    }
  }
  intPart = intPart.replace(/[.,]/g, '');
  if (!/^\d{1,12}$/.test(intPart)) return undefined;
  const intNorm = intPart.replace(/^0+(?=\d)/, '');
  const fracNorm = frac.replace(/0+$/, '');
  return fracNorm ? `${intNorm}.${fracNorm}` : intNorm;
}

const NUMBER_RE = /\d[\d.,\s\u00a0\u202f']*\d|\d/;

/** Parses a displayed price such as `1.299,00 €` or `US $12.99`. */
export function parseMoney(raw: string | undefined | null, currencyHint?: string): Money | undefined {
  if (!raw) return undefined;
  const textValue = raw.slice(0, 200);
  const m = NUMBER_RE.exec(textValue);
  if (!m) return undefined;
  const currency = currencyFromText(textValue, currencyHint) ?? (currencyHint && /^[A-Z]{3}$/.test(currencyHint) ? currencyHint : undefined);
  const amount = normaliseAmount(m[0].trim(), currency);
  if (!amount) return undefined;
  return currency ? { amount, currency } : { amount };
}

/** Formats a number from structured data (already a number) as a decimal string. */
export function decimalFromNumber(n: unknown): string | undefined {
  if (typeof n === 'number' && Number.isFinite(n) && n >= 0) {
    return String(Math.round(n * 1e6) / 1e6);
  }
  if (typeof n === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(n)) {
    return normaliseAmount(n.trim());
  }
  return undefined;
}
