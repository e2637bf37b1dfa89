import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { DAY_MS } from '@/lib/reputation/retention-limits';
import { median } from '@/lib/reputation/signals';
import { listingKeyOf } from '@/lib/reputation/observe';
import { amountOf } from '../facts-util';

/** The new listing costs at least this many times the seller's usual price. */
export const PIVOT_PRICE_FACTOR = 10;
/** Earlier listings needed before "usual" means anything. */
export const PIVOT_MIN_LISTINGS = 3;
/** The cheap history must be this old before the jump counts as a change of course. */
export const PIVOT_MIN_HISTORY_DAYS = 14;

const GENERIC_CRUMBS = new Set(['home', 'all', 'all categories', 'startseite', 'accueil', 'inicio', '首页', 'shop', 'products']);

/** The top category of a breadcrumb ("Home > Electronics > Phones" → "electronics"). */
export function topCategory(category: string | undefined): string | undefined {
  if (!category) return undefined;
  return category.split(/\s*[>›»/|]\s*/).map((c) => c.trim().toLowerCase()).find((c) => c && !GENERIC_CRUMBS.has(c));
}

/**
 * A seller the user knew for cheap goods now offers something ten times
 * dearer in a category it never sold before: the "rating boost then pivot"
 * pattern (research signal 44) — a reputation built on trinkets is spent on
 * one round of expensive electronics that never ship. The pivot is a
 * warning when the cheap history is at least two weeks old and the new
 * category is known to be new; otherwise (categories unknown) a caution.
 */
export const categoryPivot: Rule = {
  id: 'category-pivot',
  category: 'reputation',
  severity: 'warning',
  source: SOURCES.listingSwap,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const history = ctx.history?.seller;
    const price = amountOf(facts.product.price);
    const currency = facts.product.price?.currency;
    if (!history || price === undefined || price <= 0 || facts.pageKind !== 'product') return [];
    const current = listingKeyOf(facts, ctx.domain);
    const latest = new Map<string, { price: number; category?: string }>();
    for (const s of history.sightings) {
      if (!s.listingKey || s.listingKey === current || s.price === undefined || s.currency !== currency) continue;
      latest.set(s.listingKey, { price: s.price, ...(s.category ? { category: s.category } : {}) });
    }
    if (latest.size < PIVOT_MIN_LISTINGS) return [];
    const prices = [...latest.values()].map((l) => l.price);
    const usual = median(prices)!;
    // Already selling in this price band: a dear item among cheap ones, not a pivot.
    if (price < usual * PIVOT_PRICE_FACTOR || prices.some((p) => p * 3 >= price)) return [];
    const now = topCategory(facts.product.category);
    const before = new Set([...latest.values()].map((l) => topCategory(l.category)).filter((c): c is string => c !== undefined));
    if (now && before.has(now)) return [];
    const knownNew = now !== undefined && before.size > 0;
    const established = history.firstSeen <= ctx.now.getTime() - PIVOT_MIN_HISTORY_DAYS * DAY_MS;
    const unit = currency ? ` ${currency}` : '';
    return [finding(this, [`${facts.product.price!.amount}${unit}`, `${Math.round(usual * 100) / 100}${unit}`], {
      price: `${facts.product.price!.amount}${unit}`,
      usualPrice: `${Math.round(usual * 100) / 100}${unit}`,
      listingsSeen: latest.size,
      ...(now ? { category: now } : {}),
    }, knownNew && established ? 'warning' : 'caution')];
  },
};
