// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, read, readWith } from './load';

describe('aliexpress adapter', () => {
  it('reads the 2023–24 component schema: preselected SKU price, brand (not "compatible brand"), freight JSON-in-JSON', () => {
    const f = readWith('aliexpress', fixture('aliexpress/components-2023.html'), 'https://es.aliexpress.com/item/1005000000000001.html');
    expect(f.product).toMatchObject({
      title: 'Cesta de mimbre tejida a mano',
      price: { amount: '24.7', currency: 'EUR' },
      availability: 'InStock',
      sku: '1005000000000001',
      brand: 'PINEWEAVE',
      rating: 4.7,
      reviewCount: 64,
    });
    expect(f.seller).toMatchObject({
      name: 'Pinecone Craft Store', id: '1100420001', soldByPlatform: false, feedbackPercent: 96.4, feedbackCount: 812,
      openedAt: '2020-01-01', years: 4, url: 'https://es.aliexpress.com/store/1100420001',
    });
    expect(f.shipping).toEqual({ from: 'CN', daysMin: 12, daysMax: 19 });
    expect(f.claims.discountPercent).toBe(35);
  });

  it('reads the 2019–22 module schema: percent strings, brand by attribute id in any language, sold out', () => {
    const f = readWith('aliexpress', fixture('aliexpress/modules-2020.html'), 'https://he.aliexpress.com/item/32900000001.html');
    expect(f.product).toMatchObject({
      price: { amount: '8.42', currency: 'USD' },
      availability: 'OutOfStock',
      brand: 'GLOWNEST',
      rating: 4.8,
      reviewCount: 1290,
    });
    expect(f.seller).toMatchObject({
      name: 'Harbor Light Store', id: '220011', feedbackPercent: 95.1, feedbackCount: 4410, followers: 15230, years: 7, location: 'CN',
    });
    expect(f.claims.topRated).toBe(true);
    // The store's country is not where the item ships from.
    expect(f.shipping.from).toBeUndefined();
  });

  it('reads the client-rendered page from the DOM when runParams is empty', () => {
    const f = readWith('aliexpress', fixture('aliexpress/client-rendered.html'), 'https://www.aliexpress.com/item/1005000000000777.html');
    expect(f.product).toMatchObject({ title: 'Ceramic pour-over coffee dripper', price: { amount: '12.34', currency: 'USD' }, availability: 'InStock' });
    expect(f.seller).toMatchObject({ name: 'Kiln & Co Store', id: '1100777001', feedbackPercent: 97.2 });
    expect(f.shipping.from).toBe('ES');
  });

  it('does not report an item page before its data has rendered', () => {
    const shell = page('<div id="root"></div><script>window._d_c_ = {}; window._d_c_.isCSR = true;</script>');
    expect(read(shell, 'https://www.aliexpress.com/item/1005000000000778.html')).toBeNull();
  });

  it('lists what it could not find when only the store is on the page', () => {
    const html = page('<span data-pl="store-name"><a href="https://www.aliexpress.com/store/1100777002">Lone Store</a></span>');
    const f = readWith('aliexpress', html, 'https://www.aliexpress.com/item/1005000000000779.html');
    expect(f.seller.name).toBe('Lone Store');
    expect(f.product.price).toBeUndefined();
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'product.brand', 'product.rating', 'seller.feedbackPercent', 'shipping.from']));
  });

  it('reads search results with their stores from the embedded item list', () => {
    const f = readWith('aliexpress', fixture('aliexpress/search.html'), 'https://www.aliexpress.com/w/wholesale-usb-cable.html');
    expect(f.pageKind).toBe('search');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[1]).toMatchObject({
      title: 'Cable magnético 3 en 1', price: { amount: '4.1', currency: 'USD' }, sellerName: 'Magline Official Store', sellerId: '1100500002',
      url: 'https://www.aliexpress.com/item/1005000000000102.html',
    });
  });

  it('classifies store, order and checkout pages', () => {
    expect(read(page('<h1>x</h1>'), 'https://www.aliexpress.com/store/1100420001')?.pageKind).toBe('store');
    expect(read(page(''), 'https://www.aliexpress.com/p/order/detail.html?orderId=8000000000000001')?.pageKind).toBe('order');
    expect(read(page(''), 'https://www.aliexpress.com/p/trade/confirm.html?objectId=1')?.pageKind).toBe('checkout');
  });
});
