import type { PageFacts } from '@/lib/facts/page-facts';
import type { Severity } from '@/lib/facts/verdict';
import { CC_TLD_COUNTRY, IMPRINT_COUNTRIES } from './data/domain-signals';

/**
 * Small readings of PageFacts shared by several rules. Unknown stays
 * undefined: a rule that cannot tell must not fire.
 */

/** A decimal string as a number. */
export function amountOf(m: { amount: string } | undefined): number | undefined {
  if (!m) return undefined;
  const n = Number(m.amount);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The discount the page claims, in whole percent: the stated percentage, or
 * the gap between the "was" price and the price when both are in the same
 * currency.
 */
export function claimedDiscountPercent(facts: PageFacts): number | undefined {
  if (facts.claims.discountPercent !== undefined) return Math.round(facts.claims.discountPercent);
  const price = amountOf(facts.product.price);
  const was = amountOf(facts.product.listPrice);
  if (price === undefined || was === undefined || was <= 0 || price >= was) return undefined;
  if (facts.product.listPrice?.currency !== facts.product.price?.currency) return undefined;
  return Math.round((1 - price / was) * 100);
}

/** An independent shop (not a marketplace), on a page that shows a product or a checkout. */
export function isShopPage(facts: PageFacts): boolean {
  return facts.marketplace === 'shop' && (facts.pageKind === 'product' || facts.pageKind === 'checkout' || facts.pageKind === 'store');
}

/** Top-level domain of a registrable domain ("shop.co.uk" → "uk"). */
export function tldOf(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
}

/** The country an independent shop presents itself in: its stated location, or its country domain. */
export function claimedCountryOf(facts: PageFacts, domain: string): string | undefined {
  return facts.seller.location ?? CC_TLD_COUNTRY[tldOf(domain)];
}

/**
 * The legal and service pages an independent shop is explicitly missing
 * (the adapter looked and found no link): returns, privacy, contact, and
 * the imprint where the law requires one. Unknown is not missing.
 */
export function missingShopPages(facts: PageFacts, domain: string): string[] {
  const s = facts.shop;
  const out: string[] = [];
  if (s.hasReturnsPage === false && facts.returns.windowDays === undefined && !facts.returns.text) out.push('returns');
  if (s.hasPrivacyPage === false) out.push('privacy');
  if (s.hasContactPage === false && s.hasImprint !== true && (facts.seller.contactEmails?.length ?? 0) === 0) out.push('contact');
  const country = claimedCountryOf(facts, domain);
  if (s.hasImprint === false && country && IMPRINT_COUNTRIES.has(country)) out.push('imprint');
  return out;
}

/**
 * One missing page is weak evidence (a link the adapter did not recognise,
 * a footer that had not loaded): information. Two or more together are the
 * fake-shop pattern the consumer centres describe: a caution.
 */
export function missingPagesSeverity(facts: PageFacts, domain: string): Severity {
  return missingShopPages(facts, domain).length >= 2 ? 'caution' : 'info';
}
