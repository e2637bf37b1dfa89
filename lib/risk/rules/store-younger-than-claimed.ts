import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { impliedOpening, isoDay } from '@/lib/reputation/signals';

/**
 * The store now claims an opening date older than it claimed when the user
 * first saw it: a store that said "opened 2024" last spring and says
 * "opened 2017" today is younger than it claims — a renamed, bought or
 * "retired" account (research signal 46), or an invented age. Stated years
 * are rounded ("3 years" is 3 to 4), so a change must exceed the rounding
 * of both readings.
 */
export const storeYoungerThanClaimed: Rule = {
  id: 'store-younger-than-claimed',
  category: 'reputation',
  severity: 'warning',
  source: SOURCES.boughtAccounts,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const history = ctx.history?.seller;
    if (!history) return [];
    const openedAtMs = facts.seller.openedAt ? Date.parse(`${facts.seller.openedAt}T00:00:00Z`) : undefined;
    const current = impliedOpening({ at: ctx.now.getTime(), ...(Number.isFinite(openedAtMs) ? { openedAtMs } : {}), ...(facts.seller.years !== undefined ? { years: facts.seller.years } : {}) });
    if (!current) return [];
    for (const s of history.sightings) {
      const before = impliedOpening(s);
      if (!before) continue;
      if (before.ms - current.ms <= before.slackMs + current.slackMs) return [];
      const claimedNow = isoDay(current.ms);
      const claimedBefore = isoDay(before.ms);
      const seenOn = isoDay(s.at);
      return [finding(this, [claimedNow, claimedBefore, seenOn], { claimedOpening: claimedNow, previouslyClaimedOpening: claimedBefore, previouslySeenOn: seenOn })];
    }
    return [];
  },
};
