import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { IMPRINT_COUNTRIES } from '../data/domain-signals';
import { claimedCountryOf, isShopPage } from '../facts-util';

/**
 * A shop presenting itself as German, Austrian or Swiss (by its stated
 * location or its country domain) with no imprint (Impressum), which the
 * law of those countries requires of every commercial site: research signal
 * 1, named first by every German-language consumer centre. Elsewhere the
 * imprint is not a legal duty and its absence says nothing, so only these
 * countries are judged; other shops get `no-contact-details`.
 */
export const missingImprint: Rule = {
  id: 'missing-imprint',
  category: 'legal',
  severity: 'caution',
  source: SOURCES.evzFakeShops,
  evaluate(facts: PageFacts, ctx) {
    if (!isShopPage(facts) || facts.shop.hasImprint !== false) return [];
    const country = claimedCountryOf(facts, ctx.domain);
    if (!country || !IMPRINT_COUNTRIES.has(country)) return [];
    return [finding(this, [ctx.domain, country], { domain: ctx.domain, claimedCountry: country })];
  },
};
