import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/risk/score';
import type { Rule } from '@/lib/risk/rule';
import { finding } from '@/lib/risk/rule';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { makeFacts } from '../../fixtures/facts';
import { ctx, shopFacts } from './support';

const heuristic = (severity: 'caution' | 'warning' | 'danger'): Rule => ({
  id: 'test-heuristic', category: 'product', severity, source: { kind: 'guidance', title: 't' },
  evaluate() {
    return [finding(this, [], {})];
  },
});
const listed: Rule = {
  id: 'test-list', category: 'reputation', severity: 'danger', source: { kind: 'list', title: 'L' },
  evaluate() {
    return [finding(this, [], {})];
  },
};
const userRule = (action: UserRule['action']): UserRule => ({ id: 'domain:x.com', kind: 'domain', key: 'x.com', label: 'x.com', action, createdAt: 1, updatedAt: 1 });

describe('evaluate', () => {
  it('gives a sound marketplace page and a sound independent shop page "low"', () => {
    expect(evaluate(makeFacts(), ctx()).level).toBe('low');
    expect(evaluate(shopFacts(), ctx({ domain: 'example-shop.com' })).level).toBe('low');
  });

  it('caps heuristics at warning; a list hit may reach danger', () => {
    expect(evaluate(makeFacts(), ctx(), [heuristic('danger')]).level).toBe('warning');
    expect(evaluate(makeFacts(), ctx(), [heuristic('caution'), listed]).level).toBe('danger');
  });

  it('lets the user override win and says so', () => {
    const trusted = evaluate(makeFacts(), ctx({ userRules: { domain: userRule('trust') } }), undefined);
    expect(trusted).toMatchObject({ level: 'trusted-by-you', override: 'trusted' });
    const blocked = evaluate(makeFacts(), ctx({ userRules: { domain: userRule('block') } }));
    expect(blocked).toMatchObject({ level: 'danger', override: 'blocked' });
  });

  it('gives a page that is not a shop no heuristic verdict, but keeps list hits and user decisions', () => {
    const other = makeFacts({ pageKind: 'other', product: {}, seller: {}, shop: { offPlatformContact: true } });
    expect(evaluate(other, ctx())).toMatchObject({ level: 'no-data', findings: [] });
    expect(evaluate(other, ctx(), [heuristic('warning')]).level).toBe('no-data');
    expect(evaluate(other, ctx(), [heuristic('warning'), listed]).level).toBe('danger');
    expect(evaluate(other, ctx({ userRules: { domain: userRule('block') } })).level).toBe('danger');
  });

  it('keeps a verdict when a rule throws', () => {
    const broken: Rule = { ...heuristic('warning'), id: 'broken', evaluate: () => { throw new Error('boom'); } };
    expect(evaluate(makeFacts(), ctx(), [broken, heuristic('caution')]).level).toBe('caution');
  });

  it('reaches at most warning by heuristics alone on a page with many bad signs', () => {
    const bad = shopFacts({
      url: 'http://nike-outlet-sale.top/p/1',
      product: { title: 'Air sneaker', brand: 'Nike', price: { amount: '9.99', currency: 'EUR' }, listPrice: { amount: '149.99', currency: 'EUR' } },
      payment: { methods: ['bank_transfer', 'crypto'] },
      shop: { hasImprint: false, hasReturnsPage: false, hasPrivacyPage: false, hasContactPage: false },
      seller: { contactEmails: ['nike.outlet@gmail.com'] },
      shipping: { from: 'CN', tracked: false, daysMax: 130 },
    });
    const v = evaluate(bad, ctx({ domain: 'nike-outlet-sale.top' }));
    expect(v.level).toBe('warning');
    expect(new Set(v.findings.map((f) => f.category)).size).toBeGreaterThanOrEqual(6);
    expect(v.findings.every((f) => f.severity !== 'danger')).toBe(true);
  });
});
