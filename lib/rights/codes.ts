import { PAYMENT_METHODS } from '@/lib/facts/page-facts';

/**
 * Codes shared by the rights data, the selector and the settings picker.
 * Kept apart from the schema so lightweight callers (the popup's picker)
 * need not pull zod schemas in.
 */

/** Buyer jurisdictions with rights data. `EU` stands for the whole Union. */
export const JURISDICTIONS = ['CN', 'EU', 'GB', 'US', 'CA', 'AU', 'JP', 'KR', 'SG', 'HK', 'RU', 'BR'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** ISO 3166-1 alpha-2 codes of the 27 EU member states; a shopper there uses the `EU` data. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** ECC-Net covers traders in the EU, Iceland and Norway (rights-facts §3). */
export const ECC_NET_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES, 'IS', 'NO'];

/** Platform programmes: ids equal the marketplace ids of `PageFacts`. */
export const MARKETPLACE_PROGRAMMES = [
  'aliexpress', 'amazon', 'ebay', 'temu', 'shein', 'etsy', 'shopee', 'lazada', 'walmart', 'wish', 'tmall', 'jd',
] as const;

/** Payment programmes: a wallet or a card scheme. */
export const PAYMENT_PROGRAMMES = ['paypal', 'visa', 'mastercard', 'unionpay', 'alipay'] as const;
export type Programme = (typeof MARKETPLACE_PROGRAMMES)[number] | (typeof PAYMENT_PROGRAMMES)[number];

/** Card brands a case can name; the page itself only ever shows "card". */
export const CARD_BRANDS = ['visa', 'mastercard', 'unionpay'] as const;

/** How the shopper paid: a PageFacts method, or a card brand when known. */
export const RIGHTS_PAYMENT_METHODS = [...PAYMENT_METHODS, ...CARD_BRANDS] as const;
export type RightsPaymentMethod = (typeof RIGHTS_PAYMENT_METHODS)[number];

export interface ResolvedJurisdiction {
  jurisdiction: Jurisdiction;
  /** The member state when the shopper gave one (e.g. `DE` for Germany). */
  memberState?: string;
}

/** Maps a setting (`CN`, `eu`, `DE`…) to a jurisdiction with data, or undefined. */
export function resolveJurisdiction(code: string | undefined): ResolvedJurisdiction | undefined {
  if (!code) return undefined;
  const c = code.trim().toUpperCase();
  if ((JURISDICTIONS as readonly string[]).includes(c)) return { jurisdiction: c as Jurisdiction };
  if ((EU_MEMBER_STATES as readonly string[]).includes(c)) return { jurisdiction: 'EU', memberState: c };
  // The UK's ISO code is GB; people often type UK.
  if (c === 'UK') return { jurisdiction: 'GB' };
  return undefined;
}

/** Whether a seller's country lies inside a jurisdiction (EU: every member state). */
export function countryInJurisdiction(country: string, j: Jurisdiction): boolean {
  const c = country.toUpperCase();
  if (j === 'EU') return (EU_MEMBER_STATES as readonly string[]).includes(c);
  return c === j;
}
