// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, read, readWith } from './load';

describe('ebay adapter', () => {
  it('reads the legacy item layout: microdata price, seller card, French location and item specifics', () => {
    const f = readWith('ebay', fixture('ebay/legacy-item.html'), 'https://www.ebay.fr/itm/293500000001');
    expect(f.product).toMatchObject({
      price: { amount: '5.95', currency: 'EUR' },
      availability: 'InStock',
      sku: '293500000001',
      brand: 'Voltana',
    });
    expect(f.seller).toMatchObject({
      name: 'voltbox-ireland', id: 'voltbox-ireland', soldByPlatform: false, feedbackPercent: 99.3, feedbackCount: 4821,
    });
    expect(f.shipping.from).toBe('IE');
    expect(f.returns.windowDays).toBe(30);
  });

  it('reads the 2022+ layout: seller card, "Located in" line, JSON-LD rating and gtin', () => {
    const f = readWith('ebay', fixture('ebay/new-item.html'), 'https://www.ebay.com/itm/256000000042');
    expect(f.product).toMatchObject({
      title: 'Camping Lantern LED Rechargeable',
      price: { amount: '27.5', currency: 'USD' },
      availability: 'InStock',
      brand: 'Trailglow',
      gtin: '4006381333931',
      rating: 4.7,
      reviewCount: 38,
    });
    expect(f.seller).toMatchObject({ name: 'lumen_outpost', id: 'lumen_outpost', feedbackPercent: 98.9, feedbackCount: 12480, soldByPlatform: false });
    expect(f.shipping.from).toBe('CN');
    expect(f.returns.windowDays).toBe(30);
  });

  it('reports an ended listing without seller data as out of stock with the seller fields missing', () => {
    const html = page(`<h1 class="x-item-title__mainTitle">Old camera</h1><div class="d-statusmessage">This listing was ended by the seller because the item is no longer available.</div>`);
    const f = readWith('ebay', html, 'https://www.ebay.com/itm/256000000099');
    expect(f.product.availability).toBe('OutOfStock');
    expect(f.product.price).toBeUndefined();
    expect(f.seller.soldByPlatform).toBeUndefined();
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'seller.name', 'seller.id', 'seller.feedbackPercent', 'shipping.from']));
  });

  it('reads s-card search results with their sellers and skips the placeholder card', () => {
    const f = readWith('ebay', fixture('ebay/search-scard.html'), 'https://www.ebay.co.uk/sch/i.html?_nkw=blu+ray');
    expect(f.pageKind).toBe('search');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[0]).toMatchObject({ price: { amount: '18.4', currency: 'GBP' }, sellerName: 'reel-kiste', sellerId: 'reel-kiste' });
    expect(f.results?.[1]?.sellerName).toBe('discvault_uk');
  });

  it('reads s-item search results (range price gives its low end)', () => {
    const f = readWith('ebay', fixture('ebay/search-sitem.html'), 'https://www.ebay.com/sch/i.html?_nkw=shirts');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[0]).toMatchObject({ title: 'Oxford Shirt Slim Fit', price: { amount: '22.79', currency: 'USD' }, sellerName: 'tailor-row' });
    expect(f.results?.[1]?.sellerName).toBeUndefined();
  });

  it('reads a seller profile page', () => {
    const html = page(`<div class="str-seller-card"><h1 class="str-seller-card__store-name">Lumen Outpost</h1>
      <span>98.9% positive feedback</span><span>25K items sold</span><span>1.2K followers</span></div>`);
    const f = readWith('ebay', html, 'https://www.ebay.com/usr/lumen_outpost');
    expect(f.pageKind).toBe('store');
    expect(f.seller).toMatchObject({ name: 'Lumen Outpost', id: 'lumen_outpost', feedbackPercent: 98.9, followers: 1200 });
  });

  it('classifies checkout and order pages', () => {
    expect(read(page(''), 'https://pay.ebay.com/rxo?action=view&sessionid=1')?.pageKind).toBe('checkout');
    expect(read(page(''), 'https://order.ebay.com/ord/show?orderId=1')?.pageKind).toBe('order');
  });
});
