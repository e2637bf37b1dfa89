import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isShopPage, missingPagesSeverity, missingShopPages } from '../facts-util';

/**
 * An independent shop with no contact page, no imprint and no e-mail
 * address anywhere the adapter looked (research signals 6 and 7: hidden or
 * missing contact details). The FTC's first advice is to confirm the
 * seller's address and phone; here there is nothing to confirm. Alone it is
 * information; with another missing legal page, a caution.
 */
export const noContactDetails: Rule = {
  id: 'no-contact-details',
  category: 'legal',
  severity: 'caution',
  source: SOURCES.ftcShipping,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || !missingShopPages(facts, ctx.domain).includes('contact')) return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain }, missingPagesSeverity(facts, ctx.domain))];
  },
};
