import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/** Under this, the guide's bands call a seller medium to very high risk. */
export const LOW_FEEDBACK_PERCENT = 90;
/** Under this, most buyers were unhappy: a warning, given enough ratings. */
export const FAILING_FEEDBACK_PERCENT = 50;
/** Fewer ratings than this say little either way. */
export const MIN_FEEDBACK_COUNT = 10;

/**
 * Positive feedback under 90 % (research signal 41: 90–94 medium, 85–89
 * high, under 85 very high risk). A medium-strength signal, so a caution;
 * only a seller most of whose buyers were unhappy (under 50 % over at least
 * 100 ratings) reaches a warning on this alone. Fewer than ten ratings are
 * ignored; an unknown count is accepted, since many pages show only the
 * percentage.
 */
export const lowFeedback: Rule = {
  id: 'low-feedback',
  category: 'reputation',
  severity: 'caution',
  source: SOURCES.aliexpressFeedback,
  evaluate(facts) {
    const pct = facts.seller.feedbackPercent;
    if (pct === undefined || pct >= LOW_FEEDBACK_PERCENT || facts.seller.soldByPlatform) return [];
    const count = facts.seller.feedbackCount;
    if (count !== undefined && count < MIN_FEEDBACK_COUNT) return [];
    const failing = pct < FAILING_FEEDBACK_PERCENT && count !== undefined && count >= 100;
    return [finding(this, [pct], { feedbackPercent: pct, ...(count !== undefined ? { feedbackCount: count } : {}) }, failing ? 'warning' : 'caution')];
  },
};
