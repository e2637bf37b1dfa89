import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage } from '../facts-util';

/**
 * An independent shop with no returns or withdrawal page, and no return
 * terms on the product page (research signal 8). Marketplaces carry their
 * own return rules, so only independent shops are judged. Only an explicit
 * "not found" from the adapter counts: unknown is silent.
 */
export const noReturnsPage: Rule = {
  id: 'no-returns-page',
  category: 'after-sales',
  severity: 'caution',
  source: SOURCES.scamwatch,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || facts.shop.hasReturnsPage !== false) return [];
    if (facts.returns.windowDays !== undefined || facts.returns.text) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain })];
  },
};
