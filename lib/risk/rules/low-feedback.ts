import type { Rule } from '../rule';
import { finding } from '../rule';

/**
 * Positive feedback under 90 % (research signal 41: 85–89 high risk, under
 * 85 very high). Under 80 % is a warning, under 90 % a caution. Fewer than
 * ten ratings say little, so they are ignored.
 */
export const lowFeedback: Rule = {
  id: 'low-feedback',
  category: 'reputation',
  severity: 'warning',
  source: {
    kind: 'guidance',
    title: 'AliExpress seller verification guide: positive feedback under 90 %',
    url: 'https://alibestfinds.com/aliexpress-seller-verification-guide',
  },
  evaluate(facts) {
    const pct = facts.seller.feedbackPercent;
    if (pct === undefined || pct >= 90) return [];
    const count = facts.seller.feedbackCount;
    if (count !== undefined && count < 10) return [];
    return [finding(this, [pct], { feedbackPercent: pct, ...(count !== undefined ? { feedbackCount: count } : {}) }, pct < 80 ? 'warning' : 'caution')];
  },
};
