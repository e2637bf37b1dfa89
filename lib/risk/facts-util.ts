import type { PageFacts } from '@/lib/facts/page-facts';

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
