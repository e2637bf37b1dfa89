// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildPageIndex } from '@/lib/sites/generic/page-index';
import { withReadMemo, hiddenItself, textMemo } from '@/lib/sites/generic/read-memo';
import { parse } from './load';

const ids = (els: Element[]) => els.map((e) => e.id || e.localName);

describe('page index', () => {
  const doc = parse(`<html><head><meta itemprop="price" content="9.99" id="metaprice"></head><body class="catalog-product-view">
    <h1 id="title">Desk lamp</h1>
    <div class="product-price" id="p1">€ 9,99</div>
    <span id="p2" data-price="9.99">9.99</span>
    <div id="sale-price-box"><span itemprop="price" class="amount" id="p3">9.99</span></div>
    <div class="stock-level" id="s1">In stock</div><div data-availability="in_stock" id="s2"></div>
    <div class="rating-stars" id="r1"></div><div aria-label="4.5 out of 5" id="r2"></div>
    <button id="b1">Add to cart</button><input type="SUBMIT" id="b2"><a class="btn-primary" id="b3" href="/buy">Buy</a><div role="button" id="b4"></div><span class="js-add-to-cart" id="b5"></span>
    <a href="/x" id="plain">x</a><img src="visa.svg" id="img1"><svg id="svg1"></svg><i class="icon-paypal" id="i1"></i><span class="pay-icon" id="i2"></span>
    <div class="payment-methods" id="pay1"></div><div class="site-footer" id="f1"></div><address id="f2"></address><a class="footer-link" href="/f" id="fa"></a>
    <span class="price"><sup id="c1">99</sup><span class="price-fraction" id="c2">99</span></span>
    <div itemscope itemtype="https://schema.org/Product" id="scope"><span itemprop="name" id="n1">Desk lamp</span></div>
    <script class="price-data" id="sc">1</script><template><div class="price" id="tpl"></div></template>
    <div class="woocommerce-Price-amount"></div>
  </body></html>`);
  const index = buildPageIndex(doc);

  it('sorts elements by class, id and attributes into lists, in document order', () => {
    expect(ids(index.prices)).toEqual(['metaprice', 'p1', 'p2', 'sale-price-box', 'p3', 'span', 'c2', 'div']);
    expect(ids(index.stock)).toEqual(['s1', 's2']);
    expect(ids(index.ratings)).toEqual(['r1', 'r2']);
    expect(ids(index.controls)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    // A "pay-icon" names no method: it is listed as a payment block, not as a logo.
    expect(ids(index.icons)).toEqual(['i1']);
    expect(ids(index.payment)).toEqual(['i2', 'pay1']);
    expect(ids(index.footers)).toEqual(['f1', 'f2']);
    expect(ids(index.cents)).toEqual(['c1', 'c2']);
    expect(ids(index.titles)).toEqual(['n1']);
    expect(ids(index.h1)).toEqual(['title']);
    expect(ids(index.itemscope)).toEqual(['scope']);
    expect(ids(index.images)).toEqual(['img1']);
    // An svg without a label, title or method-naming class cannot name a payment method.
    expect(ids(index.svgs)).toEqual([]);
    expect(index.anchors.map((a) => a.getAttribute('href'))).toEqual(['/buy', '/x', '/f']);
  });

  it('ignores scripts and template content, and answers class questions for the whole page', () => {
    expect(index.prices.some((el) => el.id === 'sc' || el.id === 'tpl')).toBe(false);
    expect(index.bodyClass).toBe('catalog-product-view');
    expect(index.hasClass('woocommerce-Price-amount')).toBe(true);
    expect(index.hasClass('price-box')).toBe(false);
  });

  it('answers class questions from the class lists it read: tokens of any content element or the body, not of a filter checkbox', () => {
    const d = parse(`<html class="js"><body class="catalog-product-view  theme"><div class="a\tprice-box\nb"></div><form class="variations_form cart"></form>
      <input type="checkbox" class="product-info-main"></body></html>`);
    const i = buildPageIndex(d);
    expect(['price-box', 'variations_form', 'cart', 'theme', 'catalog-product-view'].map((c) => i.hasClass(c))).toEqual([true, true, true, true, true]);
    expect(['product-info-main', 'price', 'box', 'js', ''].map((c) => i.hasClass(c))).toEqual([false, false, false, false, false]);
  });

  it('lists every script and meta element in page order, for the readers of page data and meta tags', () => {
    const d = parse(`<html><head><meta name="a" content="1"><script type="application/ld+json">{}</script></head>
      <body><script src="/app.js"></script><div><meta itemprop="sku" content="x"><script id="late">var x = 1;</script></div></body></html>`);
    const i = buildPageIndex(d);
    expect(i.scripts.map((s) => s.id || s.getAttribute('type') || s.getAttribute('src'))).toEqual(['application/ld+json', '/app.js', 'late']);
    expect(i.metas.map((m) => m.getAttribute('name') ?? m.getAttribute('itemprop'))).toEqual(['a', 'sku']);
  });

  it('lists every title element: the head one and those inside svg drawings', () => {
    const d = parse('<html><head><title>Shop</title></head><body><svg><g><title>Visa</title></g></svg><svg><use href="#x"></use></svg></body></html>');
    expect(buildPageIndex(d).titleTags.map((t) => t.textContent)).toEqual(['Shop', 'Visa']);
  });

  it("steps over a drawing's shapes: they join no list, and the walk goes on after the drawing", () => {
    const d = parse(`<body><svg id="logo" aria-label="Visa"><g class="price-tag"><path class="stock-dot"></path><title>Visa</title></g></svg>
      <span class="price" id="after">€ 9,99</span></body>`);
    const i = buildPageIndex(d);
    expect(ids(i.svgs)).toEqual(['logo']);
    expect(ids(i.prices)).toEqual(['after']);
    expect(i.stock).toEqual([]);
    expect(i.titleTags.map((t) => t.textContent)).toEqual(['Visa']);
    // The shapes were never visited: html, head, body, the drawing and the price.
    expect(i.visited).toBe(5);
  });

  it('judges a class list and an id each on their own: a unique id still meets the class verdict', () => {
    const d = parse('<body><div class="price" id="row-1">1</div><div class="price" id="row-2">2</div><div class="x" id="old-price-3">3</div></body>');
    expect(ids(buildPageIndex(d).prices)).toEqual(['row-1', 'row-2', 'old-price-3']);
  });

  it('never lists the body by its class: a page-wide class is not a footer, a price or a payment block', () => {
    const d = parse('<body class="so_footerswitch product-price payment-page"><footer id="f">Contact</footer></body>');
    const i = buildPageIndex(d);
    expect(ids(i.footers)).toEqual(['f']);
    expect(i.prices).toEqual([]);
    expect(i.payment).toEqual([]);
    expect(i.bodyClass).toBe('so_footerswitch product-price payment-page');
  });

  it('lists as logos the svg drawings and icons that may name a payment method, and only those', () => {
    const d = parse(`<body><svg id="plain" class="icon icon-cart"></svg><svg id="labelled" aria-label="Visa"></svg><svg id="titled-attr" title="x"></svg>
      <svg id="by-class" class="logo logo--mastercard"></svg><svg id="data" data-payment="klarna"></svg><svg id="bare"><title>Visa</title></svg>
      <i class="icon-arrow" id="arrow"></i><i class="icon-paypal" id="paypal"></i><span class="icon-x" aria-label="Amex" id="amex"></span><b class="icon-visa" id="bold"></b></body>`);
    const i = buildPageIndex(d);
    expect(ids(i.svgs)).toEqual(['labelled', 'titled-attr', 'by-class', 'data']);
    expect(ids(i.icons)).toEqual(['paypal', 'amex']);
    // A drawing that names its method only by a <title> is found from the title list.
    expect(i.titleTags.map((t) => t.parentElement?.id)).toEqual(['bare']);
  });

  it('lists the links that carry a title, and only links', () => {
    const d = parse('<body><a href="/privacy" title="Privacy" id="t1">x</a><a href="/y" id="plain">y</a><div title="Privacy"></div><a title="Help" id="t2"></a></body>');
    expect(ids(buildPageIndex(d).titledLinks)).toEqual(['t1', 't2']);
  });

  it('takes button inputs as controls and skips the other form fields', () => {
    const d = parse(`<body><input type="checkbox" class="price-filter" id="chk-price-1"><input type="radio" class="stock-only" id="r1">
      <input type="image" src="buy.png" id="img-buy"><input type="hidden" name="add" id="h-add"><input type="text" class="add-to-cart-qty" id="qty">
      <input type="checkbox" name="add" id="chk-add"><input type="SUBMIT" id="upper-submit"><input name="add-to-cart" id="untyped-add"></body>`);
    const i = buildPageIndex(d);
    expect(i.prices).toEqual([]);
    expect(i.stock).toEqual([]);
    expect(ids(i.controls)).toEqual(['img-buy', 'h-add', 'upper-submit', 'untyped-add']);
  });
});

describe('site menus', () => {
  const links = (n: number, prefix = '/c/') => Array.from({ length: n }, (_, i) => `<li><a href="${prefix}${i}">Category ${i}</a></li>`).join('');
  const shop = (menu: string) => parse(`<html><head><title>Lamp</title></head><body>
    <header><a href="/" id="logo">Lamp shop</a>${menu}</header>
    <main><h1 id="title">Desk lamp</h1><span class="price" id="price">€ 9,99</span><button class="add-to-cart" id="buy">Add to cart</button></main>
    <footer><a href="/returns" id="returns">Returns</a></footer></body></html>`);

  it('steps over a navigation menu of many links, keeping its links in page order', () => {
    const i = buildPageIndex(shop(`<nav id="menu"><ul>${links(120)}</ul><a href="/privacy" title="Privacy" id="tl">Legal</a><span class="price" id="promo">€ 1</span></nav>`));
    expect(ids(i.menus)).toEqual(['menu']);
    expect(i.anchors.map((a) => a.getAttribute('href'))).toEqual(['/', ...Array.from({ length: 120 }, (_, k) => `/c/${k}`), '/privacy', '/returns']);
    expect(ids(i.titledLinks)).toEqual(['tl']);
    // Nothing else of the menu is listed.
    expect(ids(i.prices)).toEqual(['price']);
    expect(ids(i.controls)).toEqual(['buy']);
    expect(ids(i.h1)).toEqual(['title']);
  });

  it('tells a menu by its tag, role, class or id', () => {
    for (const open of ['<nav>', '<div role="navigation">', '<div class="mega-menu__panel">', '<div id="main-navigation">', '<div class="mobile-drawer">', '<div class="categories-wrapper">']) {
      const close = open.startsWith('<nav') ? '</nav>' : '</div>';
      expect(buildPageIndex(shop(`${open}<ul>${links(100)}</ul>${close}`)).menus).toHaveLength(1);
    }
    // The same links in a block that does not say it is a menu are walked.
    expect(buildPageIndex(shop(`<div class="links"><ul>${links(150)}</ul></div>`)).menus).toEqual([]);
  });

  it('walks a menu of few links, of thin links, or holding the product\'s parts', () => {
    const cases = [
      `<nav>${links(99)}</nav>`,
      // Links are less than a sixth of its elements: a block of content, not a list of links.
      `<nav>${links(100)}${'<div><span><i></i><b></b><em></em></span></div>'.repeat(100)}</nav>`,
      `<nav>${links(120)}<form action="/search"><input name="q"></form></nav>`,
      `<nav>${links(120)}<div itemscope itemtype="https://schema.org/Product"></div></nav>`,
      `<nav>${links(120)}<span itemprop="price">9.99</span></nav>`,
      // A grid of products: a picture per product.
      `<div class="category-products">${Array.from({ length: 120 }, (_, k) => `<li><a href="/p/${k}"><img src="${k}.jpg"></a><span class="price">€ ${k}</span></li>`).join('')}</div>`,
    ];
    expect(cases.map((menu) => buildPageIndex(shop(menu)).menus.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('steps over a menu titling its sections with h1s only when the page has its heading elsewhere', () => {
    const titled = `<nav id="menu"><h1>Women</h1><ul>${links(60)}</ul><h1>Men</h1><ul>${links(60, '/m/')}</ul></nav>`;
    const i = buildPageIndex(shop(titled));
    expect(ids(i.menus)).toEqual(['menu']);
    expect(ids(i.h1)).toEqual(['title']);
    // Broken markup that puts the product inside the menu: its heading is the menu's, and the menu is walked.
    const inside = parse(`<body><nav><ul>${links(120)}<li><h1 id="title">Desk lamp</h1><span class="price">€ 9,99</span></li></ul></nav></body>`);
    expect(buildPageIndex(inside).menus).toEqual([]);
  });

  it('asks a bounded number of menus', () => {
    const nested = `${'<div class="menu">'.repeat(200)}<a href="/x">x</a>${'</div>'.repeat(200)}`;
    const d = shop(nested + `<nav id="late">${links(120)}</nav>`);
    // 200 menu-like blocks of one link each use up the questions: the late menu is walked, not stepped over.
    expect(buildPageIndex(d).menus).toEqual([]);
    expect(ids(buildPageIndex(shop(`<nav id="early">${links(120)}</nav>` + nested)).menus)).toEqual(['early']);
  });
});

describe('read memo', () => {
  it('remembers answers within one read and forgets them after it', () => {
    const d = parse('<body><div id="a" class="x"></div></body>');
    const el = d.getElementById('a')!;
    withReadMemo(() => {
      expect(hiddenItself(el)).toBe(false);
      el.setAttribute('hidden', '');
      // Within the read the page is taken as it was when first asked.
      expect(hiddenItself(el)).toBe(false);
    });
    // A later read sees the change.
    expect(withReadMemo(() => hiddenItself(el))).toBe(true);
    expect(hiddenItself(el)).toBe(true);
  });

  it('computes text answers once per read', () => {
    let calls = 0;
    const lengthOf = textMemo((s) => {
      calls++;
      return s.length;
    });
    withReadMemo(() => {
      expect(lengthOf('abc')).toBe(3);
      expect(lengthOf('abc')).toBe(3);
    });
    expect(calls).toBe(1);
    withReadMemo(() => lengthOf('abc'));
    expect(calls).toBe(2);
    lengthOf('abc');
    expect(calls).toBe(3);
  });
});
