import type { Money } from '@/lib/facts/page-facts';

/**
 * Price text → decimal string and ISO 4217 currency, across locale formats:
 * `1.299,00 €`, `US $12.99`, `¥1,299`, `R$ 49,90`, `₩12,000`, `$24.990` (CLP),
 * `Rs 23,450`, `١٢٫٥٠ ر.س`. An ambiguous symbol (`$`, `kr`, `¥`, `Rs`) is
 * resolved with the caller's hint (an ISO code from the page's data or
 * locale); without one, only symbols with a dominant reading resolve.
 */

/** ISO codes we accept when written out in price text. */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'PKR', 'LKR', 'NPR', 'BDT', 'CAD', 'AUD', 'NZD', 'HKD',
  'SGD', 'TWD', 'MOP', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'PYG', 'BOB', 'VES', 'CRC', 'GTQ', 'DOP',
  'CHF', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'RSD', 'BAM', 'MKD', 'ALL', 'UAH', 'BYN',
  'RUB', 'MDL', 'GEL', 'AMD', 'AZN', 'KZT', 'UZS', 'TRY', 'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD',
  'LBP', 'EGP', 'MAD', 'DZD', 'TND', 'NGN', 'GHS', 'KES', 'ZAR', 'ETB', 'TZS', 'UGX', 'MYR', 'THB', 'VND', 'PHP',
  'IDR', 'KHR', 'MMK', 'IRR', 'HRK',
]);

interface SymbolRule {
  re: RegExp;
  /** Currencies written with this symbol; the first is the reading without a hint, unless `ambiguous`. */
  codes: readonly string[];
  /** No dominant reading: without a matching hint the currency stays unknown. */
  ambiguous?: boolean;
}

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'CLP', 'COP', 'ARS', 'UYU', 'SGD', 'HKD', 'TWD', 'DOP', 'BND', 'FJD', 'JMD', 'TTD'];

/** Ordered: multi-character symbols before the bare ones they contain. */
const SYMBOLS: readonly SymbolRule[] = [
  { re: /US\s?\$|U\$S/i, codes: ['USD'] }, { re: /C\$|CA\$|CAD\$/, codes: ['CAD'] }, { re: /A\$|AU\$/, codes: ['AUD'] },
  { re: /NZ\$/, codes: ['NZD'] }, { re: /HK\$/, codes: ['HKD'] }, { re: /S\$|SG\$/, codes: ['SGD'] }, { re: /NT\$/, codes: ['TWD'] },
  { re: /MX\$/, codes: ['MXN'] }, { re: /R\$/, codes: ['BRL'] }, { re: /RD\$/, codes: ['DOP'] }, { re: /E£/, codes: ['EGP'] },
  { re: /€/, codes: ['EUR'] }, { re: /£/, codes: ['GBP'] }, { re: /₩|원/, codes: ['KRW'] }, { re: /₹/, codes: ['INR'] },
  { re: /₨|Rs\.?(?=\s?\d)|Rs\.?$|\bRs\b/, codes: ['INR', 'PKR', 'LKR', 'NPR', 'MUR'] },
  { re: /Rp\.?(?=\s?\d)|\bRp\b/, codes: ['IDR'] }, { re: /₽|руб|р\.(?=\s|$)/i, codes: ['RUB', 'BYN'] }, { re: /\bBr\b/, codes: ['BYN'] },
  { re: /zł|\bzl\b/i, codes: ['PLN'] }, { re: /Kč/, codes: ['CZK'] }, { re: /₺|\bTL\b/, codes: ['TRY'] },
  { re: /\bFr\.|\bSFr\b/, codes: ['CHF'] }, { re: /\bkr\.?(?![a-z])|\bKr\.?(?![a-z])/, codes: ['SEK', 'NOK', 'DKK', 'ISK'], ambiguous: true },
  { re: /\bFt\b/, codes: ['HUF'] }, { re: /\blei\b/i, codes: ['RON'] }, { re: /лв/, codes: ['BGN'] }, { re: /₴|грн/, codes: ['UAH'] },
  { re: /₪/, codes: ['ILS'] }, { re: /₱/, codes: ['PHP'] }, { re: /฿/, codes: ['THB'] }, { re: /₫|\d\s?đ\b/, codes: ['VND'] },
  { re: /\bRM(?=\s?\d)/, codes: ['MYR'] }, { re: /₦/, codes: ['NGN'] }, { re: /KSh/, codes: ['KES'] }, { re: /₸/, codes: ['KZT'] },
  { re: /₾/, codes: ['GEL'] }, { re: /\bdin\b|дин/i, codes: ['RSD'] }, { re: /\bkn\b/, codes: ['HRK'] }, { re: /S\/\.?/, codes: ['PEN'] },
  { re: /د\.إ|درهم/, codes: ['AED'] }, { re: /ر\.س|ريال/, codes: ['SAR', 'QAR', 'OMR'] }, { re: /ر\.ق/, codes: ['QAR'] },
  { re: /د\.ك/, codes: ['KWD'] }, { re: /ج\.م|جنيه/, codes: ['EGP'] }, { re: /د\.م\./, codes: ['MAD'] },
  { re: /円/, codes: ['JPY'] }, { re: /元|块/, codes: ['CNY', 'TWD', 'HKD'] }, { re: /[¥￥]/, codes: ['JPY', 'CNY'], ambiguous: true },
  { re: /\bR(?=\s?\d)/, codes: ['ZAR'] }, { re: /[$＄]/, codes: DOLLARS },
];

/** Currencies displayed without minor units: `24.990` is twenty-four thousand. */
/**
 * Any currency symbol (case-insensitive: a superset of the rules above), so a
 * text without one fails one test instead of fifty; most texts tested are
 * plain numbers and labels.
 */
const ANY_SYMBOL = new RegExp(SYMBOLS.map((rule) => rule.re.source).join('|'), 'i');

const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'CLP', 'VND', 'IDR', 'ISK', 'PYG', 'UGX', 'COP', 'HUF', 'IRR', 'KHR']);
/** Currencies with three decimals: `12.500` is twelve and a half. */
const THREE_DECIMAL = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/** True for ISO codes whose prices are shown without minor units. */
export function isZeroDecimal(currency: string | undefined): boolean {
  return currency !== undefined && ZERO_DECIMAL.has(currency);
}

const isIso = (v: string | undefined): v is string => v !== undefined && /^[A-Z]{3}$/.test(v);

/** Three capitals standing alone: a candidate ISO code (global: `currencyFromText` steps through the matches). */
const ISO_LIKE = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g;

/**
 * The currency written in a price text. `hint` is an ISO code the page
 * already implies (its structured data, locale or domain); it decides
 * between the readings of an ambiguous symbol.
 */
export function currencyFromText(raw: string, hint?: string): string | undefined {
  const text = raw.slice(0, 200);
  // One shared pattern stepped with `exec`: `matchAll` copied the pattern and built an iterator on each of
  // the thousands of calls of a read, most of them on short texts without a single code.
  ISO_LIKE.lastIndex = 0;
  for (let m = ISO_LIKE.exec(text); m; m = ISO_LIKE.exec(text)) {
    const code = m[1] === 'RMB' ? 'CNY' : m[1];
    if (code && ISO_CODES.has(code)) return code;
  }
  if (!ANY_SYMBOL.test(text)) return undefined;
  for (const rule of SYMBOLS) {
    if (!rule.re.test(text)) continue;
    if (isIso(hint) && rule.codes.includes(hint)) return hint;
    return rule.ambiguous ? undefined : rule.codes[0];
  }
  return undefined;
}

/** Arabic-Indic, Persian, Devanagari and full-width digits and separators → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19\u066b\u066c\uff0c\uff0e]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    if (code >= 0x0966 && code <= 0x096f) return String(code - 0x0966);
    if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
    if (c === '\u066b' || c === '\uff0e') return '.';
    return ',';
  });
}

/**
 * Normalises a numeric string with unknown grouping to `1234.56`.
 * Both separator kinds: the last is decimal (`1.299,00`). One kind, repeated:
 * grouping (`1.299.000`). One separator before exactly three digits:
 * grouping (`1,299`, `24.990`), except in three-decimal currencies; before
 * any other count: decimal (`12,99`).
 */
export function normaliseAmount(rawNumber: string, currency?: string): string | undefined {
  const s = asciiDigits(rawNumber).replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(s) || s.length > 24) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const lastSep = Math.max(lastDot, lastComma);
  let intPart = s;
  let frac = '';
  if (lastSep >= 0) {
    const tail = s.slice(lastSep + 1);
    const sep = s.charAt(lastSep);
    const bothKinds = lastDot >= 0 && lastComma >= 0;
    const count = s.split(sep).length - 1;
    const head = s.slice(0, lastSep);
    let isDecimal: boolean;
    if (bothKinds) isDecimal = true;
    else if (count > 1) isDecimal = false;
    else if (tail.length === 3) isDecimal = (currency !== undefined && THREE_DECIMAL.has(currency)) || /^0+$/.test(head);
    else isDecimal = tail.length > 0;
    if (isDecimal) {
      intPart = head;
      frac = tail;
    }
  }
  // Grouping must be regular (1–3 digits, then groups of three, or Indian 2-digit groups before the
  // last three): "8.998.99" or "20.99 20.99" glued by textContent is not a number.
  if (/[.,]/.test(intPart) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(intPart) && !/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(intPart)) return undefined;
  intPart = intPart.replace(/[.,]/g, '');
  if (!/^\d{1,12}$/.test(intPart) || frac.length > 6) return undefined;
  const intNorm = intPart.replace(/^0+(?=\d)/, '');
  const fracNorm = frac.replace(/0+$/, '');
  return fracNorm ? `${intNorm}.${fracNorm}` : intNorm;
}

/**
 * The first amount in a text: grouped numbers (`1.299,00`, `12 345`,
 * `1,23,456.00`) or plain ones (`12.99`). Grouping by a space needs exactly
 * three digits after it, so `2 x 12.99` is not read as `212.99`.
 */
const NUMBER_RE = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:[ \u00a0\u202f'’.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/;

/** Parses a displayed price such as `1.299,00 €` or `US $12.99`. */
export function parseMoney(raw: string | undefined | null, currencyHint?: string): Money | undefined {
  if (!raw) return undefined;
  const textValue = asciiDigits(raw.slice(0, 200));
  const m = NUMBER_RE.exec(textValue);
  if (!m) return undefined;
  // A separator and more digits right after the match: two prices glued together ("$20.9920.99").
  if (/^[.,]\d/.test(textValue.slice(m.index + m[0].length))) return undefined;
  const currency = currencyFromText(textValue, currencyHint) ?? (isIso(currencyHint) ? currencyHint : undefined);
  const amount = normaliseAmount(m[0].trim(), currency);
  if (!amount) return undefined;
  return currency ? { amount, currency } : { amount };
}

/**
 * Formats a machine-written amount (structured data: a number, or a string
 * like `"119.01"`) as a decimal string. A dot is a decimal point there,
 * except `24.990` in a zero-decimal currency, which shops write meaning
 * twenty-four thousand. Localised strings (`"1.299,00"`) are normalised.
 */
export function decimalFromNumber(n: unknown, currency?: string): string | undefined {
  if (typeof n === 'number') {
    if (!Number.isFinite(n) || n < 0 || n >= 1e12) return undefined;
    return String(Math.round(n * 1e6) / 1e6);
  }
  if (typeof n !== 'string') return undefined;
  const s = asciiDigits(n).trim();
  const plain = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(s);
  if (plain) {
    const [, intPart = '', frac = ''] = plain;
    if (frac.length === 3 && isZeroDecimal(currency)) return canonical(intPart + frac, '');
    return canonical(intPart, frac);
  }
  if (/^[\d.,\s\u00a0']+$/.test(s)) return normaliseAmount(s, currency);
  return undefined;
}

function canonical(intPart: string, frac: string): string {
  const i = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}
