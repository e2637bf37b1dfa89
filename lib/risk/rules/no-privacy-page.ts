import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage } from '../facts-util';

/**
 * An independent shop with no privacy policy (research signal 8; Norton
 * and Scamwatch both check for it). The shop will take an address and
 * payment details without saying what it does with them. Marketplaces have
 * one policy for all sellers, so only independent shops are judged.
 */
export const noPrivacyPage: Rule = {
  id: 'no-privacy-page',
  category: 'privacy',
  severity: 'caution',
  source: SOURCES.nortonPrivacy,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || facts.shop.hasPrivacyPage !== false) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain })];
  },
};
