import type { Marketplace } from '../facts/page-facts';

/**
 * Hostnames of the marketplaces the extension reads without any extra
 * permission. This list is the single source for the manifest's
 * `host_permissions`, the static content script's `matches`, and every
 * marketplace adapter's `matches`, so the three can never drift apart.
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

const MERCADOLIBRE_TLDS = [
  'com.ar', 'com.mx', 'com.co', 'cl', 'com.pe', 'com.uy', 'com.ve', 'com.ec', 'com.bo', 'com.py', 'com.do',
  'co.cr', 'com.pa', 'com.gt', 'com.hn', 'com.ni', 'com.sv',
];

const SHOPEE_TLDS = ['sg', 'com.my', 'co.th', 'ph', 'vn', 'co.id', 'tw', 'com.br', 'cl', 'com.co', 'com.mx'];
const LAZADA_TLDS = ['sg', 'com.my', 'co.th', 'com.ph', 'vn', 'co.id'];

/** Registrable domains of each marketplace (their subdomains included). */
export const MARKETPLACE_HOSTS: Readonly<Record<Exclude<Marketplace, 'shop'>, readonly string[]>> = {
  aliexpress: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  amazon: AMAZON_TLDS.map((tld) => `amazon.${tld}`),
  ebay: EBAY_TLDS.map((tld) => `ebay.${tld}`),
  temu: ['temu.com'],
  shein: ['shein.com', 'shein.co.uk', 'shein.com.mx'],
  etsy: ['etsy.com'],
  walmart: ['walmart.com', 'walmart.ca'],
  shopee: SHOPEE_TLDS.map((tld) => `shopee.${tld}`),
  lazada: LAZADA_TLDS.map((tld) => `lazada.${tld}`),
  mercadolibre: [...MERCADOLIBRE_TLDS.map((tld) => `mercadolibre.${tld}`), 'mercadolivre.com.br'],
  rakuten: ['rakuten.co.jp'],
  taobao: ['taobao.com'],
  tmall: ['tmall.com', 'tmall.hk'],
  jd: ['jd.com', 'jd.hk'],
  alibaba: ['alibaba.com'],
  wish: ['wish.com'],
};

/** Registrable domains of every supported marketplace (subdomains included). */
export const MARKETPLACE_DOMAINS: readonly string[] = Object.values(MARKETPLACE_HOSTS).flat();

const BY_DOMAIN: ReadonlyMap<string, Marketplace> = new Map(
  Object.entries(MARKETPLACE_HOSTS).flatMap(([m, domains]) => domains.map((d) => [d, m as Marketplace] as const)),
);

/** Match patterns (`*://*.domain/*` and `*://domain/*`) for the manifest. */
export function marketplaceMatchPatterns(): string[] {
  return MARKETPLACE_DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** Match patterns of one marketplace's domains, for its own content script. */
export function matchPatternsFor(marketplace: Exclude<Marketplace, 'shop'>): string[] {
  return MARKETPLACE_HOSTS[marketplace].flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** The marketplace a registrable domain belongs to, or 'shop' for any other site. */
export function marketplaceOfDomain(domain: string): Marketplace {
  return BY_DOMAIN.get(domain.toLowerCase()) ?? 'shop';
}

/**
 * The marketplace of any hostname (`es.aliexpress.com`, `item.taobao.com`),
 * found by walking up its labels to a listed domain; 'shop' otherwise.
 */
export function marketplaceOfHost(hostname: string): Marketplace {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const m = BY_DOMAIN.get(labels.slice(i).join('.'));
    if (m) return m;
  }
  return 'shop';
}

/** `matches` for an adapter: the URL's host belongs to that marketplace. */
export function hostMatcher(marketplace: Marketplace): (url: URL) => boolean {
  return (url) => marketplaceOfHost(url.hostname) === marketplace;
}
