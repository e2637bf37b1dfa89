// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, readWith } from './load';

describe('taobao adapter', () => {
  it('reads g_config literals (escaped shop name, seller id), price range low end, stock and brand', () => {
    const f = readWith('taobao', fixture('taobao/item.html'), 'https://item.taobao.com/item.htm?id=600000000001');
    expect(f.product).toMatchObject({ title: '木质桌面收纳盒', price: { amount: '39.9', currency: 'CNY' }, availability: 'InStock', sku: '600000000001', brand: '木语' });
    expect(f.seller).toMatchObject({ name: '木语家居', id: '180000001', soldByPlatform: false, url: 'https://muyujiaju.taobao.com/' });
  });

  it('ignores text garbled by a wrong charset instead of reporting it', () => {
    const html = page(`<script>var g_config = { shopName : '\\uFFFD\\uFFFD', sellerId : '180000002' };</script>
      <ul class="attributes-list"><li>\uFFFD\uFFFD: Acme</li></ul><strong id="J_StrPrice"><em class="tb-rmb-num">10.00</em></strong>`);
    const f = readWith('taobao', html, 'https://item.taobao.com/item.htm?id=600000000002');
    expect(f.seller.name).toBeUndefined();
    expect(f.seller.id).toBe('180000002');
    expect(f.product.brand).toBeUndefined();
  });

  it('classifies shop, search and order pages by host', () => {
    expect(readWith('taobao', page(''), 'https://muyujiaju.taobao.com/').pageKind).toBe('store');
    expect(readWith('taobao', page(''), 'https://s.taobao.com/search?q=box').pageKind).toBe('search');
    expect(readWith('taobao', page(''), 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm').pageKind).toBe('order');
  });
});

describe('tmall adapter', () => {
  it('reads TShop.Setup and g_config: promotion price, brand, review count, seller', () => {
    const f = readWith('tmall', fixture('tmall/item.html'), 'https://detail.tmall.com/item.htm?id=610000000001');
    expect(f.product).toMatchObject({ title: '清泉 保温杯 500ml', price: { amount: '99', currency: 'CNY' }, brand: '清泉/QINGQUAN', reviewCount: 2046, availability: 'InStock', sku: '610000000001' });
    expect(f.seller).toMatchObject({ name: '清泉官方旗舰店', id: '2200000001', soldByPlatform: false });
    expect(f.claims.officialStore).toBe(true);
  });

  it('falls back to the URL-encoded seller nick when the shop name is garbled', () => {
    const html = fixture('tmall/item.html').replace('<strong>清泉官方旗舰店</strong>', '<strong>\uFFFD\uFFFD\uFFFD</strong>');
    expect(readWith('tmall', html, 'https://detail.tmall.com/item.htm?id=610000000001').seller.name).toBe('清泉官方旗舰店');
  });

  it('knows Tmall Supermarket as the platform selling', () => {
    const html = page('<script>g_config={sellerId:"725677994"};</script><a class="slogo-shopname"><strong>天猫超市</strong></a><span class="tm-price">25.90</span>');
    const f = readWith('tmall', html, 'https://detail.tmall.com/item.htm?id=610000000002');
    expect(f.seller).toMatchObject({ name: '天猫超市', soldByPlatform: true });
  });

  it('matches Tmall Global (tmall.hk)', () => {
    expect(readWith('tmall', page(''), 'https://detail.tmall.hk/hk/item.htm?id=610000000003').pageKind).toBe('product');
  });
});
