// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('jd adapter', () => {
  it('reads pageConfig and the rendered price; a self-operated shop is the platform selling', () => {
    const f = readWith('jd', fixture('jd/item.html'), 'https://item.jd.com/100000000001.html');
    expect(f.product).toMatchObject({ title: '测试电水壶 1.7L', price: { amount: '199', currency: 'CNY' }, availability: 'InStock', sku: '100000000001', brand: '清风', reviewCount: 50000 });
    expect(f.seller).toMatchObject({ name: '清风电器京东自营旗舰店', id: '1000000001', soldByPlatform: true });
  });

  it('treats a third-party JD shop as not the platform', () => {
    const html = page(`<script>var pageConfig = { product: { skuid: 100000000002, venderId: 2000001, shopId: '2000001' } };</script>
      <div class="J-hove-wrap"><div class="name"><a href="//mall.jd.com/index-2000001.html" title="远山户外专营店">远山户外专营店</a></div></div>
      <div id="store-prompt">无货</div>`);
    const f = readWith('jd', html, 'https://npcitem.jd.hk/100000000002.html');
    expect(f.seller).toMatchObject({ name: '远山户外专营店', id: '2000001', soldByPlatform: false });
    expect(f.product.availability).toBe('OutOfStock');
    // The price arrives later from JD's price API: until then it is missing, not guessed.
    expect(f.extraction.missing).toContain('product.price');
  });
});
