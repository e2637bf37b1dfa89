import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage, missingPagesSeverity, missingShopPages } from '../facts-util';

/**
 * An independent shop with no returns or withdrawal page, and no return
 * terms on the product page (research signal 8). Marketplaces carry their
 * own return rules, so only independent shops are judged. Only an explicit
 * "not found" from the adapter counts. Alone it is information; with
 * another missing legal page, a caution (see `missingPagesSeverity`).
 */
export const noReturnsPage: Rule = {
  id: 'no-returns-page',
  category: 'after-sales',
  severity: 'caution',
  source: SOURCES.scamwatch,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || !missingShopPages(facts, ctx.domain).includes('returns')) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain }, missingPagesSeverity(facts, ctx.domain))];
  },
};
