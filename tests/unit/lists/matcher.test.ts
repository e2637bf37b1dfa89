import { describe, expect, it } from 'vitest';
import { compileList } from '@/lib/lists/compile';
import { FingerprintTable } from '@/lib/lists/fingerprint-table';
import { Matcher, type ListLabel, type LoadedList } from '@/lib/lists/matcher';
import { SHIPPED_ALLOWLIST } from '@/lib/lists/allowlist';
import type { ListFormat } from '@/lib/lists/types';
import { fixtureText } from './helpers';

function load(id: string, text: string, format: ListFormat, label: Partial<ListLabel> = {}): LoadedList {
  const c = compileList(text, format);
  const l: ListLabel = { listId: id, title: id, category: 'fake_shop', severity: 'danger', date: '2026-08-22', ...label };
  return c.kind === 'domains' ? { label: l, kind: 'domains', table: new FingerprintTable(c.table) } : { label: l, kind: 'sellers', sellers: new Map(c.sellers.map((s) => [s.key, s])) };
}

const abp = load('abp', fixtureText('scam-abp.txt'), 'abp', { homepage: 'https://lists.example/scam' });
const hosts = load('hosts', fixtureText('scam-hosts.txt'), 'hosts');
const plain = load('plain', fixtureText('plain-domains.txt'), 'domains');
const sellers = load('sellers', fixtureText('sellers.csv'), 'sellers-csv', { category: 'seller', severity: 'warning' });

function matcher(allow: readonly string[] = SHIPPED_ALLOWLIST): Matcher {
  return new Matcher([abp, hosts, plain, sellers], new Set(allow), 'test');
}

const hit = (m: Matcher, host: string) => m.matchHost(host).map((h) => `${h.listId}:${h.matched}`);

describe('matching hosts', () => {
  it('flags a listed domain and its subdomains', () => {
    const m = matcher();
    expect(hit(m, 'cheap-kettles-outlet.shop')).toEqual(['abp:cheap-kettles-outlet.shop']);
    expect(hit(m, 'www.cheap-kettles-outlet.shop')).toEqual(['abp:cheap-kettles-outlet.shop']);
    expect(hit(m, 'a.b.cheap-kettles-outlet.shop')).toEqual(['abp:cheap-kettles-outlet.shop']);
    expect(hit(m, 'Brand-Outlet-Sale.top.')).toEqual(['abp:brand-outlet-sale.top']);
    expect(hit(m, 'fakeshop.co.uk')).toEqual(['abp:fakeshop.co.uk']);
    expect(hit(m, 'not-listed.shop')).toEqual([]);
    expect(hit(m, 'kettles-outlet.shop')).toEqual([]);
  });

  it('flags bad.myshopify.com without flagging Shopify or other stores on it', () => {
    const m = matcher();
    expect(hit(m, 'bad.myshopify.com')).toEqual(['abp:bad.myshopify.com']);
    expect(hit(m, 'www.bad.myshopify.com')).toEqual(['abp:bad.myshopify.com']);
    expect(hit(m, 'good.myshopify.com')).toEqual([]);
    // The plain list names `myshopify.com` and `co.uk`: a bare public suffix never matches, nor covers stores below it.
    expect(hit(m, 'myshopify.com')).toEqual([]);
    expect(hit(m, 'other.myshopify.com')).toEqual([]);
    expect(hit(m, 'co.uk')).toEqual([]);
    expect(hit(m, 'anything.co.uk')).toEqual([]);
  });

  it('matches IDN hosts in either form', () => {
    const m = matcher();
    expect(hit(m, 'bücher.example')).toEqual(['abp:xn--bcher-kva.example']);
    expect(hit(m, 'xn--bcher-kva.example')).toEqual(['abp:xn--bcher-kva.example']);
    expect(hit(m, 'shop.BÜCHER-günstig.de')).toEqual([`abp:${new URL('http://bücher-günstig.de').hostname}`]);
  });

  it('gives hosts-format entries the exact host plus its www. alias, not other subdomains', () => {
    const m = matcher();
    expect(hit(m, 'exact-host.example')).toEqual(['hosts:exact-host.example']);
    expect(hit(m, 'www.exact-host.example')).toEqual(['hosts:exact-host.example']);
    expect(hit(m, 'cdn.exact-host.example')).toEqual([]);
  });

  it('names every list that lists the host, once each', () => {
    const both = load('second', 'cheap-kettles-outlet.shop\nwww.cheap-kettles-outlet.shop\n', 'domains', { title: 'Second', severity: 'warning' });
    const m = new Matcher([abp, both], new Set(), 'v');
    const hits = m.matchHost('www.cheap-kettles-outlet.shop');
    expect(hits.map((h) => [h.listId, h.matched, h.severity])).toEqual([
      ['abp', 'cheap-kettles-outlet.shop', 'danger'],
      ['second', 'www.cheap-kettles-outlet.shop', 'warning'],
    ]);
    expect(hits[0]).toMatchObject({ title: 'abp', homepage: 'https://lists.example/scam', date: '2026-08-22', kind: 'domain', category: 'fake_shop' });
  });

  it('never matches IPs, single labels or garbage', () => {
    const m = matcher();
    for (const h of ['127.0.0.1', 'localhost', '', 'a b', 'http://cheap-kettles-outlet.shop/']) expect(hit(m, h)).toEqual([]);
  });
});

describe('allowlists', () => {
  it('the shipped allowlist wins over every list', () => {
    const listsAmazon = load('evil', 'amazon.com\nsmile.amazon.de\npaypal.com\n', 'domains');
    const m = new Matcher([listsAmazon], new Set(SHIPPED_ALLOWLIST), 'v');
    expect(m.matchHost('www.amazon.com')).toEqual([]);
    expect(m.matchHost('smile.amazon.de')).toEqual([]);
    expect(m.matchHost('www.paypal.com')).toEqual([]);
    expect(m.isAllowed('checkout.paypal.com')).toBe(true);
  });

  it("the user's allowlist wins too, for the host and its subdomains only", () => {
    const m = matcher([...SHIPPED_ALLOWLIST, 'cheap-kettles-outlet.shop', 'bad.myshopify.com']);
    expect(hit(m, 'www.cheap-kettles-outlet.shop')).toEqual([]);
    expect(hit(m, 'bad.myshopify.com')).toEqual([]);
    expect(hit(m, 'brand-outlet-sale.top')).toEqual(['abp:brand-outlet-sale.top']);
  });

  it('allowing a public suffix allows nothing (it is never looked up)', () => {
    const m = matcher(['myshopify.com']);
    expect(hit(m, 'bad.myshopify.com')).toEqual(['abp:bad.myshopify.com']);
  });
});

describe('matching sellers', () => {
  it('finds a listed seller by marketplace and id, with the reason', () => {
    const m = matcher();
    expect(m.matchSeller('aliexpress', '1102345678')).toEqual([expect.objectContaining({ listId: 'sellers', kind: 'seller', matched: 'aliexpress:1102345678', reason: 'Sold counterfeit "brand" items, reported', severity: 'warning' })]);
    expect(m.matchSeller('amazon', '1102345678')).toEqual([]);
    expect(m.matchSeller('aliexpress', undefined)).toEqual([]);
  });
});
