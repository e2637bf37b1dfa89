import type { Rule } from '../rule';
import { finding } from '../rule';

const DAY_MS = 86_400_000;

/** Store age in days from the opening date, or from the stated years. */
export function storeAgeDays(openedAt: string | undefined, years: number | undefined, now: Date): number | undefined {
  if (openedAt) {
    const t = Date.parse(`${openedAt}T00:00:00Z`);
    if (Number.isFinite(t)) return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
  }
  if (years !== undefined) return Math.floor(years * 365);
  return undefined;
}

/**
 * A store younger than one year (research signal 43): hit-and-run sellers
 * are young. Under three months is a warning, under a year a caution.
 */
export const youngStore: Rule = {
  id: 'young-store',
  category: 'reputation',
  severity: 'warning',
  source: {
    kind: 'guidance',
    title: 'AliExpress seller verification guide: store under one year old',
    url: 'https://alibestfinds.com/aliexpress-seller-verification-guide',
  },
  evaluate(facts, ctx) {
    if (facts.seller.soldByPlatform) return [];
    const days = storeAgeDays(facts.seller.openedAt, facts.seller.years, ctx.now);
    if (days === undefined || days >= 365) return [];
    const months = Math.floor(days / 30);
    return [finding(this, [months], { storeAgeMonths: months, ...(facts.seller.openedAt ? { openedAt: facts.seller.openedAt } : {}) }, days < 90 ? 'warning' : 'caution')];
  },
};
