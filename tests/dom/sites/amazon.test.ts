// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixture, page, read, readWith } from './load';

describe('amazon adapter', () => {
  it('reads the legacy buy box: priceblock, merchant-info sentence, seller link and byline brand', () => {
    const f = readWith('amazon', fixture('amazon/legacy-third-party.html'), 'https://www.amazon.co.uk/dp/B0TESTKET1');
    expect(f.pageKind).toBe('product');
    expect(f.product).toMatchObject({
      title: 'Brookfield Enamel Kettle 1.7 L, Sage Green',
      price: { amount: '34.5', currency: 'GBP' },
      availability: 'InStock',
      sku: 'B0TESTKET1',
      brand: 'Brookfield',
      rating: 4.3,
      reviewCount: 1204,
    });
    expect(f.seller).toMatchObject({ name: 'Kettle & Crumb Ltd', id: 'A1B2C3D4E5F6G7', soldByPlatform: false });
    // Feedback and ship-from country are not on Amazon product pages (seller page only).
    expect(f.extraction.missing).toEqual(['seller.feedbackPercent', 'shipping.from']);
  });

  it('reads the 2023+ offer-display layout sold by Amazon, ignoring carousel prices', () => {
    const f = readWith('amazon', fixture('amazon/offer-display-sold-by-amazon.html'), 'https://www.amazon.com/Lumora-Lamp/dp/B0TESTLMP1');
    expect(f.product.price).toEqual({ amount: '19.99', currency: 'USD' });
    expect(f.product.listPrice).toEqual({ amount: '24.99', currency: 'USD' });
    expect(f.product).toMatchObject({ brand: 'Lumora', rating: 4.6, reviewCount: 2311, availability: 'InStock' });
    expect(f.seller).toMatchObject({ name: 'Amazon.com', id: 'ATVPDKIKX0DER', soldByPlatform: true });
    expect(f.claims.discountPercent).toBe(20);
    expect(f.returns).toMatchObject({ windowDays: 30 });
  });

  it('parses the German sentence and locale numbers, and knows Amazon.de as the platform', () => {
    const html = page(`
      <span id="productTitle">Thermoskanne 1 l</span>
      <div id="corePriceDisplay_desktop_feature_div"><span class="a-price priceToPay"><span class="a-offscreen">12,49 €</span></span></div>
      <span id="acrPopover" title="4,6 von 5 Sternen"></span><span id="acrCustomerReviewText">5.182 Sternebewertungen</span>
      <div id="availability">Auf Lager</div>
      <div id="merchant-info">Verkauf und Versand durch Amazon.</div>
      <input id="merchantID" value="A3JWKAKR8XB7XF">`, { lang: 'de-de' });
    const f = readWith('amazon', html, 'https://www.amazon.de/dp/B0TESTTHR1');
    expect(f.product).toMatchObject({ price: { amount: '12.49', currency: 'EUR' }, rating: 4.6, reviewCount: 5182, availability: 'InStock' });
    expect(f.seller).toMatchObject({ name: 'Amazon', id: 'A3JWKAKR8XB7XF', soldByPlatform: true });
  });

  it('reads Japanese ratings that print the scale first and yen without decimals', () => {
    const html = page(`
      <span id="productTitle">テスト商品</span>
      <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">￥1,980</span></span></div>
      <span id="acrPopover" title="5つ星のうち4.2"></span><span id="acrCustomerReviewText">312個の評価</span>
      <div id="merchantInfoFeature_feature_div"><span class="offer-display-feature-text-message"><a href="/gp/help/seller/at-a-glance.html?seller=AZZTESTJP0001">さくら雑貨店</a></span></div>`, { lang: 'ja-jp' });
    const f = readWith('amazon', html, 'https://www.amazon.co.jp/dp/B0TESTJP01');
    expect(f.product).toMatchObject({ price: { amount: '1980', currency: 'JPY' }, rating: 4.2, reviewCount: 312 });
    expect(f.seller).toMatchObject({ name: 'さくら雑貨店', id: 'AZZTESTJP0001', soldByPlatform: false });
  });

  it('reads the Japanese sentence, where the seller comes first', () => {
    const html = page('<span id="productTitle">テスト</span><div id="merchant-info">この商品は、Amazon.co.jp が販売、発送します。</div><input id="merchantID" value="AN1VRQENFRJN5">', { lang: 'ja-jp' });
    expect(readWith('amazon', html, 'https://www.amazon.co.jp/dp/B0TESTJP02').seller).toMatchObject({ name: 'Amazon.co.jp', soldByPlatform: true });
  });

  it('does not take a third party that calls itself Amazon for the platform', () => {
    const html = page(`<span id="productTitle">X</span>
      <div id="merchant-info">Sold by <a href="/gp/help/seller/at-a-glance.html?seller=AFAKE0000TEST">Amazon Deals Official</a> and Fulfilled by Amazon.</div>`);
    const f = readWith('amazon', html, 'https://www.amazon.com/dp/B0TESTFAK1');
    expect(f.seller).toMatchObject({ name: 'Amazon Deals Official', id: 'AFAKE0000TEST', soldByPlatform: false });
  });

  it('reports a page without buy box as missing price and seller, not a carousel price', () => {
    const f = readWith('amazon', fixture('amazon/no-buy-box.html'), 'https://www.amazon.es/dp/B0TESTVAC1');
    expect(f.product.price).toBeUndefined();
    expect(f.seller.name).toBeUndefined();
    expect(f.seller.soldByPlatform).toBeUndefined();
    expect(f.product).toMatchObject({ brand: 'Norvalle', rating: 4.1, reviewCount: 5182 });
    expect(f.extraction.missing).toEqual(expect.arrayContaining(['product.price', 'seller.name', 'seller.id']));
  });

  it('reads one result per search card and skips empty ad slots', () => {
    const f = readWith('amazon', fixture('amazon/search.html'), 'https://www.amazon.de/s?k=usb+kabel');
    expect(f.pageKind).toBe('search');
    expect(f.results).toHaveLength(2);
    expect(f.results?.[1]).toMatchObject({ title: 'Kabel B, USB-C, 1 m', price: { amount: '7.49', currency: 'EUR' }, url: 'https://www.amazon.de/Kabel-B/dp/B0TESTUSB2' });
  });

  it('reads the seller profile: feedback, rating count and business address country', () => {
    const f = readWith('amazon', fixture('amazon/seller-profile.html'), 'https://www.amazon.com/sp?seller=AHARBORTEST01');
    expect(f.pageKind).toBe('store');
    expect(f.seller).toMatchObject({ name: 'Harbor Goods Trading', id: 'AHARBORTEST01', feedbackPercent: 91, feedbackCount: 1234, location: 'CN', soldByPlatform: false });
  });

  it('classifies order and checkout pages by URL', () => {
    expect(read(page(''), 'https://www.amazon.com/gp/your-account/order-details?orderID=111-0000000-0000000')?.pageKind).toBe('order');
    expect(read(page(''), 'https://www.amazon.fr/gp/buy/thankyou/handlers/display.html')?.pageKind).toBe('order');
    expect(read(page(''), 'https://www.amazon.fr/gp/buy/spc/handlers/display.html')?.pageKind).toBe('checkout');
  });

  it('matches every listed country site and nothing else', () => {
    for (const host of ['www.amazon.com.mx', 'www.amazon.com.tr', 'www.amazon.sa', 'www.amazon.com.be', 'smile.amazon.com']) {
      expect(read(page(''), `https://${host}/dp/B0TESTXXX1`)?.extraction.adapter).toBe('amazon');
    }
    expect(read(page(''), 'https://www.amazon-deals.example/dp/B0TESTXXX1')?.extraction.adapter).not.toBe('amazon');
  });
});
