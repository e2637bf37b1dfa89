import type { Marketplace } from '../facts/page-facts';

/**
 * Hostnames of the marketplaces the extension reads without any extra
 * permission. This list is the single source for the manifest's
 * `host_permissions`, the static content script's `matches`, and the
 * adapter registry, so the three can never drift apart.
 */

/** Amazon country sites (issue 3 lists every one we support). */
export const AMAZON_TLDS = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl',
  'com.be', 'com.tr', 'ae', 'sa', 'eg', 'in', 'co.jp', 'sg', 'com.au',
] as const;

/** eBay country sites. */
export const EBAY_TLDS = [
  'com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'be', 'at', 'ch', 'ie', 'pl',
  'com.au', 'com.hk', 'com.my', 'com.sg', 'ph', 'in',
] as const;

/** Registrable domains of every supported marketplace (subdomains included). */
export const MARKETPLACE_DOMAINS: readonly string[] = [
  'aliexpress.com', 'aliexpress.us', 'aliexpress.ru',
  ...AMAZON_TLDS.map((tld) => `amazon.${tld}`),
  ...EBAY_TLDS.map((tld) => `ebay.${tld}`),
  'temu.com', 'shein.com', 'etsy.com', 'walmart.com', 'walmart.ca',
  'shopee.sg', 'shopee.com.my', 'shopee.co.th', 'shopee.ph', 'shopee.vn', 'shopee.co.id', 'shopee.tw', 'shopee.com.br',
  'lazada.sg', 'lazada.com.my', 'lazada.co.th', 'lazada.com.ph', 'lazada.vn', 'lazada.co.id',
  'mercadolibre.com.mx', 'mercadolibre.com.ar', 'mercadolibre.com.co', 'mercadolibre.cl', 'mercadolivre.com.br',
  'rakuten.co.jp', 'rakuten.com',
  'taobao.com', 'tmall.com', 'tmall.hk', 'jd.com', 'jd.hk',
  'alibaba.com', 'wish.com',
];

/** Match patterns (`*://*.domain/*` and `*://domain/*`) for the manifest. */
export function marketplaceMatchPatterns(): string[] {
  return MARKETPLACE_DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** The marketplace a registrable domain belongs to, or 'shop' for any other site. */
export function marketplaceOfDomain(domain: string): Marketplace {
  const d = domain.toLowerCase();
  const rules: ReadonlyArray<[RegExp, Marketplace]> = [
    [/^aliexpress\./, 'aliexpress'], [/^amazon\./, 'amazon'], [/^ebay\./, 'ebay'], [/^temu\./, 'temu'],
    [/^shein\./, 'shein'], [/^etsy\./, 'etsy'], [/^walmart\./, 'walmart'], [/^shopee\./, 'shopee'],
    [/^lazada\./, 'lazada'], [/^mercadoli(b|v)re\./, 'mercadolibre'], [/^rakuten\./, 'rakuten'],
    [/^taobao\./, 'taobao'], [/^tmall\./, 'tmall'], [/^jd\./, 'jd'], [/^alibaba\./, 'alibaba'], [/^wish\./, 'wish'],
  ];
  if (!MARKETPLACE_DOMAINS.includes(d)) return 'shop';
  return rules.find(([re]) => re.test(d))?.[1] ?? 'shop';
}
