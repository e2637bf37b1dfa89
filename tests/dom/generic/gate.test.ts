// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites/registry';
import { buildPageIndex } from '@/lib/sites/generic/page-index';
import { pageLayout } from '@/lib/sites/generic/page-layout';
import { withReadMemo } from '@/lib/sites/generic/read-memo';
import { extract, fixture, ld, page, parse } from './load';

describe('generic adapter: is this a product page?', () => {
  it('an article that mentions prices is not a shop page', () => {
    expect(extract(fixture('article.html'), 'https://blog.example.com/kettle-tips')).toBeNull();
  });

  it('a category page listing products is not a product page', () => {
    expect(extract(fixture('category.html'), 'https://brightside.example.com/kettles')).toBeNull();
  });

  it('a home page with a grid of product cards is not a product page', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="product-card"><a href="/p/${i}">Item ${i}</a><span class="price">€${10 + i},00</span><button>Add to cart</button></div>`).join('');
    const html = page(`<header class="site-header"><a href="/">Shop</a></header><h1>Welcome to our shop</h1><section class="product-grid">${cards}</section>`);
    expect(extract(html, 'https://shop.example.eu/')).toBeNull();
  });

  it('a search results page in microdata (many products, none the page\'s own) is not a product page', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Lamp model ${i}</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="${20 + i}">${20 + i} €</span></div></div>`).join('');
    const html = page(`<h1>Search results for "lamp"</h1><div class="search-results">${items}</div>`);
    expect(extract(html, 'https://shop.example.eu/search?q=lamp')).toBeNull();
  });

  it('a listing without structured data and without list class names is not a product page', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<div class="item"><h3>Tent ${i}</h3><span class="price">$${99 + i}.00</span><button>Add to cart</button></div>`).join('');
    expect(extract(page(`<h1>Tents</h1><div class="results">${items}</div>`), 'https://camp.example.com/tents')).toBeNull();
  });

  it('a long text-only listing in a block named like a category tree is still a listing', () => {
    // 120 products without pictures in a "category" block: links are a third of its elements, as in a menu.
    const rows = Array.from({ length: 120 }, (_, i) => `<li><a href="/p/${i}">Tent ${i}</a><span class="price">$${99 + i}.00</span><button>Add to cart</button></li>`).join('');
    expect(extract(page(`<h1>Tents</h1><ul class="category-list">${rows}</ul>`), 'https://camp.example.com/tents')).toBeNull();
    const plain = Array.from({ length: 120 }, (_, i) => `<li><a href="/p/${i}">Tent ${i}</a><span class="price">$${99 + i}.00</span></li>`).join('');
    expect(extract(page(`<h1>Tents</h1><ul class="category-list">${plain}</ul>`), 'https://camp.example.com/tents')).toBeNull();
  });

  it('a grid whose prices sit deep inside each card, below the button\'s level, is still a grid', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li class="card"><div><div><div><span class="amount">€${30 + i},00</span></div></div></div><div class="actions"><button>Add to cart</button></div></li>`).join('');
    expect(extract(page(`<h1>Garden chairs</h1><ul class="results">${cards}</ul>`), 'https://garden.example.eu/chairs')).toBeNull();
  });

  it('a product page that repeats its buy box (page, sticky bar, mobile, quick view) around one price is read', () => {
    const box = '<div class="buy-box"><span class="price">€49,00</span><button>Add to cart</button></div>';
    const html = page(`<div class="product"><h1>Folding Chair</h1>${box}</div><div class="sticky-bar">${box}</div><div class="mobile-bar">${box}</div><div class="quick">${box}</div>`);
    expect(extract(html, 'https://garden.example.eu/folding-chair')?.product.price).toEqual({ amount: '49', currency: 'EUR' });
  });

  it('a search URL without product data is not a product page, even when one result is shown', () => {
    const html = page('<h1>Results for "tent"</h1><div class="item"><span class="price">$99.00</span><button>Add to cart</button></div>');
    expect(extract(html, 'https://camp.example.com/search?q=tent')).toBeNull();
  });

  it('a product page with only a heading, a price and a buy button is read', () => {
    const html = page('<div class="product"><h1>Handmade Soap Bar</h1><span class="price">£6.50</span><button>Add to basket</button></div>');
    const f = extract(html, 'https://soaps.example.co.uk/handmade-soap');
    expect(f?.product.price).toEqual({ amount: '6.5', currency: 'GBP' });
  });

  it('falls back to the generic reader for a site without a marketplace adapter', () => {
    const html = page('<h1>Travel Adapter</h1>', { head: ld({ '@type': 'Product', name: 'Travel Adapter', offers: { '@type': 'Offer', price: '15.00', priceCurrency: 'EUR' } }) });
    const f = extractPage(parse(html), new URL('https://adapters.example.de/travel'));
    expect(f?.extraction.adapter).toBe('generic');
    expect(f?.product?.price).toEqual({ amount: '15', currency: 'EUR' });
  });

  describe('a sold-out item whose shop took the buy button away', () => {
    const soldOut = (code: string) => page(`<header class="site-header"><a href="/">Midori</a></header>
      <div class="item-detail"><h2 class="itemName">Sencha, 100 g</h2>
      <table><tr><th>販売価格</th><td class="price">1,620円(税込)</td></tr>${code}<tr><th>在庫</th><td class="stock">売り切れ</td></tr></table>
      <p class="soldout">SOLD OUT</p></div>`, { lang: 'ja' });

    it('is read, sold out, when the stock line says so and the item\'s code is printed beside it', () => {
      const f = extract(soldOut('<tr><th>商品コード</th><td>FC-100</td></tr>'), 'https://midori.example.jp/shopdetail/000000000012/');
      expect(f?.product).toMatchObject({ price: { amount: '1620', currency: 'JPY' }, availability: 'OutOfStock', sku: 'FC-100' });
    });

    it('is not taken for a product page without an item code: a page of sold-out things is no one item', () => {
      expect(extract(soldOut(''), 'https://midori.example.jp/shopdetail/000000000012/')).toBeNull();
    });

    describe('with its price taken away too', () => {
      const ogProduct = '<meta property="og:type" content="og:product"><meta property="og:title" content="Mochila Serrana 30L">';
      const noPrice = (notify: string, shelf = '') => page(`<header class="header"><a href="/">Trilha</a></header>
        <div class="produto__info"><div class="productName">Mochila Serrana 30L</div>
        <div class="produto__referencia">Cód.: <div class="productReference">SRR-MT30</div></div>
        <div class="plugin-preco"></div>${notify}</div>${shelf}`, { lang: 'pt-BR', head: ogProduct });
      const notifyMe = '<div class="notifyme sku-notifyme"><h3 class="notifyme-title">Produto indisponível</h3><form><input type="text" name="email"></form></div>';
      const shelf = `<div class="prateleira vitrine"><h2>Quem viu, viu também</h2><ul>${Array.from({ length: 4 }, (_, i) => `<li><a href="/p/${i}">Mochila ${i}</a><span class="best-price">Por: R$ ${379 + i},90</span></li>`).join('')}</ul></div>`;
      const url = 'https://www.trilha.example.com.br/mochila-serrana-30l/p';

      it('is read when OpenGraph says product, a visible "notify me" block says unavailable and the item\'s code is printed', () => {
        const f = extract(noPrice(notifyMe, shelf), url);
        expect(f?.product).toMatchObject({ availability: 'OutOfStock', sku: 'SRR-MT30' });
        // The shelf of other products is not this one's price.
        expect(f?.product.price).toBeUndefined();
      });

      it('is not read without OpenGraph\'s product type, nor when the "notify me" block is hidden', () => {
        expect(extract(noPrice(notifyMe).replace(/<meta property="og:type"[^>]*>/, ''), url)).toBeNull();
        expect(extract(noPrice(notifyMe.replace('class="notifyme sku-notifyme"', 'class="notifyme sku-notifyme" style="display:none"')), url)).toBeNull();
        expect(extract(noPrice(notifyMe).replace('<div class="produto__referencia">Cód.: <div class="productReference">SRR-MT30</div></div>', ''), url)).toBeNull();
      });
    });

    it('a collection of sold-out items, a badge and a code on each tile, is not a product page', () => {
      const tiles = Array.from({ length: 6 }, (_, i) => `<div class="tile"><a href="/p/${i}">Tea ${i}</a><span class="price">$${12 + i}.00</span><span class="badge sold-out">Sold out</span><span>SKU: T-${i}00</span></div>`).join('');
      expect(extract(page(`<h1>Sold out this season</h1><div class="tiles">${tiles}</div>`), 'https://tea.example.com/collections/archive')).toBeNull();
    });
  });

  it('a product page laid out in a container its designer named "product-grid" is read', () => {
    const html = page(`<div class="section"><div class="w-layout-grid product-grid"><img src="/mug.jpg" alt="">
      <div class="product-content"><h1 class="product-name">Camp Mug</h1><div class="product-price">$ 24.00 USD</div>
      <form><input type="submit" class="add-button" value="Add to Cart"></form></div></div></div>`);
    expect(extract(html, 'https://goods.example.com/product/camp-mug')?.product.price).toEqual({ amount: '24', currency: 'USD' });
  });

  it('the header\'s link to the cart page is no buy button, even labelled with the add-to-cart word', () => {
    const doc = parse(page(`<div id="doz_header"><a href="/shop_cart" class="btn-cart" aria-label="장바구니">0</a><a href="/cart/add?id=7" class="btn">장바구니</a></div>
      <div class="view"><h1>린넨 원피스</h1><span class="real_price">39,000원</span><button type="button">장바구니</button></div>`, { lang: 'ko' }));
    const labels = withReadMemo(() => pageLayout(doc, buildPageIndex(doc)).buy.map((b) => b.getAttribute('href') ?? b.localName));
    expect(labels).toEqual(['/cart/add?id=7', 'button']);
  });
});

