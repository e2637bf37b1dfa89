import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { CC_TLD_COUNTRY } from '../data/domain-signals';
import { tldOf } from '../facts-util';

/**
 * Where the seller says it is and where the parcel comes from differ
 * (research signals 14 and 47). For an independent shop the claim is its
 * country domain: a ".de" shop shipping from China is presenting itself as
 * local, and customs, delivery time and returns will follow China. On a
 * marketplace the claim is the seller's stated location; overseas
 * warehouses are common and honest there, so it is only information.
 */
export const shipFromMismatch: Rule = {
  id: 'ship-from-mismatch',
  category: 'logistics',
  severity: 'caution',
  source: SOURCES.trendMicroChecklist,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const from = facts.shipping.from;
    if (!from) return [];
    const isShop = facts.marketplace === 'shop';
    const claimed = isShop ? (facts.seller.location ?? CC_TLD_COUNTRY[tldOf(ctx.domain)]) : facts.seller.location;
    if (!claimed || claimed === from) return [];
    return [finding(this, [claimed, from], { claimedCountry: claimed, shipFrom: from }, isShop ? 'caution' : 'info')];
  },
};
