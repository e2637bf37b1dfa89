import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/risk/rules';
import { SOURCES } from '@/lib/risk/sources';
import { RISK_CATEGORIES, SEVERITIES, type Finding } from '@/lib/facts/verdict';
import type { Rule, RuleContext } from '@/lib/risk/rule';
import type { PageFacts } from '@/lib/facts/page-facts';
import { makeFacts } from '../../fixtures/facts';
import { ago, ctx, listingHistory, sellerHistory, shopFacts } from './support';

/**
 * The rule catalogue as a whole: ids, categories, sources, and for every
 * rule one page that fires it, whose message and evidence labels must exist
 * in both languages. A new rule without a firing case here fails the test.
 */
const here = resolve(__dirname, '../../..');
function localeKeys(file: string): Set<string> {
  const keys = new Set<string>();
  for (const line of readFileSync(resolve(here, 'locales', file), 'utf8').split('\n')) {
    const m = /^([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (m && m[2]!.replace(/^['"]|['"]$/g, '').trim() !== '') keys.add(m[1]!);
  }
  return keys;
}
const EN = localeKeys('en.yml');
const ZH = localeKeys('zh_CN.yml');

const seller = { name: 'S', id: '1234567' };
const FIRING: Record<string, () => [PageFacts, RuleContext]> = {
  'user-blocked': () => [makeFacts(), ctx({ userRules: { domain: { id: 'domain:x.com', kind: 'domain', key: 'x.com', label: 'x.com', action: 'block', note: 'n', createdAt: 1, updatedAt: 1 } } })],
  'user-trusted': () => [makeFacts(), ctx({ userRules: { domain: { id: 'domain:x.com', kind: 'domain', key: 'x.com', label: 'x.com', action: 'trust', createdAt: 1, updatedAt: 1 } } })],
  'list-hit': () => [makeFacts(), { ...ctx(), listHits: [{ listId: 'l', title: 'Scam list', category: 'fake_shop', severity: 'danger', kind: 'domain', matched: 'x.com', date: '2026-02-01', reason: 'fake' }] } as RuleContext],
  'payment-irreversible-only': () => [shopFacts({ pageKind: 'checkout', payment: { methods: ['bank_transfer'] } }), ctx({ domain: 'x.com' })],
  'payment-risky-method': () => [shopFacts({ payment: { methods: ['card', 'crypto'] } }), ctx({ domain: 'x.com' })],
  'off-platform-contact': () => [makeFacts({ shop: { offPlatformContact: true } }), ctx()],
  'extreme-discount': () => [shopFacts({ product: { brand: 'Nike' }, claims: { discountPercent: 92 } }), ctx({ domain: 'x.com' })],
  'perfect-rating': () => [makeFacts({ product: { rating: 5, reviewCount: 80 } }), ctx()],
  'unverified-certification': () => [makeFacts({ claims: { certifications: ['CE'] } }), ctx()],
  'ship-from-mismatch': () => [shopFacts({ shipping: { from: 'CN' } }), ctx({ domain: 'x.de' })],
  'delivery-beyond-protection': () => [shopFacts({ shipping: { daysMax: 130 } }), ctx({ domain: 'x.com' })],
  'no-tracking': () => [makeFacts({ shipping: { tracked: false, daysMax: 9 } }), ctx()],
  'long-delivery': () => [makeFacts({ shipping: { daysMax: 60 } }), ctx()],
  'no-returns-page': () => [shopFacts({ shop: { hasReturnsPage: false } }), ctx({ domain: 'x.com' })],
  'short-return-window': () => [makeFacts({ returns: { windowDays: 0 } }), ctx()],
  'no-privacy-page': () => [shopFacts({ shop: { hasPrivacyPage: false } }), ctx({ domain: 'x.com' })],
  'insecure-connection': () => [shopFacts({ url: 'http://x.com/p' }), ctx({ domain: 'x.com' })],
  'missing-imprint': () => [shopFacts({ shop: { hasImprint: false } }), ctx({ domain: 'x.de' })],
  'no-contact-details': () => [shopFacts({ shop: { hasContactPage: false } }), ctx({ domain: 'x.com' })],
  'free-mail-contact': () => [shopFacts({ seller: { contactEmails: ['a@gmail.com'] } }), ctx({ domain: 'x.com' })],
  'typosquat-domain': () => [shopFacts(), ctx({ domain: 'adidsa.com' })],
  'young-store': () => [makeFacts({ seller: { ...seller, openedAt: '2026-02-01' } }), ctx()],
  'low-feedback': () => [makeFacts({ seller: { ...seller, feedbackPercent: 80, feedbackCount: 50 } }), ctx()],
  'feedback-falling': () => [makeFacts({ seller: { ...seller, feedbackPercent: 90 } }), ctx({ history: { seller: sellerHistory('aliexpress:1234567', [{ at: ago(20), feedbackPercent: 98 }]) } })],
  'store-younger-than-claimed': () => [makeFacts({ seller: { ...seller, openedAt: '2015-01-01' } }), ctx({ history: { seller: sellerHistory('aliexpress:1234567', [{ at: ago(90), openedAtMs: Date.parse('2025-06-01') }]) } })],
  'category-pivot': () => [makeFacts({ product: { price: { amount: '500', currency: 'USD' }, sku: '9', category: 'Phones' } }), ctx({ history: { seller: sellerHistory('aliexpress:1234567', [1, 2, 3].map((n) => ({ at: ago(40), listingKey: `aliexpress:${n}`, price: 3, currency: 'USD', category: 'Jewelry' }))) } })],
  'risky-tld': () => [shopFacts(), ctx({ domain: 'x.top' })],
  'fake-discount': () => [makeFacts({ product: { sku: '1', price: { amount: '10', currency: 'USD' }, listPrice: { amount: '40', currency: 'USD' } } }), ctx({ history: { listing: listingHistory('aliexpress:1', [{ at: ago(9), price: 9, currency: 'USD' }]) } })],
  'listing-substitution': () => [makeFacts({ product: { sku: '1', title: 'Drone 4K camera', reviewCount: 90 } }), ctx({ history: { listing: listingHistory('aliexpress:1', [{ at: ago(9), title: 'Cotton socks 5 pairs', reviewCount: 88 }]) } })],
  'rating-falling': () => [makeFacts({ product: { sku: '1', rating: 3.9, reviewCount: 90 } }), ctx({ history: { listing: listingHistory('aliexpress:1', [{ at: ago(9), rating: 4.8 }]) } })],
  'reviews-vanished': () => [makeFacts({ product: { sku: '1', reviewCount: 10 } }), ctx({ history: { listing: listingHistory('aliexpress:1', [{ at: ago(9), reviewCount: 90 }]) } })],
};

describe('rule catalogue', () => {
  it('has at least 25 rules covering all eight categories, with unique kebab-case ids in their own files', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = new Set(readdirSync(resolve(here, 'lib/risk/rules')).map((f) => f.replace(/\.ts$/, '')));
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(files.has(r.id), `lib/risk/rules/${r.id}.ts`).toBe(true);
      expect(RISK_CATEGORIES).toContain(r.category);
      expect(SEVERITIES).toContain(r.severity);
      expect(r.source.title.length).toBeGreaterThan(3);
    }
    const categories = new Set(RULES.filter((r) => r.id !== 'list-hit' && !r.id.startsWith('user-')).map((r) => r.category));
    expect([...categories].sort()).toEqual([...RISK_CATEGORIES].sort());
  });

  it('cites only sources from the research briefs', () => {
    const briefs = readdirSync(resolve(here, '../shared/research')).map((f) => readFileSync(resolve(here, '../shared/research', f), 'utf8')).join('\n');
    const cited = [...RULES.map((r) => [r.id, r.source] as const), ...Object.entries(SOURCES)];
    for (const [name, source] of cited) {
      if (source.kind !== 'guidance' && source.kind !== 'history') continue;
      expect(source.url, name).toBeDefined();
      const bare = source.url!.replace(/^https?:\/\//, '');
      expect(briefs.includes(bare), `${name}: ${source.url}`).toBe(true);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id}: fires on its case, with a message and evidence labels in en and zh_CN`, () => {
      const make = FIRING[rule.id];
      expect(make, `add a firing case for ${rule.id}`).toBeDefined();
      const [facts, c] = make!();
      const found: Finding[] = (rule as Rule).evaluate(facts, c);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.ruleId).toBe(rule.id);
        expect(EN.has(f.messageKey), `en ${f.messageKey}`).toBe(true);
        expect(ZH.has(f.messageKey), `zh_CN ${f.messageKey}`).toBe(true);
        for (const label of Object.keys(f.evidence)) {
          expect(EN.has(`fact_${label}`), `en fact_${label}`).toBe(true);
          expect(ZH.has(`fact_${label}`), `zh_CN fact_${label}`).toBe(true);
        }
        expect(f.params.length).toBeLessThanOrEqual(9);
      }
    });
  }
});
