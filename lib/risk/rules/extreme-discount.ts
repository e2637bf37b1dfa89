import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { claimedDiscountPercent } from '../facts-util';

/** From here a discount is "too good to be true" material (research signal 29: 80–90 %+ off). */
export const EXTREME_DISCOUNT_PERCENT = 80;
/** Brand goods at this discount on an independent shop: signal 28, "brand goods at 90 % off". */
export const GIVEAWAY_DISCOUNT_PERCENT = 90;

/**
 * A claimed discount of 80 % or more. On marketplaces such "was" prices are
 * everyday decoration (the EU acted on exactly that), so it stays a
 * caution there; a branded product at 90 % off on an independent shop is
 * the classic fake-shop bait and is a warning.
 */
export const extremeDiscount: Rule = {
  id: 'extreme-discount',
  category: 'product',
  severity: 'caution',
  source: SOURCES.ftcTooGood,
  evaluate(facts: PageFacts) {
    if (facts.pageKind !== 'product') return [];
    const pct = claimedDiscountPercent(facts);
    if (pct === undefined || pct < EXTREME_DISCOUNT_PERCENT || pct > 100) return [];
    const brand = facts.product.brand?.trim();
    const bait = facts.marketplace === 'shop' && pct >= GIVEAWAY_DISCOUNT_PERCENT && Boolean(brand);
    return [finding(this, [pct], { discountPercent: pct, ...(brand ? { brand } : {}) }, bait ? 'warning' : 'caution')];
  },
};
