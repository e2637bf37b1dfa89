// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('etsy adapter', () => {
  it('prefers the buy-box price, reads the shop from page data and ship-from in the page language', () => {
    const f = readWith('etsy', fixture('etsy/listing.html'), 'https://www.etsy.com/es/listing/700000001/felpudo-pintado');
    expect(f.product).toMatchObject({ price: { amount: '46.2', currency: 'EUR' }, availability: 'InStock', sku: '700000001', reviewCount: 157 });
    // JSON-LD brand is the shop itself, not a product brand; its rating aggregates the shop.
    expect(f.product.brand).toBeUndefined();
    expect(f.product.rating).toBeUndefined();
    expect(f.seller).toMatchObject({ name: 'MossAndMapleStudio', id: '30000001', soldByPlatform: false, feedbackCount: 2210 });
    expect(f.shipping.from).toBe('CA');
  });

  it('falls back to JSON-LD when the buy box is not rendered, and reports what is missing', () => {
    const html = page(`<script type="application/ld+json">{"@type":"Product","name":"Mug","offers":{"@type":"Offer","price":"18.00","priceCurrency":"USD","availability":"https://schema.org/OutOfStock"}}</script>`);
    const f = readWith('etsy', html, 'https://www.etsy.com/listing/700000002/mug');
    expect(f.product).toMatchObject({ price: { amount: '18', currency: 'USD' }, availability: 'OutOfStock' });
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['seller.name', 'seller.id', 'shipping.from']));
  });

  it('reads search cards with their shop names', () => {
    const html = page(`<ol>
      <li><div data-listing-id="700000011"><a href="https://www.etsy.com/listing/700000011/a"><h3>Linen apron</h3></a><p class="v2-listing-card__shop">FlaxLoft</p><span class="lc-price">$32.00</span></div></li>
      <li><div data-listing-id="700000012"><a href="https://www.etsy.com/listing/700000012/b"><h3>Canvas tote</h3></a><p class="v2-listing-card__shop">SailCloth Goods</p><span class="lc-price">$21.50</span></div></li></ol>`);
    const f = readWith('etsy', html, 'https://www.etsy.com/search?q=apron');
    expect(f.results).toEqual([
      expect.objectContaining({ title: 'Linen apron', sellerName: 'FlaxLoft', price: { amount: '32', currency: 'USD' } }),
      expect.objectContaining({ title: 'Canvas tote', sellerName: 'SailCloth Goods' }),
    ]);
  });
});
