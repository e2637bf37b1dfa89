import { getPublicSuffix } from 'tldts';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { ABUSED_SUFFIXES } from '../data/domain-signals';

/**
 * An independent shop under a domain ending that fake shops favour
 * (research signal 15: .top, .xyz, .shop, .store, .online, .club, ".de.com"
 * look-alikes). Plenty of honest shops use them too, so this is a caution
 * that only adds weight to other signals.
 */
export const riskyTld: Rule = {
  id: 'risky-tld',
  category: 'reputation',
  severity: 'caution',
  source: SOURCES.fbiTld,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    if (facts.marketplace !== 'shop') return [];
    const suffix = getPublicSuffix(ctx.domain, { allowPrivateDomains: true })?.toLowerCase();
    if (!suffix || !ABUSED_SUFFIXES.has(suffix)) return [];
    return [finding(this, [`.${suffix}`], { domain: ctx.domain })];
  },
};
