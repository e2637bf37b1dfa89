// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract, fixture, ld, page, product } from './load';

describe('generic adapter: visible-DOM heuristics', () => {
  it('reads a page without structured data: price beside the heading, not the struck, unit, header or carousel prices', () => {
    const f = product(fixture('dom-only-fr.html'), 'https://www.atelier-fonte.example.fr/cocotte-24');
    expect(f.product).toMatchObject({
      title: 'Cocotte en fonte 24 cm',
      price: { amount: '1299', currency: 'EUR' },
      availability: 'InStock',
      sku: 'AF-COC-24',
      gtin: '3760123456781',
      brand: 'Atelier Fonte',
    });
  });

  it('prefers the visible sale price when the markup still carries the struck-through price', () => {
    const f = product(fixture('stale-markup.html'), 'https://bags.example.com/canvas-weekender');
    expect(f.product.price).toEqual({ amount: '89', currency: 'USD' });
    expect(f.product.sku).toBe('CWB-01');
  });

  it('keeps the structured price when the page also shows it as the current price', () => {
    const html = page('<div class="pdp"><h1>Oak Shelf</h1><span class="price">$49.00</span><span class="price-per-unit">$12.25 / ft</span><button class="add-to-cart">Add to cart</button></div>', {
      head: ld({ '@type': 'Product', name: 'Oak Shelf', offers: { '@type': 'Offer', price: '49.00', priceCurrency: 'USD' } }),
    });
    expect(product(html, 'https://shelves.example.com/oak').product.price).toEqual({ amount: '49', currency: 'USD' });
  });

  it.each([
    ['de', 'https://shop.example.de/p/1', '<span class="preis">1.299,00 €</span>', 'In den Warenkorb', { amount: '1299', currency: 'EUR' }],
    ['pt-BR', 'https://loja.example.com.br/p/1', '<span class="preco">R$ 49,90</span>', 'Adicionar ao carrinho', { amount: '49.9', currency: 'BRL' }],
    ['ja', 'https://shop.example.jp/item/1', '<span class="price">¥1,299</span>', 'カートに入れる', { amount: '1299', currency: 'JPY' }],
    ['es-CL', 'https://tienda.example.cl/p/1', '<span class="precio">$24.990</span>', 'Agregar al carro', { amount: '24990', currency: 'CLP' }],
    ['en-PK', 'https://shop.example.pk/item/1', '<span class="price">Rs 23,450</span>', 'Add to cart', { amount: '23450', currency: 'PKR' }],
    ['ko', 'https://shop.example.kr/deal/1', '<span class="price">₩12,000</span>', '장바구니', { amount: '12000', currency: 'KRW' }],
    ['en-US', 'https://shop.example.com/p/1', '<span class="price">US $12.99</span>', 'Add to cart', { amount: '12.99', currency: 'USD' }],
  ])('reads a %s price from the visible page', (lang, url, priceHtml, buy, money) => {
    const html = page(`<div class="product"><h1>Sample item name</h1>${priceHtml}<button class="btn">${buy}</button></div>`, { lang });
    expect(product(html, url).product.price).toEqual(money);
  });

  it('reads a price without a price class, whether its text stands alone in its element or beside a currency sign', () => {
    const sizes = '<table><tr><td>36</td><td>37</td><td>38</td></tr></table>';
    const alone = page(`<div class="product"><h1>Sample item name</h1>${sizes}<b>€ 34,50</b><button class="btn">Add to cart</button></div>`);
    expect(product(alone, 'https://shop.example.eu/p/1').product.price).toEqual({ amount: '34.5', currency: 'EUR' });
    const split = page(`<div class="product"><h1>Sample item name</h1>${sizes}<b>34,50 <small>€</small></b><button class="btn">Add to cart</button></div>`);
    expect(product(split, 'https://shop.example.eu/p/1').product.price).toEqual({ amount: '34.5', currency: 'EUR' });
  });

  it('restores the decimal point of a superscript cents part', () => {
    const html = page('<div class="product"><h1>Sample item name</h1><span class="price">€<span class="price-int">12</span><sup>99</sup></span><button class="btn">Add to cart</button></div>');
    expect(product(html, 'https://shop.example.eu/p/1').product.price).toEqual({ amount: '12.99', currency: 'EUR' });
  });

  it('a structured price the page shows nowhere yields to a plain visible price; shown in the footer, it stands', () => {
    // The visible $89.00 has no price class: beside the product it scores below "clearly the price".
    const productArea = '<div class="product"><h1>Sample item name</h1><span>$89.00</span><button class="btn">Add to cart</button></div>';
    const head = ld({ '@type': 'Product', name: 'Sample item name', offers: { '@type': 'Offer', price: '129.00', priceCurrency: 'USD' } });
    expect(product(page(productArea, { head }), 'https://shop.example.com/p/1').product.price).toEqual({ amount: '89', currency: 'USD' });
    // Site chrome is scored only when asked "is this amount shown anywhere?": the answer must still count it.
    const footer = '<footer><p>Best seller this week</p><span class="price">$129.00</span></footer>';
    expect(product(page(productArea + footer, { head }), 'https://shop.example.com/p/1').product.price).toEqual({ amount: '129', currency: 'USD' });
  });

  it('among several structured offers, takes the one the page shows as its price', () => {
    const html = page('<div class="product"><h1>Sample item name</h1><span class="price">$24.00</span><button class="btn">Add to cart</button></div>', {
      head: ld({ '@type': 'Product', name: 'Sample item name', offers: [
        { '@type': 'Offer', price: '29.00', priceCurrency: 'USD', name: 'Large' },
        { '@type': 'Offer', price: '24.00', priceCurrency: 'USD', name: 'Small' },
      ] }),
    });
    expect(product(html, 'https://shop.example.com/p/1').product.price).toEqual({ amount: '24', currency: 'USD' });
  });

  it.each([
    ['Sold out', 'OutOfStock'],
    ['Ausverkauft', 'OutOfStock'],
    ['Rupture de stock', 'OutOfStock'],
    ['Agotado', 'OutOfStock'],
    ['在庫切れ', 'OutOfStock'],
    ['Auf Lager', 'InStock'],
    ['Disponibile', 'InStock'],
  ])('reads availability from the stock line "%s"', (line, expected) => {
    const disabled = expected === 'OutOfStock' ? ' disabled' : '';
    const html = page(`<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span><p class="stock">${line}</p><button class="add-to-cart"${disabled}>Add to cart</button></div>`);
    expect(product(html, 'https://shop.example.eu/p/1').product.availability).toBe(expected);
  });

  it('an enabled add-to-cart button alone means in stock; a disabled one alone says nothing', () => {
    const enabled = page('<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span><button class="btn">Add to basket</button></div>');
    expect(product(enabled, 'https://shop.example.eu/p/1').product.availability).toBe('InStock');
    const disabled = page('<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span><button class="btn" disabled>Add to basket</button></div>', {
      head: ld({ '@type': 'Product', name: 'Sample item name', offers: { '@type': 'Offer', price: '20.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } }),
    });
    expect(product(disabled, 'https://shop.example.eu/p/1').product.availability).toBe('InStock');
  });

  it('the product area saying it cannot be bought overrides stale InStock markup', () => {
    const html = page('<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span><p class="availability">Currently unavailable</p><button class="add-to-cart" disabled>Add to cart</button></div>', {
      head: ld({ '@type': 'Product', name: 'Sample item name', offers: { '@type': 'Offer', price: '20.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } }),
    });
    expect(product(html, 'https://shop.example.eu/p/1').product.availability).toBe('OutOfStock');
  });

  it.each([
    ['<dl><dt>Art.-Nr.</dt><dd>400105394</dd></dl>', '400105394'],
    ['<table><tr><th>SKU</th><td>ZX-1000-B</td></tr></table>', 'ZX-1000-B'],
    ['<p>Código: CL-88812</p>', 'CL-88812'],
    ['<li><strong>Product Code - </strong>39139301</li>', '39139301'],
    ['<div>商品番号：A-123456</div>', 'A-123456'],
  ])('reads the sku from a labelled row: %s', (row, sku) => {
    const html = page(`<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span>${row}<button class="btn">Add to cart</button></div>`);
    expect(product(html, 'https://shop.example.eu/p/sample').product.sku).toBe(sku);
  });

  it('takes the sku from the URL only when the page data repeats it', () => {
    const body = '<div class="product"><h1>Sample item name</h1><span class="price">€ 20,00</span><button class="btn">Add to cart</button></div>';
    const confirmed = page(`${body}<script>var dl = {"productId":"260591"};</script>`);
    expect(product(confirmed, 'https://shop.example.eu/store/12?pid=260591').product.sku).toBe('260591');
    expect(product(page(body), 'https://shop.example.eu/store/12?pid=260591').product.sku).toBeUndefined();
  });

  it('reads a "Sold by" line as the seller and tells a marketplace seller from the shop itself', () => {
    const head = '<meta property="og:site_name" content="Grand Almacén">';
    const third = page('<div class="product"><h1>Sample item name</h1><span class="price">$19.990</span><p>Vendido por <b>Macrotienda</b></p><button class="btn">Agregar al carro</button></div>', { head, lang: 'es-CL' });
    expect(product(third, 'https://www.grandalmacen.example.cl/p/1').seller).toMatchObject({ name: 'Macrotienda', soldByPlatform: false });
    const own = page('<div class="product"><h1>Sample item name</h1><span class="price">$19.990</span><p>Vendido por <b>Grand Almacén</b></p><button class="btn">Agregar al carro</button></div>', { head, lang: 'es-CL' });
    expect(product(own, 'https://www.grandalmacen.example.cl/p/1').seller).toMatchObject({ name: 'Grand Almacén', soldByPlatform: true });
  });

  it.each([
    ['ko', '<p>이 상품의 판매자가 등록한 정보입니다</p><p>판매자: 한빛상사</p>', '한빛상사'],
    ['ar', '<p>معلومات البائع أدناه</p><p>• البائع: متجر النخيل</p>', 'متجر النخيل'],
    ['en', '<p>About the seller of this item</p><p>\n\t  » Sold by: Harbour Goods</p>', 'Harbour Goods'],
    ['de', '<p>Alles über den Verkäufer</p><p>\n   Verkäufer\n   : Nordlicht Handel</p>', 'Nordlicht Handel'],
  ])('reads a %s seller row, and not a sentence that mentions the seller mid-way', (lang, rows, seller) => {
    const html = page(`<div class="product"><h1>Sample item name</h1><span class="price">₩12,000</span>${rows}<button class="btn">Add to cart</button></div>`, { lang });
    expect(product(html, 'https://shop.example.kr/p/1').seller.name).toBe(seller);
  });

  it('reads a review count printed in brackets after the rating in the same text, and no other bracketed number', () => {
    const html = (summary: string) => page(`<div class="product"><h1>Sample item name</h1><span class="stars-label">${summary}</span><span class="price">$98.99</span><button class="btn">Add to cart</button></div>`);
    expect(product(html('Rated 4.6 out of 5 (212 reviews)'), 'https://shop.example.com/p/1').product).toMatchObject({ rating: 4.6, reviewCount: 212 });
    const other = product(html('Rated 4.6 out of 5 (3 days ago)'), 'https://shop.example.com/p/1').product;
    expect(other.rating).toBe(4.6);
    expect(other.reviewCount).toBeUndefined();
  });

  it('refines a rounded structured rating with the rating shown beside the heading', () => {
    const html = page('<div class="product"><h1>Sample item name</h1><div class="rating-summary"><span class="rating" aria-label="Rated 4.75 out of 5 stars"></span><span class="review-count">8,108 Reviews</span></div><span class="price">$98.99</span><button class="btn">Add to cart</button></div>', {
      head: ld({ '@type': 'Product', name: 'Sample item name', aggregateRating: { ratingValue: 4.5, reviewCount: 8108 }, offers: { '@type': 'Offer', price: '98.99', priceCurrency: 'USD' } }),
    });
    expect(product(html, 'https://shop.example.com/p/1').product).toMatchObject({ rating: 4.75, reviewCount: 8108 });
  });

  it('without a confident price, a DOM-only page is not read as a product page', () => {
    const html = page('<div><h1>Our story</h1><p>Founded in 1999 with 3 employees.</p></div>');
    expect(extract(html, 'https://shop.example.com/about')).toBeNull();
  });
});
