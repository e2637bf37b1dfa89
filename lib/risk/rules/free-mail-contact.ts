import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { FREE_MAIL_DOMAINS, emailDomain } from '../data/free-mail';

/**
 * Every contact address the shop gives is at a free-mail provider (research
 * signal 6: "contact only via form or free-mail address"). A business that
 * owns a domain but answers from a Gmail address cannot be traced through
 * it. One address on the shop's own domain is enough to stay silent.
 */
export const freeMailContact: Rule = {
  id: 'free-mail-contact',
  category: 'legal',
  severity: 'caution',
  source: SOURCES.foxyFakeShop,
  evaluate(facts: PageFacts) {
    const domains = (facts.seller.contactEmails ?? []).map(emailDomain).filter((d): d is string => d !== undefined);
    if (domains.length === 0 || !domains.every((d) => FREE_MAIL_DOMAINS.has(d))) return [];
    const address = (facts.seller.contactEmails ?? []).find((e) => emailDomain(e) !== undefined)!.trim();
    return [finding(this, [address], { contactEmail: address })];
  },
};
