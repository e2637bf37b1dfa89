/**
 * Country → currency, used to resolve ambiguous symbols (`$`, `kr`, `¥`,
 * `Rs`) from the page's locale or domain. Covers the countries where
 * cross-border shoppers and shops are common; an unknown country gives no
 * hint rather than a guess.
 */

const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN', UY: 'UYU',
  PY: 'PYG', BO: 'BOB', EC: 'USD', VE: 'VES', CR: 'CRC', GT: 'GTQ', DO: 'DOP', PA: 'USD', SV: 'USD',
  GB: 'GBP', UK: 'GBP', IE: 'EUR', DE: 'EUR', AT: 'EUR', FR: 'EUR', BE: 'EUR', NL: 'EUR', LU: 'EUR',
  IT: 'EUR', ES: 'EUR', PT: 'EUR', FI: 'EUR', GR: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR',
  LT: 'EUR', MT: 'EUR', CY: 'EUR', HR: 'EUR', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK',
  IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', BA: 'BAM', MK: 'MKD',
  AL: 'ALL', UA: 'UAH', BY: 'BYN', RU: 'RUB', MD: 'MDL', GE: 'GEL', AM: 'AMD', AZ: 'AZN', KZ: 'KZT',
  UZ: 'UZS', TR: 'TRY', IL: 'ILS', AE: 'AED', SA: 'SAR', QA: 'QAR', KW: 'KWD', BH: 'BHD', OM: 'OMR',
  JO: 'JOD', LB: 'LBP', EG: 'EGP', MA: 'MAD', DZ: 'DZD', TN: 'TND', NG: 'NGN', GH: 'GHS', KE: 'KES',
  ZA: 'ZAR', ET: 'ETB', TZ: 'TZS', UG: 'UGX', IN: 'INR', PK: 'PKR', BD: 'BDT', LK: 'LKR', NP: 'NPR',
  CN: 'CNY', HK: 'HKD', MO: 'MOP', TW: 'TWD', JP: 'JPY', KR: 'KRW', SG: 'SGD', MY: 'MYR', TH: 'THB',
  VN: 'VND', PH: 'PHP', ID: 'IDR', KH: 'KHR', MM: 'MMK', AU: 'AUD', NZ: 'NZD', IR: 'IRR',
};

/** The currency of an ISO 3166-1 alpha-2 country (`UK` accepted for GB), if known. */
export function currencyOfCountry(country: string | undefined): string | undefined {
  return country ? COUNTRY_CURRENCY[country.toUpperCase()] : undefined;
}

/** Country of a language tag's region part: `es-CL` → CL, `pt_BR` → BR, `de` → undefined. */
export function countryOfLocale(tag: string | undefined | null): string | undefined {
  const m = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(tag?.trim() ?? '');
  return m?.[1]?.toUpperCase();
}

/**
 * Language whose speakers overwhelmingly use one currency, for pages that
 * declare only a language. Languages spoken across currency areas (en, es,
 * pt, fr, de, ar, zh) are deliberately absent.
 */
const LANGUAGE_CURRENCY: Readonly<Record<string, string>> = {
  ja: 'JPY', ko: 'KRW', pl: 'PLN', cs: 'CZK', hu: 'HUF', ro: 'RON', bg: 'BGN', uk: 'UAH', tr: 'TRY',
  he: 'ILS', th: 'THB', vi: 'VND', id: 'IDR', ms: 'MYR', da: 'DKK', sv: 'SEK', nb: 'NOK', nn: 'NOK',
  no: 'NOK', is: 'ISK', sk: 'EUR', sl: 'EUR', et: 'EUR', lv: 'EUR', lt: 'EUR', fi: 'EUR', el: 'EUR',
  nl: 'EUR', it: 'EUR', hr: 'EUR', ka: 'GEL', hy: 'AMD', kk: 'KZT', fa: 'IRR',
};

/** The currency a bare language tag implies (`ja` → JPY), if unambiguous. */
export function currencyOfLanguage(tag: string | undefined | null): string | undefined {
  const lang = /^([a-z]{2,3})\b/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return lang ? LANGUAGE_CURRENCY[lang] : undefined;
}

/**
 * Country of a hostname's top-level domain (`shop.example.cl` → CL,
 * `example.co.uk` → GB). Generic TLDs (.com, .net, .shop) give nothing.
 */
export function countryOfHost(hostname: string): string | undefined {
  const tld = /\.([a-z]{2})\.?$/i.exec(hostname)?.[1]?.toUpperCase();
  if (!tld) return undefined;
  if (tld === 'UK') return 'GB';
  // Country-code TLDs widely used as generic names say nothing about the shop's country.
  if (['IO', 'CO', 'ME', 'TV', 'AI', 'AG', 'LY', 'GG', 'FM', 'AM', 'TO', 'WS', 'CC', 'NU', 'SH', 'SO', 'ST', 'GL'].includes(tld)) {
    // `.co` alone is generic, but `.com.co` is Colombia.
    return /\.com\.co\.?$/i.test(hostname) && tld === 'CO' ? 'CO' : undefined;
  }
  return tld;
}
