// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract, fixture, ld, page, product } from './load';

describe('generic adapter: JSON-LD', () => {
  it('reads a Product nested in @graph → WebPage.mainEntity, through a CDATA wrapper, next to a broken block', () => {
    const f = product(fixture('jsonld-graph.html'), 'https://www.harbourhome.example.co.uk/p/lumen-desk-lamp');
    expect(f.marketplace).toBe('shop');
    expect(f.pageKind).toBe('product');
    expect(f.product).toMatchObject({
      title: 'Lumen Desk Lamp, Brass',
      price: { amount: '89', currency: 'GBP' },
      availability: 'InStock',
      sku: 'HH-LUM-220',
      gtin: '5012345678900',
      brand: 'Lumen & Co',
      rating: 4.6,
      reviewCount: 1208,
    });
    expect(f.product.images).toEqual(['https://www.harbourhome.example.co.uk/img/lumen-1.jpg', 'https://cdn.harbourhome.example.co.uk/lumen-2.jpg']);
    expect(f.seller).toMatchObject({ name: 'Harbour Home', soldByPlatform: true });
    expect(f.extraction.adapter).toBe('generic');
    expect(f.extraction.missing).not.toContain('product.price');
  });

  it('chooses the ProductGroup variant the URL names, with its own price, sku and stock', () => {
    const url = 'https://ridgeline.example.com/p/tfj-100?size=s';
    const f = product(fixture('product-group.html'), url);
    expect(f.product).toMatchObject({ price: { amount: '79', currency: 'USD' }, sku: 'TFJ-100-S', availability: 'OutOfStock', brand: 'Ridgeline' });
    const m = product(fixture('product-group.html'), 'https://ridgeline.example.com/p/tfj-100?size=m');
    expect(m.product).toMatchObject({ price: { amount: '84.5' }, sku: 'TFJ-100-M', availability: 'InStock' });
  });

  it('without a variant in the URL, the product is available when any variant is', () => {
    const f = product(fixture('product-group.html'), 'https://ridgeline.example.com/p/tfj-100');
    expect(f.product.availability).toBe('InStock');
    expect(f.product.price?.currency).toBe('USD');
  });

  it('reads arrays of blocks, lower-case types, string sellers, list prices and scaled ratings', () => {
    const html = page('<h1>Walnut Chopping Board</h1>', {
      head: ld([
        { '@context': 'https://schema.org', '@type': 'Organization', name: 'Boards & Co' },
        {
          '@type': 'product', name: 'Walnut Chopping Board', productID: 'sku:WB-77',
          aggregateRating: { ratingValue: 9, bestRating: 10, ratingCount: 12 },
          offers: [{
            '@type': 'Offer', priceCurrency: 'EUR', seller: 'Woodshop Ltd',
            priceSpecification: [
              { '@type': 'UnitPriceSpecification', price: 59.0, priceCurrency: 'EUR', priceType: 'https://schema.org/ListPrice' },
              { '@type': 'UnitPriceSpecification', price: 44.5, priceCurrency: 'EUR' },
            ],
            availability: 'LimitedAvailability',
          }],
        },
      ]),
    });
    const f = product(html, 'https://boards.example.de/walnut');
    expect(f.product).toMatchObject({ price: { amount: '44.5', currency: 'EUR' }, listPrice: { amount: '59', currency: 'EUR' }, sku: 'WB-77', availability: 'LimitedAvailability', rating: 4.5, reviewCount: 12 });
    expect(f.claims.discountPercent).toBe(25);
    expect(f.seller).toMatchObject({ name: 'Woodshop Ltd', soldByPlatform: false });
  });

  it('of several products, takes the one the heading names (the first h1, else og:title), from a block whose type is in capitals', () => {
    const block = `<script type="Application/LD+JSON">${JSON.stringify([
      { '@type': 'Product', name: 'Bamboo Lamp Shade', offers: { '@type': 'Offer', price: '12.00', priceCurrency: 'EUR' } },
      { '@type': 'Product', name: 'Rattan Pendant Light', offers: { '@type': 'Offer', price: '89.00', priceCurrency: 'EUR' } },
    ])}</script>`;
    const byH1 = product(page('<h1>Rattan Pendant Light</h1><h1>Bamboo Lamp Shade</h1>', { head: block }), 'https://lights.example.de/rattan');
    expect(byH1.product.price).toEqual({ amount: '89', currency: 'EUR' });
    const byOg = product(page('<p>Lights</p>', { head: `${block}<meta property="og:title" content="Rattan Pendant Light | Lights">` }), 'https://lights.example.de/rattan');
    expect(byOg.product.price).toEqual({ amount: '89', currency: 'EUR' });
  });

  it('repairs trailing commas and raw newlines in hand-written JSON-LD', () => {
    const html = page('<h1>Linen Napkins</h1>', {
      head: '<script type="application/ld+json">{"@type":"Product","name":"Linen\nNapkins","sku":"LN-4",\n"offers":{"@type":"Offer","price":"18.00","priceCurrency":"CHF",},}</script>',
    });
    expect(product(html, 'https://linen.example.ch/napkins').product).toMatchObject({ sku: 'LN-4', price: { amount: '18', currency: 'CHF' } });
  });

  it('reads a zero-decimal currency written with a thousands dot in structured data', () => {
    const html = page('<h1>Silla Nórdica</h1>', { head: ld({ '@type': 'Product', name: 'Silla Nórdica', offers: { '@type': 'Offer', price: '24.990', priceCurrency: 'CLP' } }) });
    expect(product(html, 'https://muebles.example.cl/silla').product.price).toEqual({ amount: '24990', currency: 'CLP' });
  });

  it('treats a zero price as absent and falls back to the visible price', () => {
    const html = page('<div class="product"><h1>Ceramic Vase</h1><span class="price">€ 27,50</span><button class="add-to-cart">Add to cart</button></div>', {
      head: ld({ '@type': 'Product', name: 'Ceramic Vase', offers: { '@type': 'Offer', price: '0.00', priceCurrency: 'EUR' } }),
    });
    expect(product(html, 'https://vases.example.ie/ceramic').product.price).toEqual({ amount: '27.5', currency: 'EUR' });
  });

  it('reads the product-level id when only sizes carry skus, confirmed by the URL', () => {
    const html = page('<h1>Rain Jacket</h1>', {
      head: ld({ '@type': 'Product', name: 'Rain Jacket', offers: [
        { '@type': 'Offer', sku: 'RJ221A00X-Q110036000', price: '99.95', priceCurrency: 'EUR', availability: 'OutOfStock' },
        { '@type': 'Offer', sku: 'RJ221A00X-Q110038000', price: '99.95', priceCurrency: 'EUR', availability: 'InStock' },
      ] }),
    });
    const f = product(html, 'https://fashion.example.ie/brand-rain-jacket-rj221a00x-q11.html');
    expect(f.product).toMatchObject({ sku: 'RJ221A00X-Q11', availability: 'InStock', price: { amount: '99.95' } });
  });
});

describe('generic adapter: microdata and RDFa', () => {
  it('reads microdata with content attributes, link availability, a meta brand item, and ignores related products', () => {
    const f = product(fixture('microdata-de.html'), 'https://www.kaffeewerk.example.de/espressokanne-piccolo');
    expect(f.product).toMatchObject({
      title: 'Espressokanne Piccolo 6 Tassen',
      price: { amount: '34.9', currency: 'EUR' },
      availability: 'InStock',
      sku: 'KW-44812',
      gtin: '4006381333931',
      brand: 'Kaffeewerk',
      rating: 4.4,
      reviewCount: 57,
    });
  });

  it('reads RDFa Lite with schema.org vocabulary', () => {
    const f = product(fixture('rdfa.html'), 'https://tijdhuis.example.nl/wandklok');
    expect(f.product).toMatchObject({ price: { amount: '59.95', currency: 'EUR' }, sku: 'WK-0042', brand: 'Tijdhuis', availability: 'InStock' });
  });

  it('reads loose microdata properties outside any item', () => {
    const html = page('<h1>Desk Fan</h1><span itemprop="sku">DF-9</span><span itemprop="price" content="24.99">£24.99</span><meta itemprop="priceCurrency" content="GBP"><button>Add to basket</button>');
    expect(product(html, 'https://fans.example.co.uk/desk-fan').product).toMatchObject({ price: { amount: '24.99', currency: 'GBP' } });
  });
});

describe('generic adapter: OpenGraph product tags', () => {
  it('reads price, currency, availability, brand and retailer id, preferring a sale price', () => {
    const head = [
      '<meta property="og:type" content="product">',
      '<meta property="og:title" content="Bamboo Toothbrush 4-pack">',
      '<meta property="product:price:amount" content="12.00">',
      '<meta property="product:price:currency" content="NZD">',
      '<meta property="product:sale_price:amount" content="9.60">',
      '<meta property="product:sale_price:currency" content="NZD">',
      '<meta property="product:availability" content="in stock">',
      '<meta property="product:brand" content="Kiwi Green">',
      '<meta property="product:retailer_item_id" content="KG-TB4">',
    ].join('');
    const f = product(page('<h1>Bamboo Toothbrush 4-pack</h1>', { head }), 'https://kiwigreen.example.nz/toothbrush');
    expect(f.product).toMatchObject({ price: { amount: '9.6', currency: 'NZD' }, listPrice: { amount: '12', currency: 'NZD' }, availability: 'InStock', brand: 'Kiwi Green', sku: 'KG-TB4' });
  });

  it('reads a localised og:price text', () => {
    const head = '<meta property="og:type" content="product"><meta property="og:price" content="30,000원~">';
    const f = product(page('<h1>여행용 파우치</h1>', { head, lang: 'ko' }), 'https://shop.example.co.kr/deal/123456');
    expect(f.product.price).toEqual({ amount: '30000', currency: 'KRW' });
  });
});

describe('generic adapter: extraction.missing', () => {
  it('lists the fields no source stated, instead of guessing them', () => {
    const html = page('<h1>Plain Mug</h1>', { head: ld({ '@type': 'Product', name: 'Plain Mug', offers: { '@type': 'Offer', price: '8.00', priceCurrency: 'USD' } }) });
    const f = extract(html, 'https://mugs.example.com/plain');
    expect(f?.product.brand).toBeUndefined();
    expect(f?.extraction.missing).toEqual(expect.arrayContaining(['product.brand', 'product.sku', 'product.rating']));
    expect(f?.extraction.missing).not.toContain('product.price');
  });
});
