// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract, fixture, product } from './load';

describe('generic adapter: shop platforms', () => {
  it('Shopify: product JSON in cents, vendor, barcode, compare-at price and the store currency', () => {
    const f = product(fixture('shopify.html'), 'https://casabrava.example.pt/products/chaleira-aurora');
    expect(f.product).toMatchObject({
      price: { amount: '49.9', currency: 'EUR' },
      listPrice: { amount: '59.9', currency: 'EUR' },
      availability: 'InStock',
      sku: 'AUR-17-W',
      gtin: '5601234567894',
      brand: 'Aurora',
    });
    expect(f.shop.platform).toBe('shopify');
  });

  it('Shopify: the ?variant= of the URL selects price, sku and stock', () => {
    const f = product(fixture('shopify.html'), 'https://casabrava.example.pt/products/chaleira-aurora?variant=9102');
    expect(f.product).toMatchObject({ price: { amount: '54.9', currency: 'EUR' }, sku: 'AUR-17-B', availability: 'OutOfStock' });
  });

  it('Shopify: a collection page is not a product page, even with a price and a buy button', () => {
    expect(extract(fixture('shopify-collection.html'), 'https://claycorner.example.com/collections/mugs')).toBeNull();
  });

  it('WooCommerce: sale price from <ins>, list price from <del>, sku and stock', () => {
    const f = product(fixture('woocommerce.html'), 'https://southernknits.example.com.au/product/merino-beanie/');
    expect(f.product).toMatchObject({ price: { amount: '36', currency: 'AUD' }, listPrice: { amount: '45', currency: 'AUD' }, sku: 'SK-BEANIE', availability: 'InStock' });
    expect(f.shop.platform).toBe('woocommerce');
  });

  it('WooCommerce: the variation the URL attributes select', () => {
    const f = product(fixture('woocommerce.html'), 'https://southernknits.example.com.au/product/merino-beanie/?attribute_pa_colour=navy');
    expect(f.product).toMatchObject({ price: { amount: '38' }, sku: 'SK-BEANIE-NVY', availability: 'OutOfStock' });
  });

  it('Magento: final price amount, old price, stock line and sku attribute', () => {
    const f = product(fixture('magento.html'), 'https://montagnastore.example.it/zaino-trekking-30l.html');
    expect(f.product).toMatchObject({ price: { amount: '64.9', currency: 'EUR' }, listPrice: { amount: '79.9', currency: 'EUR' }, availability: 'InStock', sku: 'MS-ZT30-BLU' });
    expect(f.claims.discountPercent).toBe(19);
    expect(f.shop.platform).toBe('magento');
  });

  it('Magento is recognised by its init script alone, and not without it', () => {
    const url = 'https://montagnastore.example.it/zaino-trekking-30l.html';
    const bare = fixture('magento.html').replace('catalog-product-view', 'page-view').replace(/product-info-main/g, 'product-summary');
    expect(product(bare, url).shop.platform).toBe('magento');
    const noScript = bare.replace(/type="text\/x-magento-init"/g, 'type="text/x-other-init"');
    expect(product(noScript, url).shop.platform).toBeUndefined();
  });
});
