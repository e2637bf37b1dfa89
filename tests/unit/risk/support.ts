import type { PageFacts, PageFactsInput } from '@/lib/facts/page-facts';
import type { Finding } from '@/lib/facts/verdict';
import type { Rule, RuleContext } from '@/lib/risk/rule';
import type { ListingSighting, ReputationSummary, SellerSighting } from '@/lib/reputation/types';
import { makeFacts } from '../../fixtures/facts';

/** A fixed "now" so ages and 30-day windows are exact. */
export const NOW = new Date('2026-03-01T12:00:00Z');
export const DAY = 86_400_000;
export const ago = (days: number): number => NOW.getTime() - days * DAY;

export function ctx(over: Partial<RuleContext> = {}): RuleContext {
  return { now: NOW, domain: 'aliexpress.com', userRules: {}, ...over };
}

/** An independent shop's product page, with a sound baseline: HTTPS, legal pages present. */
export function shopFacts(over: Partial<PageFactsInput> = {}): PageFacts {
  return makeFacts({
    marketplace: 'shop',
    url: 'https://www.example-shop.com/products/kettle',
    product: { title: 'Steel kettle 1.7 l', price: { amount: '39.90', currency: 'EUR' }, sku: 'K-17' },
    seller: {},
    shop: { hasImprint: true, hasReturnsPage: true, hasPrivacyPage: true, hasContactPage: true },
    ...over,
  });
}

export function run(rule: Rule, facts: PageFacts, c: RuleContext = ctx()): Finding[] {
  return rule.evaluate(facts, c);
}

export function sellerHistory(key: string, sightings: SellerSighting[]): ReputationSummary['seller'] {
  const sorted = [...sightings].sort((a, b) => a.at - b.at);
  return { key, firstSeen: sorted[0]!.at, lastSeen: sorted[sorted.length - 1]!.at, sightings: sorted };
}

export function listingHistory(key: string, sightings: ListingSighting[]): ReputationSummary['listing'] {
  const sorted = [...sightings].sort((a, b) => a.at - b.at);
  return { key, firstSeen: sorted[0]!.at, lastSeen: sorted[sorted.length - 1]!.at, sightings: sorted };
}
