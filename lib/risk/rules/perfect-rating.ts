import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/** Below this many reviews a perfect score is ordinary luck, not a signal. */
export const PERFECT_RATING_MIN_REVIEWS = 50;

/**
 * A perfect 5.0 over many reviews (research signal 35: only 5-star reviews).
 * Real buyers of anything disagree now and then; fifty or more reviews
 * without a single lower star suggest curated or bought reviews. Below
 * fifty a loved product can honestly score 5 (and structured data often
 * rounds averages to whole stars). A caution: it says read the reviews,
 * not that the shop is fake.
 */
export const perfectRating: Rule = {
  id: 'perfect-rating',
  category: 'product',
  severity: 'caution',
  source: SOURCES.scamwatch,
  evaluate(facts: PageFacts) {
    const { rating, reviewCount } = facts.product;
    if (rating === undefined || reviewCount === undefined) return [];
    if (rating < 4.95 || reviewCount < PERFECT_RATING_MIN_REVIEWS) return [];
    return [finding(this, [reviewCount], { rating, reviewCount })];
  },
};
