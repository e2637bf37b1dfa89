// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ld, page, product } from './load';

/**
 * The visible list price: taken only when marked as a former price and in
 * the selling price's own block, since it becomes the claimed discount the
 * shopper is warned about.
 */

const URL_ = 'https://lampshop.example.de/p/desk-lamp';

/** A product page whose price block is `priceBlock`, with `extra` markup after the buy box. */
function lampPage(priceBlock: string, extra = ''): string {
  return page(`<main><div class="product">
    <h1>Desk lamp Aria</h1>
    <div class="price-box">${priceBlock}</div>
    <button class="add-to-cart">In den Warenkorb</button>
    ${extra}
  </div></main>`, { lang: 'de' });
}

describe('visible list price', () => {
  it('a struck-through amount beside the price', () => {
    const f = product(lampPage('<s>59,00 €</s> <span class="price">49,00 €</span>'), URL_);
    expect(f.product.price).toEqual({ amount: '49', currency: 'EUR' });
    expect(f.product.listPrice).toEqual({ amount: '59', currency: 'EUR' });
    expect(f.claims.discountPercent).toBe(17);
  });

  it('an amount labelled "UVP" before it, in its own element', () => {
    const f = product(lampPage('<span class="price">49,00 €</span> <div>UVP <span>69,00 €</span></div>'), URL_);
    expect(f.product.listPrice).toEqual({ amount: '69', currency: 'EUR' });
  });

  it('an amount in a regular-price element, though nothing strikes it through', () => {
    const f = product(lampPage('<span class="regular-price">55,00 €</span> <span class="current-price">49,00 €</span>'), URL_);
    expect(f.product.listPrice).toEqual({ amount: '55', currency: 'EUR' });
  });

  it('none when the page marks no former price, even with a higher amount beside the price', () => {
    const f = product(lampPage('<span class="price">49,00 €</span> <span>2 Stück: 89,00 €</span>'), URL_);
    expect(f.product.listPrice).toBeUndefined();
    expect(f.claims.discountPercent).toBeUndefined();
  });

  it('not the "was" prices of a carousel inside the product container', () => {
    const carousel = `<div class="carousel"><div class="tile"><s>79,00 €</s> <span class="price">49,00 €</span></div></div>`;
    const f = product(lampPage('<span class="price">49,00 €</span>', carousel), URL_);
    expect(f.product.price?.amount).toBe('49');
    expect(f.product.listPrice).toBeUndefined();
  });

  it('not a financing plan\'s total, nor a unit price, though their blocks are called "standard"', () => {
    const finance = '<div class="rata rataStandard"><span>Gesamtbetrag 56,10 €</span></div>';
    const unit = '<span class="price-standard">98,00 € / kg</span>';
    const f = product(lampPage(`<span class="price">49,00 €</span> ${unit}`, finance), URL_);
    expect(f.product.listPrice).toBeUndefined();
  });

  it('not a struck amount far from the price block', () => {
    const far = '<section class="description"><div><div><div><p>Früher: <s>99,00 €</s></p></div></div></div></section>';
    const f = product(lampPage('<span class="price">49,00 €</span>', far), URL_);
    expect(f.product.listPrice).toBeUndefined();
  });

  it('not an amount lower than the price, nor one twenty times higher', () => {
    expect(product(lampPage('<s>39,00 €</s> <span class="price">49,00 €</span>'), URL_).product.listPrice).toBeUndefined();
    expect(product(lampPage('<s>1.499,00 €</s> <span class="price">49,00 €</span>'), URL_).product.listPrice).toBeUndefined();
  });

  it('a list price the structured data states wins over the page', () => {
    const data = ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Desk lamp Aria', offers: { '@type': 'Offer', price: '49.00', priceCurrency: 'EUR', priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: '64.00', priceCurrency: 'EUR' } } });
    const html = lampPage('<s>59,00 €</s> <span class="price">49,00 €</span>').replace('</head>', `${data}</head>`);
    expect(product(html, URL_).product.listPrice).toEqual({ amount: '64', currency: 'EUR' });
  });
});

describe('price labels', () => {
  it('"Was:" before an amount makes it the former price, and "Now:" the price', () => {
    const f = product(lampPage('<div>Was: <span class="price">59,00 €</span></div><div>Now: <span class="price">49,00 €</span></div>'), URL_);
    expect(f.product.price?.amount).toBe('49');
    expect(f.product.listPrice?.amount).toBe('59');
  });

  it('a table row labelled 定価 holds the list price, 販売価格 the price', () => {
    const table = '<table><tr><th>定価</th><td>3,850円(税込)</td></tr><tr><th>販売価格</th><td><span class="price">3,300円(税込)</span></td></tr></table>';
    const html = page(`<div id="product"><h1>飯碗 藍釉</h1>${table}<input type="submit" value="カートに入れる"></div>`, { lang: 'ja' });
    const f = product(html, 'https://kouyori.example.jp/?pid=1');
    expect(f.product.price).toEqual({ amount: '3300', currency: 'JPY' });
    expect(f.product.listPrice).toEqual({ amount: '3850', currency: 'JPY' });
  });
});
