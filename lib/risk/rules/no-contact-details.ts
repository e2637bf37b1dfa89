import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage } from '../facts-util';

/**
 * An independent shop with no contact page, no imprint and no e-mail
 * address anywhere the adapter looked (research signals 6 and 7: hidden or
 * missing contact details). The FTC's first advice is to confirm the
 * seller's address and phone; here there is nothing to confirm.
 */
export const noContactDetails: Rule = {
  id: 'no-contact-details',
  category: 'legal',
  severity: 'caution',
  source: SOURCES.ftcShipping,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || facts.shop.hasContactPage !== false) return [];
    if (facts.shop.hasImprint === true || (facts.seller.contactEmails?.length ?? 0) > 0) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain })];
  },
};
