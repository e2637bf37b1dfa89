import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/**
 * A shop page served without HTTPS (research signal 19: no HTTPS is a hard
 * fail, though HTTPS is no proof of trust). What the shopper types can be
 * read and changed on the way. A checkout page without it is a warning;
 * a product page a caution.
 */
export const insecureConnection: Rule = {
  id: 'insecure-connection',
  category: 'privacy',
  severity: 'warning',
  source: SOURCES.ftcShipping,
  evaluate(facts: PageFacts, ctx) {
    if (!facts.url.toLowerCase().startsWith('http:')) return [];
    if (facts.pageKind !== 'product' && facts.pageKind !== 'checkout') return [];
    return [finding(this, [ctx.domain], { domain: ctx.domain }, facts.pageKind === 'checkout' ? 'warning' : 'caution')];
  },
};
