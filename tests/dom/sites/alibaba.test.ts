// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('alibaba adapter', () => {
  it('reads the supplier company, the Brand Name attribute (not the JSON-LD placeholder) and orderability', () => {
    const f = readWith('alibaba', fixture('alibaba/product.html'), 'https://www.alibaba.com/product-detail/Stainless-Garlic-Press_1600000000001.html?spm=a2700');
    expect(f.product).toMatchObject({
      title: 'Stainless Garlic Press', price: { amount: '2.35', currency: 'USD' }, availability: 'InStock', sku: '1600000000001', brand: 'BRIGHTSTEEL',
    });
    expect(f.seller).toMatchObject({ name: 'Yangjiang Brightsteel Kitchenware Co., Ltd.', id: '250000001', soldByPlatform: false, years: 9 });
  });

  it('reads the 2022+ detailData page state', () => {
    const state = { globalData: { seller: { companyName: 'Ningbo Clearwave Trading Co., Ltd.', companyId: 250000002 }, product: { productBasicProperties: [{ attrName: 'Brand Name', attrValue: 'CLEARWAVE' }] } } };
    const html = page(`<script>window.detailData = ${JSON.stringify(state)};</script>`);
    const f = readWith('alibaba', html, 'https://www.alibaba.com/product-detail/Water-Bottle_1600000000002.html');
    expect(f.seller).toMatchObject({ name: 'Ningbo Clearwave Trading Co., Ltd.', id: '250000002' });
    expect(f.product.brand).toBe('CLEARWAVE');
    // No price and no order button on the page: not guessed.
    expect(f.product.price).toBeUndefined();
    expect(f.product.availability).toBeUndefined();
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'product.availability']));
  });
});
