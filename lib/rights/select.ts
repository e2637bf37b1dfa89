import type { Marketplace } from '@/lib/facts/page-facts';
import type { Channel, Confidence, RightEntry } from './schema';
import { hasWindow } from './schema';
import { CARD_BRANDS, ECC_NET_COUNTRIES, countryInJurisdiction, resolveJurisdiction, type Jurisdiction, type RightsPaymentMethod } from './codes';
import { allRights } from './knowledge-base';

/** What is known about the purchase; every field may be unknown. */
export interface SelectInput {
  /** The shopper's jurisdiction setting (`CN`, `EU`, `DE`, …). */
  jurisdiction?: string;
  marketplace?: Marketplace;
  /** ISO country of the seller (store location, else ship-from). */
  sellerCountry?: string;
  paymentMethod?: RightsPaymentMethod;
  /** Country of the marketplace site (shopee.com.my → MY), for per-country platform rules. */
  siteRegion?: string;
  /** The platform itself sells the item (no third-party seller). */
  soldByPlatform?: boolean;
}

/**
 * Why an entry was chosen, or why it only may apply. Codes, not text: the
 * interface words them in the shopper's language.
 */
export type MatchReason =
  | 'jurisdiction' | 'marketplace' | 'payment'
  | 'payment-unknown' | 'seller-foreign' | 'seller-unknown' | 'region-unknown'
  | 'subnational' | 'seller-type-unknown';

export interface SelectedRight {
  entry: RightEntry;
  /** `applies`: everything known fits. `may-apply`: it depends on something unknown or hard to enforce. */
  relevance: 'applies' | 'may-apply';
  reasons: MatchReason[];
}

const MAY_APPLY: ReadonlySet<MatchReason> = new Set(['payment-unknown', 'seller-foreign', 'seller-unknown', 'region-unknown', 'subnational', 'seller-type-unknown']);

/** Does the shopper's payment method reach a payment programme? A card brand also counts as `card`. */
function paymentReaches(method: RightsPaymentMethod, targets: readonly RightsPaymentMethod[]): boolean {
  if (targets.includes(method)) return true;
  const isBrand = (CARD_BRANDS as readonly string[]).includes(method);
  return isBrand && targets.includes('card');
}

const PROGRAMME_METHODS: Record<string, readonly RightsPaymentMethod[]> = {
  paypal: ['paypal'],
  alipay: ['alipay'],
  visa: ['card', 'visa'],
  mastercard: ['card', 'mastercard'],
  unionpay: ['card', 'unionpay'],
};

/** Payment match: the entry's methods against the shopper's; undefined means "excluded". */
function matchPayment(methods: readonly RightsPaymentMethod[], paid: RightsPaymentMethod | undefined, ownBrand?: string): MatchReason | undefined {
  if (paid === undefined) return 'payment-unknown';
  // A known brand excludes the other schemes' entries.
  if (ownBrand && (CARD_BRANDS as readonly string[]).includes(paid)) return paid === ownBrand ? 'payment' : undefined;
  return paymentReaches(paid, methods) ? 'payment' : undefined;
}

function matchStatutory(e: RightEntry, j: Jurisdiction, input: SelectInput): MatchReason[] | undefined {
  if (e.jurisdiction !== j) return undefined;
  const reasons: MatchReason[] = ['jurisdiction'];
  const seller = input.sellerCountry;
  const where = e.appliesWhen.sellerLocation ?? 'any';
  if (seller === undefined) {
    // Unknown seller: a foreign-only or domestic-only rule may or may not apply.
    if (where !== 'any') reasons.push('seller-unknown');
  } else {
    const domestic = countryInJurisdiction(seller, j);
    if (where === 'foreign' && domestic) return undefined;
    if (where === 'domestic' && !domestic) return undefined;
    // Home law against a foreign seller may be hard to enforce (rights-facts, "How to read").
    if (where === 'any' && !domestic) reasons.push('seller-foreign');
  }
  if (e.appliesWhen.paymentMethods) {
    const pay = matchPayment(e.appliesWhen.paymentMethods, input.paymentMethod);
    if (!pay) return undefined;
    reasons.push(pay);
  }
  if (e.appliesWhen.subnational) reasons.push('subnational');
  return reasons;
}

function matchPlatform(e: RightEntry, input: SelectInput): MatchReason[] | undefined {
  if (!input.marketplace || e.platform !== input.marketplace) return undefined;
  const reasons: MatchReason[] = ['marketplace'];
  const regions = e.appliesWhen.siteRegions;
  if (regions) {
    if (input.siteRegion === undefined) reasons.push('region-unknown');
    else if (!regions.includes(input.siteRegion.toUpperCase())) return undefined;
  }
  if (e.appliesWhen.thirdPartySellerOnly) {
    if (input.soldByPlatform === true) return undefined;
    if (input.soldByPlatform === undefined) reasons.push('seller-type-unknown');
  }
  return reasons;
}

function matchPaymentProgramme(e: RightEntry, input: SelectInput): MatchReason[] | undefined {
  const methods = e.platform ? PROGRAMME_METHODS[e.platform] : undefined;
  if (!methods) return undefined;
  const brand = (CARD_BRANDS as readonly string[]).includes(e.platform ?? '') ? e.platform : undefined;
  const pay = matchPayment(methods, input.paymentMethod, brand);
  return pay ? [pay] : undefined;
}

const KIND_RANK = { platform: 0, statutory: 1, payment: 2 } as const;
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2, unverified: 3 };

/**
 * The rights that apply to a purchase, most useful first:
 * 1. what certainly applies before what may apply;
 * 2. entries with a period to act within before purely informative ones;
 * 3. the platform's own programme (fastest to use), then the law, then the
 *    payment route (chargebacks and PayPal void platform guarantees, so last);
 * 4. better-sourced before weaker; then by id, so the order is stable.
 */
export function selectRights(input: SelectInput, entries: readonly RightEntry[] = allRights()): SelectedRight[] {
  const j = resolveJurisdiction(input.jurisdiction)?.jurisdiction;
  const picked: SelectedRight[] = [];
  for (const entry of entries) {
    let reasons: MatchReason[] | undefined;
    if (entry.kind === 'statutory') reasons = j ? matchStatutory(entry, j, input) : undefined;
    else if (entry.kind === 'platform') reasons = matchPlatform(entry, input);
    else reasons = matchPaymentProgramme(entry, input);
    if (!reasons) continue;
    picked.push({ entry, reasons, relevance: reasons.some((r) => MAY_APPLY.has(r)) ? 'may-apply' : 'applies' });
  }
  const windowRank = (e: RightEntry) => (hasWindow(e) || e.otherWindows.some(hasWindow) ? 0 : 1);
  return picked.sort((a, b) =>
    (a.relevance === b.relevance ? 0 : a.relevance === 'applies' ? -1 : 1)
    || windowRank(a.entry) - windowRank(b.entry)
    || KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind]
    || CONFIDENCE_RANK[a.entry.confidence] - CONFIDENCE_RANK[b.entry.confidence]
    || a.entry.id.localeCompare(b.entry.id));
}

/**
 * Where to complain, from the selected entries, without duplicates. ECC-Net
 * is dropped when the seller is known to be outside the EU, Iceland and
 * Norway, or in the shopper's own member state: it cannot help there.
 */
export function complaintChannels(selected: readonly SelectedRight[], input: SelectInput): Channel[] {
  const member = resolveJurisdiction(input.jurisdiction)?.memberState;
  const seller = input.sellerCountry?.toUpperCase();
  const seen = new Map<string, Channel>();
  for (const { entry } of selected) {
    for (const c of entry.complaints) {
      if (seen.has(c.id)) continue;
      if (c.traderScope === 'eu-other-member' && seller !== undefined && (!ECC_NET_COUNTRIES.includes(seller) || seller === member)) continue;
      seen.set(c.id, c);
    }
  }
  return [...seen.values()];
}

/** The country of a marketplace site from its hostname (`shopee.com.my` → `MY`), when the TLD says it. */
export function siteRegionOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const tld = host.toLowerCase().split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
