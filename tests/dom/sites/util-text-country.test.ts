// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { availabilityFromText, parseCount, parsePercent, parseRating, returnWindowDays } from '@/lib/sites/util/text';
import { countryIn } from '@/lib/sites/util/country';
import { marketplaceMatchPatterns, marketplaceOfDomain, marketplaceOfHost } from '@/lib/sites/hosts';
import { SITE_ADAPTERS } from '@/lib/sites/registry';

describe('locale number readers', () => {
  it.each([
    ['6,536 ratings', 6536], ['5.182 valoraciones', 5182], ['(5,275)', 5275], ['12 345 évaluations', 12345], ['(2.9K)', 2900],
    ['1,2 mil', 1200], ['5万+', 50000], ['38287', 38287], ['10k+ sold', 10000], ['3 months', 3],
  ])('parseCount(%s) = %d', (text, n) => expect(parseCount(text)).toBe(n));

  it('refuses decimals without a scale and empty text', () => {
    expect(parseCount('4.5 out of 5')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('no reviews yet')).toBeUndefined();
  });

  it.each([
    ['4.6 out of 5 stars', 4.6], ['4,1 de 5 estrellas', 4.1], ['5つ星のうち4.5', 4.5], ['5 yıldız üzerinden 4,3', 4.3], ['5.0 out of 5', 5], ['5 out of 5', 5],
  ])('parseRating(%s) = %d', (text, n) => expect(parseRating(text)).toBe(n));

  it('rejects ratings off the 5 scale', () => expect(parseRating('8.7/10')).toBeUndefined());

  it('reads percentages and return windows', () => {
    expect(parsePercent("99,6% d'évaluations positives")).toBe(99.6);
    expect(parsePercent('100% positive (412)')).toBe(100);
    expect(returnWindowDays('Rückgabe innerhalb von 14 Tagen')).toBe(14);
    expect(returnWindowDays('30-day refund/replacement')).toBe(30);
    expect(returnWindowDays('No returns accepted')).toBeUndefined();
  });

  it('reads stock sentences, out-of-stock before in-stock', () => {
    expect(availabilityFromText('Currently unavailable.')).toBe('OutOfStock');
    expect(availabilityFromText('Actuellement indisponible')).toBe('OutOfStock');
    expect(availabilityFromText('Only 2 left in stock - order soon.')).toBe('InStock');
    expect(availabilityFromText('有货')).toBe('InStock');
    expect(availabilityFromText('Pre-order now')).toBe('PreOrder');
    expect(availabilityFromText('Ships in 3 days')).toBeUndefined();
  });
});

describe('country names', () => {
  it.each([
    ['Item location: Rancho Verde, California, United States', ['en'], 'US'],
    ["Galway , Irlande (Eire)", ['fr', 'en'], 'IE'],
    ['Estados Unidos Ver las políticas de la tienda', ['es', 'en'], 'US'],
    ['Shenzhen, China', ['en'], 'CN'],
    ['CN', ['en'], 'CN'],
    ['Chinese Mainland', ['en'], 'CN'],
    ['Vereinigtes Königreich', ['de', 'en'], 'GB'],
    ['中国', ['zh', 'en'], 'CN'],
  ] as const)('countryIn(%s) = %s', (text, langs, code) => expect(countryIn(text, langs)).toBe(code));

  it('finds no country in text without one', () => {
    expect(countryIn('Laguna', ['en'])).toBeUndefined();
    expect(countryIn('Free returns within 30 days', ['en'])).toBeUndefined();
    expect(countryIn('UK', ['en'])).toBe('GB');
    expect(countryIn('EU', ['en'])).toBeUndefined();
  });
});

describe('hosts and registry', () => {
  it('maps hostnames to marketplaces by walking up to a listed domain', () => {
    expect(marketplaceOfHost('es.aliexpress.com')).toBe('aliexpress');
    expect(marketplaceOfHost('listado.mercadolibre.com.pe')).toBe('mercadolibre');
    expect(marketplaceOfHost('detail.tmall.hk')).toBe('tmall');
    expect(marketplaceOfHost('www.amazon.co.uk')).toBe('amazon');
    expect(marketplaceOfHost('amazon.co.uk.evil.example')).toBe('shop');
    expect(marketplaceOfHost('notamazon.com')).toBe('shop');
    expect(marketplaceOfDomain('ebay.ie')).toBe('ebay');
    expect(marketplaceOfDomain('example.com')).toBe('shop');
  });

  it('has one adapter per marketplace, each matching exactly its own hosts', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id).sort();
    expect(ids).toEqual(['alibaba', 'aliexpress', 'amazon', 'ebay', 'etsy', 'jd', 'lazada', 'mercadolibre', 'rakuten', 'shein', 'shopee', 'taobao', 'temu', 'tmall', 'walmart', 'wish']);
    for (const pattern of marketplaceMatchPatterns()) {
      const host = pattern.replace(/^\*:\/\/(\*\.)?/, 'www.').replace(/\/\*$/, '');
      const owners = SITE_ADAPTERS.filter((a) => a.matches(new URL(`https://${host}/`)));
      expect(owners.map((a) => a.id)).toEqual([marketplaceOfHost(host)]);
    }
  });
});

describe('finishFacts missing fields by page kind', () => {
  it('tracks results on search pages and no product fields there', async () => {
    const { finishFacts } = await import('@/lib/sites/util/finish');
    const search = finishFacts({ marketplace: 'ebay', pageKind: 'search', url: 'https://www.ebay.com/sch/i.html?_nkw=x', results: [] }, 'ebay', 1);
    expect(search.extraction.missing).toEqual(['results']);
    expect(search.results).toBeUndefined();
    const store = finishFacts({ marketplace: 'ebay', pageKind: 'store', url: 'https://www.ebay.com/usr/x', seller: { name: 'x' } }, 'ebay', 1);
    expect(store.extraction.missing).toEqual(['seller.id', 'seller.feedbackPercent']);
    const order = finishFacts({ marketplace: 'ebay', pageKind: 'order', url: 'https://order.ebay.com/ord/show' }, 'ebay', 1);
    expect(order.extraction.missing).toEqual([]);
  });
});
