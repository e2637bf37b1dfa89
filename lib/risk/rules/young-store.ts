import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

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
 * are young. Under three months is a warning, under a year a caution. The
 * message says "less than N months" because a stated age in whole years
 * ("0 years") only bounds the age: then N is 12 and it stays a caution.
 */
export const youngStore: Rule = {
  id: 'young-store',
  category: 'reputation',
  severity: 'warning',
  source: SOURCES.aliexpressFeedback,
  evaluate(facts, ctx) {
    if (facts.seller.soldByPlatform) return [];
    const exact = Boolean(facts.seller.openedAt && Number.isFinite(Date.parse(`${facts.seller.openedAt}T00:00:00Z`)));
    const days = storeAgeDays(facts.seller.openedAt, facts.seller.years, ctx.now);
    if (days === undefined || days >= 365) return [];
    const underMonths = exact ? Math.min(12, Math.floor(days / 30) + 1) : 12;
    const severity = exact && days < 90 ? 'warning' : 'caution';
    return [finding(this, [underMonths], { storeAgeUnderMonths: underMonths, ...(facts.seller.openedAt ? { openedAt: facts.seller.openedAt } : {}) }, severity)];
  },
};
