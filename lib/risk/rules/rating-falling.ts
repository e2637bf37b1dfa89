import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isoDay, peakSince } from '@/lib/reputation/signals';

/** Stars lost since the best reading of the past year. */
export const RATING_DROP = 0.5;
/** An average over fewer reviews moves too easily to mean anything. */
export const RATING_MIN_REVIEWS = 20;

/**
 * The product's average rating fell by half a star or more since the user
 * saw it: recent buyers are less happy than earlier ones (a quality change,
 * a swapped product, or earlier reviews that were bought). A caution: the
 * shopper should read the newest reviews first.
 */
export const ratingFalling: Rule = {
  id: 'rating-falling',
  category: 'listing',
  severity: 'caution',
  source: SOURCES.reviewHistory,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const { rating, reviewCount } = facts.product;
    const history = ctx.history?.listing;
    if (rating === undefined || !history || (reviewCount ?? 0) < RATING_MIN_REVIEWS) return [];
    const peak = peakSince(history.sightings, (s) => s.rating, ctx.now.getTime(), 365);
    if (!peak || peak.value - rating < RATING_DROP - 1e-9) return [];
    const seenOn = isoDay(peak.at);
    return [finding(this, [peak.value, rating, seenOn], { rating, previousRating: peak.value, previouslySeenOn: seenOn })];
  },
};
