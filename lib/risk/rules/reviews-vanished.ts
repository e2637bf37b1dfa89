import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isoDay, peakSince } from '@/lib/reputation/signals';

/** Reviews lost, in count and share of the most ever seen. */
export const VANISHED_MIN = 10;
export const VANISHED_SHARE = 0.2;

/**
 * The listing shows markedly fewer reviews than the user saw before (at
 * least ten and a fifth of them): reviews were deleted, or the listing was
 * emptied and refilled (research signal 38: deleted reviews). A caution;
 * a platform may also have removed reviews it found fake.
 */
export const reviewsVanished: Rule = {
  id: 'reviews-vanished',
  category: 'listing',
  severity: 'caution',
  source: SOURCES.reviewHistory,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const count = facts.product.reviewCount;
    const history = ctx.history?.listing;
    if (count === undefined || !history) return [];
    const peak = peakSince(history.sightings, (s) => s.reviewCount, ctx.now.getTime(), 400);
    if (!peak) return [];
    const lost = peak.value - count;
    if (lost < VANISHED_MIN || lost < peak.value * VANISHED_SHARE) return [];
    const seenOn = isoDay(peak.at);
    return [finding(this, [peak.value, count, seenOn], { reviewCount: count, previousReviewCount: peak.value, previouslySeenOn: seenOn })];
  },
};
