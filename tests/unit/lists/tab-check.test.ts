import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkTabHost } from '@/lib/lists/tab-check';
import { checkPage } from '@/lib/background/check-page';
import { loadTabState, saveTabState } from '@/lib/background/tab-state';
import { allowlistAdd, importListFile } from '@/lib/lists/user-lists';
import { putUserRule } from '@/lib/db/user-rules';
import { evaluate } from '@/lib/risk/score';
import { listHit } from '@/lib/risk/rules/list-hit';
import type { ListHit } from '@/lib/lists/types';
import { makeFacts } from '../../fixtures/facts';
import { fixtureText, freshDb } from './helpers';

const badge = vi.hoisted(() => ({ showBadge: vi.fn(async () => undefined), clearBadge: vi.fn(async () => undefined) }));
vi.mock('@/lib/background/badge', () => badge);
vi.mock('@/lib/i18n/translator', () => ({ translator: async () => Object.assign((key: string) => key, { locale: 'en' }) }));

beforeEach(() => {
  badge.showBadge.mockClear();
});

async function dbWithList() {
  const db = await freshDb();
  await importListFile(db, 'scam.txt', fixtureText('scam-abp.txt'), { severity: 'danger', category: 'fake_shop' });
  await importListFile(db, 'sellers.csv', fixtureText('sellers.csv'), { severity: 'warning' });
  return db;
}

describe('checking the host of every opened tab', () => {
  it('gives a listed shop a danger verdict naming the list and its date, and the badge, without reading the page', async () => {
    const db = await dbWithList();
    const verdict = await checkTabHost(db, 7, 'https://www.cheap-kettles-outlet.shop/products/kettle?x=1');
    expect(verdict?.level).toBe('danger');
    expect(verdict?.findings).toEqual([expect.objectContaining({
      ruleId: 'list-hit',
      category: 'reputation',
      severity: 'danger',
      messageKey: 'rule_list_hit',
      params: ['Test Scam Blocklist', 'cheap-kettles-outlet.shop'],
      evidence: { list: 'Test Scam Blocklist', listedDomain: 'cheap-kettles-outlet.shop', listDate: '2026-08-22' },
      source: { kind: 'list', title: 'Test Scam Blocklist', url: 'https://lists.example/scam', date: '2026-08-22' },
    })]);
    expect(verdict?.subject.host).toBe('cheap-kettles-outlet.shop');
    const state = await loadTabState(7);
    expect(state && 'verdict' in state && state.verdict.level).toBe('danger');
    expect(badge.showBadge).toHaveBeenCalledWith(7, 'danger', expect.any(String));
  });

  it('says nothing about hosts no list names, allowlisted hosts, and non-web pages', async () => {
    const db = await dbWithList();
    expect(await checkTabHost(db, 1, 'https://good.myshopify.com/')).toBeUndefined();
    expect(await checkTabHost(db, 1, 'https://www.aliexpress.com/item/1.html')).toBeUndefined();
    expect(await checkTabHost(db, 1, 'chrome://settings/')).toBeUndefined();
    expect(await checkTabHost(db, 1, 'not a url')).toBeUndefined();
    expect(badge.showBadge).not.toHaveBeenCalled();
    expect(await loadTabState(1)).toBeUndefined();
  });

  it('turns to "trusted by you" when the user trusts the site', async () => {
    const db = await dbWithList();
    await putUserRule(db, { target: { kind: 'domain', domain: 'bad.myshopify.com' }, action: 'trust' });
    const verdict = await checkTabHost(db, 2, 'https://bad.myshopify.com/');
    expect(verdict).toMatchObject({ level: 'trusted-by-you', override: 'trusted' });
    expect(verdict?.findings.map((f) => f.ruleId).sort()).toEqual(['list-hit', 'user-trusted']);
  });

  it('keeps the full verdict when the content script answered first, and puts its badge back', async () => {
    const db = await dbWithList();
    const url = 'https://scam.example/product/1';
    const full = await checkPage(db, makeFacts({ marketplace: 'shop', url }), new URL(url));
    await saveTabState(4, { url, facts: full.facts, verdict: full.verdict });
    expect(await checkTabHost(db, 4, url)).toEqual(full.verdict);
    expect(badge.showBadge).toHaveBeenCalledWith(4, full.verdict.level, expect.any(String));
    expect(await loadTabState(4)).toEqual({ url, facts: full.facts, verdict: full.verdict });
  });

  it('drops its own verdict when the host is no longer listed, never the verdict of a page read', async () => {
    const db = await dbWithList();
    const url = 'https://cheap-kettles-outlet.shop/';
    expect((await checkTabHost(db, 5, url))?.level).toBe('danger');
    await allowlistAdd(db, 'cheap-kettles-outlet.shop');
    expect(await checkTabHost(db, 5, url)).toBeUndefined();
    expect(await loadTabState(5)).toBeUndefined();

    const other = 'https://quiet-shop.example/';
    const full = await checkPage(db, makeFacts({ marketplace: 'shop', url: other }), new URL(other));
    await saveTabState(6, { url: other, facts: full.facts, verdict: full.verdict });
    expect(await checkTabHost(db, 6, other)).toBeUndefined();
    expect(await loadTabState(6)).toEqual({ url: other, facts: full.facts, verdict: full.verdict });
  });
});

describe('the full page verdict', () => {
  it('includes the list finding for the host and for the seller, with the lists version', async () => {
    const db = await dbWithList();
    const url = 'https://www.aliexpress.com/item/1.html';
    const { verdict } = await checkPage(db, makeFacts({ seller: { name: 'Listed Store', id: '1102345678' } }), new URL(url));
    const hit = verdict.findings.find((f) => f.ruleId === 'list-hit');
    expect(hit).toMatchObject({ messageKey: 'rule_list_hit_seller', severity: 'warning', evidence: { listedSeller: 'aliexpress:1102345678', listReason: 'Sold counterfeit "brand" items, reported' } });
    expect(verdict.listsVersion).toMatch(/^2:[0-9a-f]{8}$/);

    const shop = await checkPage(db, makeFacts({ marketplace: 'shop', url: 'https://scam.example/p' }), new URL('https://scam.example/p'));
    expect(shop.verdict.level).toBe('danger');
    expect(shop.verdict.findings[0]).toMatchObject({ ruleId: 'list-hit', source: { kind: 'list', title: 'Test Scam Blocklist' } });
  });
});

describe('the list-hit rule', () => {
  const base: ListHit = { listId: 'l', title: 'L', category: 'fake_shop', severity: 'danger', kind: 'domain', matched: 'x.example' };
  const run = (hits: ListHit[]) => evaluate(makeFacts({ marketplace: 'shop', url: 'https://x.example/' }), { now: new Date(), domain: 'x.example', userRules: {}, listHits: hits }, [listHit]);

  it('maps list categories to the risk taxonomy and lets a list reach danger', () => {
    expect(run([base]).level).toBe('danger');
    expect(run([{ ...base, category: 'counterfeit' }]).findings[0]?.category).toBe('product');
    expect(run([{ ...base, category: 'phishing' }]).findings[0]?.category).toBe('payment');
  });

  it('never lets a dropshipping list say more than caution', () => {
    const v = run([{ ...base, category: 'dropshipping' }]);
    expect(v.level).toBe('caution');
    expect(v.findings[0]?.category).toBe('logistics');
  });

  it('finds nothing without hits', () => {
    expect(run([]).findings).toEqual([]);
  });
});
