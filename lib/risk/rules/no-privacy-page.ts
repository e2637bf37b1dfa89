import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage, missingPagesSeverity, missingShopPages } from '../facts-util';

/**
 * An independent shop with no privacy policy (research signal 8; Norton
 * and Scamwatch both check for it). The shop will take an address and
 * payment details without saying what it does with them. Marketplaces have
 * one policy for all sellers, so only independent shops are judged. Alone
 * it is information; with another missing legal page, a caution.
 */
export const noPrivacyPage: Rule = {
  id: 'no-privacy-page',
  category: 'privacy',
  severity: 'caution',
  source: SOURCES.nortonPrivacy,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || !missingShopPages(facts, ctx.domain).includes('privacy')) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain }, missingPagesSeverity(facts, ctx.domain))];
  },
};
