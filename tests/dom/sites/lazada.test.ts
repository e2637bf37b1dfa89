// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('lazada adapter', () => {
  it('reads the item module data: price, stock, brand, seller rating', () => {
    const f = readWith('lazada', fixture('lazada/item.html'), 'https://www.lazada.com.ph/products/thermal-flask-i3100000001-s4100000001.html');
    expect(f.product).toMatchObject({
      title: 'Thermal flask 750 ml', price: { amount: '459', currency: 'PHP' }, availability: 'InStock', sku: '3100000001',
      brand: 'Kettleby', rating: 4.8, reviewCount: 1320,
    });
    expect(f.seller).toMatchObject({ name: 'Kettleby Official Store', id: '500000001', feedbackPercent: 94, soldByPlatform: false });
    expect(f.claims.officialStore).toBe(true);
  });

  it('reads search results from pageData', () => {
    const f = readWith('lazada', fixture('lazada/search.html'), 'https://www.lazada.com.ph/catalog/?q=diapers');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[0]).toMatchObject({ price: { amount: '305', currency: 'PHP' }, sellerName: 'Happy Tots PH', sellerId: '500000011' });
  });

  it('reads rendered result cards when the page data is gone', () => {
    const f = readWith('lazada', fixture('lazada/search-rendered.html'), 'https://www.lazada.com.ph/catalog/?q=diapers');
    expect(f.results).toEqual([
      expect.objectContaining({ title: 'Diaper pants L 44s', price: { amount: '289', currency: 'PHP' } }),
      expect.objectContaining({ title: 'Diaper pants M 48s', price: { amount: '275', currency: 'PHP' } }),
    ]);
  });

  it('reports missing fields on an item page without data', () => {
    const f = readWith('lazada', page('<h1>Loading…</h1>'), 'https://www.lazada.sg/products/x-i3100000009.html');
    expect(f.product.price).toBeUndefined();
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'seller.name']));
  });
});
