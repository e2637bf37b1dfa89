// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('walmart adapter', () => {
  it('reads the item from __NEXT_DATA__: third-party seller, return window', () => {
    const f = readWith('walmart', fixture('walmart/item.html'), 'https://www.walmart.com/ip/Cast-Iron-Skillet/5000000001');
    expect(f.product).toMatchObject({
      title: 'Cast Iron Skillet 10 in', price: { amount: '29.97', currency: 'USD' }, availability: 'InStock', sku: '5000000001',
      gtin: '012345678905', brand: 'Ferrowick', rating: 4.4, reviewCount: 318,
    });
    expect(f.seller).toMatchObject({ name: 'Northgate Supply', id: '101000001', soldByPlatform: false });
    expect(f.returns).toMatchObject({ windowDays: 30, free: true });
  });

  it('knows Walmart.com as the platform seller', () => {
    const data = { props: { pageProps: { initialData: { data: { product: { name: 'Towel', sellerName: 'Walmart.com', sellerId: 'F55CDC31AB754BB68FE0B39041159D63', priceInfo: { currentPrice: { price: 5 } } } } } } } };
    const f = readWith('walmart', page(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`), 'https://www.walmart.com/ip/Towel/5000000002');
    expect(f.seller).toMatchObject({ name: 'Walmart.com', soldByPlatform: true });
  });

  it('reads search results from item stacks, skipping placeholders (walmart.ca prices in CAD)', () => {
    const f = readWith('walmart', fixture('walmart/search.html'), 'https://www.walmart.ca/en/search?q=diapers');
    expect(f.pageKind).toBe('search');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[0]).toMatchObject({ price: { amount: '44.07', currency: 'CAD' }, sellerName: 'Walmart', url: 'https://www.walmart.ca/en/ip/diapers/6000000001' });
    expect(f.results?.[1]).toMatchObject({ sellerName: 'Maple Baby Hub', sellerId: '77001' });
  });

  it('recognises the bot wall by its title and reads nothing from it', () => {
    const f = readWith('walmart', page('<h1>Activate and hold the button</h1>', { title: 'Robot or human?' }), 'https://www.walmart.com/blocked?url=L2lw');
    expect(f.pageKind).toBe('other');
    expect(f.product).toEqual({});
    expect(f.seller).toEqual({});
  });
});
