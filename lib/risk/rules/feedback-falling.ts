import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isoDay, peakSince } from '@/lib/reputation/signals';

/** Points of positive feedback lost since the best reading of the last half year. */
export const FEEDBACK_DROP_CAUTION = 3;
export const FEEDBACK_DROP_WARNING = 10;
/** How far back the best reading is looked for: AliExpress feedback covers six months. */
export const FEEDBACK_LOOKBACK_DAYS = 180;

/**
 * The seller's positive feedback fell since the user last saw it: fresh
 * complaints arrive before a seller disappears. Three points (98 → 95 moves
 * a seller down a risk band in the guide's scale) is a caution, ten a
 * warning. Small sellers' percentages jump with every rating, so fewer than
 * 20 ratings are ignored.
 */
export const feedbackFalling: Rule = {
  id: 'feedback-falling',
  category: 'reputation',
  severity: 'caution',
  source: SOURCES.feedbackHistory,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const pct = facts.seller.feedbackPercent;
    const history = ctx.history?.seller;
    if (pct === undefined || !history || facts.seller.soldByPlatform) return [];
    const count = facts.seller.feedbackCount;
    if (count !== undefined && count < 20) return [];
    const peak = peakSince(history.sightings, (s) => s.feedbackPercent, ctx.now.getTime(), FEEDBACK_LOOKBACK_DAYS);
    if (!peak) return [];
    const drop = Math.round((peak.value - pct) * 10) / 10;
    if (drop < FEEDBACK_DROP_CAUTION) return [];
    const seenOn = isoDay(peak.at);
    return [finding(this, [peak.value, pct, seenOn], { feedbackPercent: pct, previousFeedbackPercent: peak.value, previouslySeenOn: seenOn }, drop >= FEEDBACK_DROP_WARNING ? 'warning' : 'caution')];
  },
};
