import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/**
 * A marketplace listing asks the buyer to pay or talk outside the platform
 * (WhatsApp, e-mail, a bank account in the description): research signal 27,
 * strong alone, because the platform's buyer protection ends where its
 * checkout and messages end. Independent shops are not judged by this: for
 * them, a messenger link is just a contact channel.
 */
export const offPlatformContact: Rule = {
  id: 'off-platform-contact',
  category: 'payment',
  severity: 'warning',
  source: SOURCES.aliexpressOffPlatform,
  evaluate(facts: PageFacts) {
    if (facts.marketplace === 'shop' || facts.shop.offPlatformContact !== true) return [];
    return [finding(this, [facts.marketplace], { marketplace: facts.marketplace })];
  },
};
