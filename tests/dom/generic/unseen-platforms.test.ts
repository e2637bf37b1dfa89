// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, product } from './load';

/**
 * Shops on platforms the generic reader was never tuned on and the corpus
 * does not hold (each fixture written here after the platform's public
 * theme markup). Nothing in the reader names these platforms: each case
 * passes on the general rules (structured data, labels, price blocks, stock
 * lines, buy buttons) or fails as a gap in them.
 */

const read = (name: string, url: string) => product(fixture(`unseen/${name}`), url);

describe('generic adapter on shop platforms it has never seen', () => {
  it('PrestaShop (fr): price, the regular price of the sale, "Référence", "Marque" and "En stock"', () => {
    const f = read('prestashop.html', 'https://iwachu.example.fr/cuisine/42-theiere-fonte.html');
    expect(f.product).toMatchObject({
      price: { amount: '44.2', currency: 'EUR' },
      listPrice: { amount: '52', currency: 'EUR' },
      sku: 'IWA-HOK-08',
      brand: 'Iwachu',
      availability: 'InStock',
    });
    expect(f.claims.discountPercent).toBe(15);
  });

  it('Shopware 6 (de): microdata, and the list price beside a price marked "with-list-price"', () => {
    const f = read('shopware.html', 'https://bergwerk-shop.example.de/Wanderschuh-Hochtal/BH-10042');
    expect(f.product).toMatchObject({
      price: { amount: '89.95', currency: 'EUR' },
      listPrice: { amount: '109', currency: 'EUR' },
      sku: 'BH-10042',
      brand: 'Bergwerk',
      availability: 'InStock',
    });
  });

  it('BigCommerce: "Now" is the price and "Was" the list price, the brand heading has no label', () => {
    const f = read('bigcommerce.html', 'https://northwoodsupply.example.com/camp-pack-large/');
    expect(f.product).toMatchObject({
      price: { amount: '129', currency: 'USD' },
      listPrice: { amount: '149', currency: 'USD' },
      sku: 'NW-CPB-L',
      brand: 'Northwood',
      availability: 'InStock',
    });
  });

  it('OpenCart (en-GB): struck-through list price, "Product Code", "Brand" and "Availability" rows', () => {
    const f = read('opencart.html', 'https://kettleandlamp.example.co.uk/index.php?route=product/product&product_id=48');
    expect(f.product).toMatchObject({
      price: { amount: '27.99', currency: 'GBP' },
      listPrice: { amount: '34.99', currency: 'GBP' },
      sku: 'KL-BCB-3',
      brand: 'Oakhurst',
      availability: 'InStock',
    });
  });

  it('Salesforce Commerce Cloud: sales price, <del> list price, "Item No." and the screen-reader rating', () => {
    const f = read('sfcc.html', 'https://www.northpeak.example.com/trail-runner-3/NP-TR3-M.html');
    expect(f.product).toMatchObject({
      price: { amount: '109', currency: 'USD' },
      listPrice: { amount: '139', currency: 'USD' },
      sku: 'NP-TR3-M',
      rating: 4.6,
      availability: 'InStock',
    });
  });

  it('nopCommerce: "Old price:" label, SKU, "GTIN code" and "Manufacturer" rows', () => {
    const f = read('nopcommerce.html', 'https://brightworks.example.nl/lumen-12-desk-lamp');
    expect(f.product).toMatchObject({
      price: { amount: '54', currency: 'EUR' },
      listPrice: { amount: '69', currency: 'EUR' },
      sku: 'BW-LUMEN-12',
      gtin: '4006381333931',
      brand: 'Brightworks',
      availability: 'InStock',
    });
  });

  it('Wix: JSON-LD written with capitalised keys ("Offers", "Price", "Availability", "Brand")', () => {
    const f = read('wix.html', 'https://www.juniperclay.example.com/product-page/stoneware-vase');
    expect(f.product).toMatchObject({
      price: { amount: '68', currency: 'CAD' },
      sku: 'JCS-VASE-24',
      brand: 'Juniper Clay',
      availability: 'InStock',
    });
  });

  it('Squarespace: a sold-out item (OpenGraph "oos", a "sold out" mark, a disabled button inside a wrapper)', () => {
    const f = read('squarespace.html', 'https://www.fenwickworkshop.example.co.uk/shop/p/linen-apron');
    expect(f.product).toMatchObject({ price: { amount: '42', currency: 'GBP' }, availability: 'OutOfStock' });
  });

  it('Squarespace: the page alone says sold out, without the OpenGraph stock tag', () => {
    const html = fixture('unseen/squarespace.html').replace(/<meta property="product:availability"[^>]*>/, '');
    const f = product(html, 'https://www.fenwickworkshop.example.co.uk/shop/p/linen-apron');
    expect(f.product.availability).toBe('OutOfStock');
  });

  it('Shoptet (cs): "1 290 Kč" amounts, the standard price of a sale, "Kód", "Značka", "Skladem" and "4,8 z 5 (12 hodnocení)"', () => {
    const f = read('shoptet.html', 'https://www.hrnciratvi-vlnka.example.cz/hrnky/hrnek-modrotisk-350/');
    expect(f.product).toMatchObject({
      price: { amount: '349', currency: 'CZK' },
      listPrice: { amount: '449', currency: 'CZK' },
      sku: 'MOD-350',
      brand: 'Vlnka',
      rating: 4.8,
      reviewCount: 12,
      availability: 'InStock',
    });
  });

  it('Color Me Shop (ja): an h2 product name, 販売価格 with 定価 as the list price, 型番 and 在庫あり', () => {
    const f = read('colorme.html', 'https://kouyori.example-colorme.jp/?pid=1987');
    expect(f.product).toMatchObject({
      title: '益子焼 飯碗 藍釉',
      price: { amount: '3300', currency: 'JPY' },
      listPrice: { amount: '3850', currency: 'JPY' },
      sku: 'MSK-AI-12',
      availability: 'InStock',
    });
  });

  it('Cafe24 (ko): OpenGraph sale price in won, the regular price as list price, 상품코드', () => {
    const f = read('cafe24.html', 'https://monoware.example.kr/product/detail.html?product_no=77');
    expect(f.product).toMatchObject({
      price: { amount: '159000', currency: 'KRW' },
      listPrice: { amount: '189000', currency: 'KRW' },
      sku: 'P0000BKL',
      availability: 'InStock',
    });
    expect(f.claims.discountPercent).toBe(16);
  });

  it('Ecwid embedded in another site: microdata price in NZD, "SKU" without a colon, "In stock"', () => {
    const f = read('ecwid.html', 'https://www.hollowoak.example.co.nz/store/Beeswax-Candle-Trio-p5512');
    expect(f.product).toMatchObject({ price: { amount: '34.5', currency: 'NZD' }, sku: 'HOA-CT3', availability: 'InStock' });
    expect(f.product.listPrice).toBeUndefined();
  });

});
