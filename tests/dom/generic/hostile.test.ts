// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '@/lib/sites/generic';
import { pageFactsSchema } from '@/lib/facts/page-facts';
import { extract, ld, page, parse, product } from './load';

/**
 * Hostile pages: markup and script in data fields, huge and malformed
 * structured data, prototype keys, pathological sizes. The extractor must
 * not crash, must not inject anything, and must finish. Time bounds here are
 * generous sanity guards against runaway loops, not speed targets (those are
 * measured by the benchmarks).
 */

const SANITY_MS = 15000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('generic adapter on hostile pages', () => {
  it('keeps seller and product names carrying markup and script as inert text', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Evil&amp;Co';
    const html = page('<h1>Sample item name</h1>', {
      head: ld({ '@type': 'Product', name: evil, brand: { name: evil }, offers: { '@type': 'Offer', price: '9.99', priceCurrency: 'USD', seller: { name: evil } } }),
    });
    const doc = parse(html);
    const before = doc.querySelectorAll('*').length;
    const raw = extractGeneric(doc, new URL('https://shop.example.com/p/1'));
    const facts = pageFactsSchema.parse(raw);
    expect(doc.querySelectorAll('*').length).toBe(before);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    for (const value of [facts.seller.name, facts.product.title, facts.product.brand]) {
      expect(typeof value).toBe('string');
      expect(value).not.toMatch(/[<>]/);
    }
    expect(facts.seller.name).toContain('Evil&Co');
  });

  it('reads microdata text that contains escaped markup as text', () => {
    const html = page('<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">&lt;b&gt;Bold&lt;/b&gt; lamp</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="12"><meta itemprop="priceCurrency" content="EUR"><span itemprop="seller">&lt;script&gt;alert(1)&lt;/script&gt;Lamps</span></div></div>');
    const f = product(html, 'https://lamps.example.eu/p/1');
    expect(f.product.title).toBe('Bold lamp');
    expect(f.seller.name).toBe('alert(1) Lamps');
  });

  it('survives a 50,000-node page and still finds the product', () => {
    const rows = Array.from({ length: 7500 }, (_, i) => `<div class="row"><span class="a">Spec ${i}</span><span class="b">Value ${i}</span><i></i><b></b><em></em><small></small></div>`).join('');
    const html = page(`<div class="product"><h1>Big page item</h1><span class="price">€ 42,00</span><button class="add-to-cart">Add to cart</button></div><section class="specs">${rows}</section>`);
    const doc = parse(html);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(50000);
    const { value, ms } = timed(() => extractGeneric(doc, new URL('https://big.example.eu/p/1')));
    expect(value?.product?.price).toEqual({ amount: '42', currency: 'EUR' });
    expect(ms).toBeLessThan(SANITY_MS);
  });

  it('survives malformed JSON-LD and reads the other sources', () => {
    const head = [
      '<script type="application/ld+json">{"@type":"Product","name":"Broken", "offers": {"price": </script>',
      '<script type="application/ld+json">]]]]}}}}{{{{[[[[</script>',
      '<script type="application/ld+json">null</script>',
      '<script type="application/ld+json">"just a string"</script>',
      `<script type="application/ld+json">${'['.repeat(20000)}${']'.repeat(20000)}</script>`,
      '<meta property="og:type" content="product"><meta property="product:price:amount" content="15.50"><meta property="product:price:currency" content="GBP">',
    ].join('');
    const f = product(page('<h1>Sample item name</h1>', { head }), 'https://shop.example.co.uk/p/1');
    expect(f.product.price).toEqual({ amount: '15.5', currency: 'GBP' });
  });

  it('skips a 5 MB JSON-LD block and a 5 MB whitespace block in bounded time', () => {
    const big = { '@type': 'Product', name: 'Huge', description: 'x'.repeat(5_000_000), offers: { '@type': 'Offer', price: '1.00', priceCurrency: 'USD' } };
    const spaces = `{${' '.repeat(5_000_000)}"a":1,${' '.repeat(100_000)}`;
    const head = `${ld(big)}<script type="application/ld+json">${spaces}</script>${ld({ '@type': 'Product', name: 'Sample item name', offers: { '@type': 'Offer', price: '7.25', priceCurrency: 'USD' } })}`;
    const doc = parse(page('<h1>Sample item name</h1>', { head }));
    const { value, ms } = timed(() => extractGeneric(doc, new URL('https://shop.example.com/p/1')));
    expect(value?.product?.price).toEqual({ amount: '7.25', currency: 'USD' });
    expect(ms).toBeLessThan(SANITY_MS);
  });

  it('drops __proto__ keys from embedded JSON without polluting prototypes', () => {
    const payload = '{"@type":"Product","name":"Proto","__proto__":{"polluted":"yes","sku":"EVIL"},"constructor":{"prototype":{"polluted":"yes"}},"offers":{"@type":"Offer","price":"3.00","priceCurrency":"EUR","__proto__":{"price":"999"}}}';
    const shopify = '<script>var Shopify = {}; Shopify.shop = "x.myshopify.com";</script><script type="application/json" data-product-json>{"id":1,"title":"Proto","__proto__":{"polluted":"yes"},"variants":[{"id":2,"price":300,"available":true,"__proto__":{"sku":"EVIL"}}]}</script>';
    const html = page('<h1>Proto</h1><div itemscope itemtype="https://schema.org/Product"><span itemprop="__proto__">x</span><span itemprop="constructor">y</span></div>', { head: `<script type="application/ld+json">${payload}</script>${shopify}` });
    const f = product(html, 'https://shop.example.eu/products/proto');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(f.product.price).toEqual({ amount: '3', currency: 'EUR' });
    expect(f.product.sku).not.toBe('EVIL');
  });

  it('handles hundreds of price-like strings without crashing or picking a carousel price', () => {
    const noise = Array.from({ length: 600 }, (_, i) => `<span class="price">€${(i % 97) + 1},${String(i % 100).padStart(2, '0')}</span>`).join(' ');
    const html = page(`<div class="product"><h1>Sample item name</h1><span class="price price--current">€ 58,00</span><button class="add-to-cart">In den Warenkorb</button></div><div class="recommendations">${noise}</div>`, { lang: 'de' });
    const { value, ms } = timed(() => extract(html, 'https://shop.example.de/p/1'));
    expect(value?.product.price).toEqual({ amount: '58', currency: 'EUR' });
    expect(ms).toBeLessThan(SANITY_MS);
  });

  it('copes with pathological text: long digit runs, long whitespace, odd separators', () => {
    const digits = '9'.repeat(5000);
    const html = page(`<div class="product"><h1>Sample item name</h1><span class="price">${digits}</span><span class="price">${' '.repeat(20000)}€</span><span class="price">1.2.3.4.5.6.7.8,9,0 €</span><p>SKU: ${'A'.repeat(3000)}</p><button>Add to cart</button></div>`);
    const { ms } = timed(() => extract(html, 'https://shop.example.eu/p/1'));
    expect(ms).toBeLessThan(SANITY_MS);
  });

  it('never returns facts the background would reject', () => {
    const longName = 'N'.repeat(5000);
    const html = page('<h1>Sample item name</h1>', {
      head: ld({ '@type': 'Product', name: longName, sku: 'S'.repeat(1000), image: ['javascript:alert(1)', 'data:image/png;base64,AAAA'], aggregateRating: { ratingValue: 77, reviewCount: -3 }, offers: { '@type': 'Offer', price: '1e400', priceCurrency: 'EURO' } }),
    });
    const raw = extractGeneric(parse(html), new URL('https://shop.example.eu/p/1'));
    if (raw) expect(pageFactsSchema.safeParse(raw).success).toBe(true);
  });
});
