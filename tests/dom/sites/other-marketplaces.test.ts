// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ld, page, read, readWith } from './load';

const product = (extra: Record<string, unknown> = {}) => ld({
  '@context': 'https://schema.org', '@type': 'Product', name: 'Test item', sku: 'T-1', brand: { '@type': 'Brand', name: 'Testbrand' },
  offers: { '@type': 'Offer', price: '12.90', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
  aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: '87' }, ...extra,
});

describe('temu adapter', () => {
  it('takes the mall id from a store URL and drops the name Temu masks', () => {
    const html = page(ld({ '@context': 'https://schema.org/', '@type': 'Organization', name: '* * Home * - Temu', url: 'https://www.temu.com/--home--m-3500000000001.html',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.8, reviewCount: 19000 } }));
    const f = readWith('temu', html, 'https://www.temu.com/--home--m-3500000000001.html');
    expect(f.pageKind).toBe('store');
    expect(f.seller).toMatchObject({ id: '3500000000001', soldByPlatform: false });
    expect(f.seller.name).toBeUndefined();
  });

  it('reads a goods page from JSON-LD and rawData', () => {
    const raw = { store: { goods: { goodsId: '601000000000001', goodsName: 'Test item', mallId: '634000000001' }, mall: { mallId: '634000000001', mallName: 'Brightnest Home' } } };
    const html = page(`${product()}<script>window.rawData = ${JSON.stringify(raw)};</script>`);
    const f = readWith('temu', html, 'https://www.temu.com/test-item-g-601000000000001.html');
    expect(f.product).toMatchObject({ price: { amount: '12.9', currency: 'USD' }, sku: '601000000000001', rating: 4.5, reviewCount: 87 });
    expect(f.seller).toMatchObject({ name: 'Brightnest Home', id: '634000000001', soldByPlatform: false });
  });
});

describe('shein adapter', () => {
  it('reads productIntroData: sale price, store, reviews', () => {
    const intro = { detail: { goods_name: 'Ribbed knit top', goods_sn: 'sw2300000001', stock: 12 }, getPrice: { salePrice: { amount: '9.49' } },
      storeInfo: { title: 'Loomly Studio', storeCode: '6000000001' }, commentInfo: { comment_num: 540, comment_rank_average: '4.86' } };
    const html = page(`${product({ offers: { '@type': 'Offer', price: '11.99', priceCurrency: 'EUR' } })}<script>var gbRawData = {"productIntroData": ${JSON.stringify(intro)}};</script>`);
    const f = readWith('shein', html, 'https://fr.shein.com/Ribbed-Knit-Top-p-30000001-cat-1738.html');
    expect(f.product).toMatchObject({ title: 'Ribbed knit top', price: { amount: '9.49', currency: 'EUR' }, availability: 'InStock', sku: 'sw2300000001', rating: 4.86, reviewCount: 540 });
    expect(f.seller).toMatchObject({ name: 'Loomly Studio', id: '6000000001', soldByPlatform: false });
  });

  it('knows SHEIN itself as the platform seller', () => {
    const html = page(`<script>var x = {"productIntroData": {"storeInfo": {"title": "SHEIN", "storeCode": "1"}}};</script>`);
    expect(readWith('shein', html, 'https://us.shein.com/Dress-p-30000002.html').seller).toMatchObject({ name: 'SHEIN', soldByPlatform: true });
  });
});

describe('shopee adapter', () => {
  it('takes shop and item ids from the URL and the rest from JSON-LD', () => {
    const html = page(product({ offers: { '@type': 'Offer', price: '15.80', priceCurrency: 'SGD', availability: 'http://schema.org/InStock', seller: { '@type': 'Organization', name: 'gadgetgarden.sg' } } }));
    const f = readWith('shopee', html, 'https://shopee.sg/Test-item-i.200000001.21000000001');
    expect(f.product).toMatchObject({ price: { amount: '15.8', currency: 'SGD' }, sku: '21000000001', brand: 'Testbrand' });
    expect(f.seller).toMatchObject({ name: 'gadgetgarden.sg', id: '200000001', soldByPlatform: false });
  });

  it('reports a client-rendered shell as missing data, with the ids it can know', () => {
    const f = readWith('shopee', page('<div id="main"></div>'), 'https://shopee.co.th/product/200000002/21000000002');
    expect(f.seller.id).toBe('200000002');
    expect(f.product.sku).toBe('21000000002');
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'seller.name']));
  });
});

describe('rakuten adapter', () => {
  it('takes the shop from the item path and its name from the title; Rakuten Books is the platform', () => {
    const html = page(`<span itemprop="price" content="1980"></span>`, { title: '【楽天市場】テスト本：楽天ブックス', lang: 'ja' });
    const f = readWith('rakuten', html, 'https://item.rakuten.co.jp/book/17000001/');
    expect(f.product).toMatchObject({ price: { amount: '1980', currency: 'JPY' } });
    expect(f.seller).toMatchObject({ name: '楽天ブックス', id: 'book', soldByPlatform: true });
  });

  it('reads a third-party shop item', () => {
    const html = page(product({ offers: { '@type': 'Offer', price: 3280, priceCurrency: 'JPY' } }), { title: '【楽天市場】テスト：さくら雑貨店' });
    const f = readWith('rakuten', html, 'https://item.rakuten.co.jp/sakura-zakka/t-100/');
    expect(f.seller).toMatchObject({ name: 'さくら雑貨店', id: 'sakura-zakka', soldByPlatform: false });
    expect(f.product.price).toEqual({ amount: '3280', currency: 'JPY' });
  });
});

describe('wish adapter', () => {
  it('reads the merchant link and the product structured data', () => {
    const html = page(`${product()}<a href="/merchant/brightwaystore">Brightway Store</a>`);
    const f = readWith('wish', html, 'https://www.wish.com/c/5f0000000000000000000001');
    expect(f.seller).toMatchObject({ name: 'Brightway Store', id: 'brightwaystore', soldByPlatform: false });
    expect(f.product).toMatchObject({ price: { amount: '12.9', currency: 'USD' }, sku: '5f0000000000000000000001' });
  });

  it('classifies merchant pages as stores', () => {
    expect(read(page('<h1>Brightway Store</h1>'), 'https://www.wish.com/merchant/brightwaystore')?.seller).toMatchObject({ name: 'Brightway Store', id: 'brightwaystore' });
  });
});
