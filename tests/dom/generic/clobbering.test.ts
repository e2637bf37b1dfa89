// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/sites/registry';
import { readPage } from '@/lib/sites/read-page';
import type { SiteAdapter } from '@/lib/sites/types';
import { ELEMENT_MEMBERS_READ, domMember, formShadowsMember, isClobbered, unclobbered } from '@/lib/sites/util/unclobbered';
import { parse } from './load';

/**
 * DOM clobbering: form controls named after DOM members shadow the form's
 * own members in a browser. happy-dom does not shadow, so these tests check
 * the detection from the markup, and mimic a browser's named property (an
 * own read-only data property) where the test needs one. The end-to-end
 * test (tests/e2e/hostile-page.e2e.mjs) reads such a page in Chromium.
 */

const SHOP = (controls: string) => `<!doctype html><html><head><title>Copper kettle</title></head><body>
<main><h1>Copper kettle</h1>
<form class="product-form" action="/cart/add" method="post">
  <input type="hidden" name="id" value="4711">${controls}
  <span class="price">€ 39,90</span>
  <button type="submit" class="add-to-cart">Add to cart</button>
</form></main>
<footer>${Array.from({ length: 16 }, (_, i) => `<a href="/p/${i}">Item ${i}</a>`).join('')}<a href="/policies/refund-policy">Returns</a></footer>
</body></html>`;

const URL_ = new URL('https://www.copper-kettles.example/products/kettle');

/** What a browser does for `<input name="...">` in a form: the form answers that name with the control. */
function shadowLikeABrowser(form: Element, name: string, control: Element): void {
  Object.defineProperty(form, name, { value: control, writable: false, enumerable: false, configurable: true });
}

describe('clobbering check', () => {
  it('finds a control named after a member the readers use, and leaves ordinary names alone', () => {
    expect(isClobbered(parse(SHOP('<input type="hidden" name="getAttribute">')))).toBe(true);
    expect(isClobbered(parse(SHOP('<img id="tagName" src="x.png">')))).toBe(true);
    // Shopify's product form: `id`, and the usual names of a form's fields.
    expect(isClobbered(parse(SHOP('<input name="quantity"><input name="title"><input name="action"><input name="submit">')))).toBe(false);
  });

  it('reads a copy without the shadowing names, and never changes the page', () => {
    const doc = parse(SHOP('<input type="hidden" name="getAttribute"><input type="hidden" id="textContent">'));
    const copy = unclobbered(doc);
    expect(copy).not.toBe(doc);
    expect(copy.querySelector('[name="getAttribute"], [id="textContent"]')).toBeNull();
    expect(copy.querySelector('input[name="id"]')?.getAttribute('value')).toBe('4711');
    expect(doc.querySelectorAll('[name="getAttribute"], [id="textContent"]').length).toBe(2);
    const plain = parse(SHOP(''));
    expect(unclobbered(plain)).toBe(plain);
  });

  it('reads a shop whose product form shadows the members the readers call', () => {
    const facts = extractPage(parse(SHOP('<input name="tagName"><input name="getAttribute"><input name="getAttributeNames"><input name="hasAttribute">')), URL_);
    expect(facts?.product?.price).toEqual({ amount: '39.9', currency: 'EUR' });
    expect(facts?.shop?.hasReturnsPage).toBe(true);
  });

  it('asks the forms themselves when a read throws: a form can keep answering for a renamed control', () => {
    const doc = parse(SHOP('<input type="hidden" name="renamed">'));
    const form = doc.querySelector('form')!;
    // A page script read `form.closest` while the control carried that name, then renamed it.
    shadowLikeABrowser(form, 'closest', doc.querySelector('input[name="renamed"]')!);
    expect(isClobbered(doc)).toBe(false);
    expect(formShadowsMember(doc)).toBe(true);
    const adapter: SiteAdapter = {
      id: 'form-reader',
      version: 1,
      matches: () => true,
      extract: (d) => {
        const f = d.querySelector('form')!;
        return { marketplace: 'shop', pageKind: 'product', url: URL_.href, product: { title: f.closest('main')?.localName ?? '' } } as never;
      },
    };
    expect(() => adapter.extract(doc, URL_)).toThrow();
    expect(readPage(adapter, doc, URL_)?.product?.title).toBe('main');
  });

  it('throws on other errors as before', () => {
    const adapter: SiteAdapter = { id: 'broken', version: 1, matches: () => true, extract: () => { throw new Error('broken adapter'); } };
    expect(() => readPage(adapter, parse(SHOP('')), URL_)).toThrow('broken adapter');
  });

  it('reads document members past the page\'s named images', () => {
    const doc = parse('<body><p>x</p></body>');
    Object.defineProperty(doc, 'body', { value: doc.querySelector('p'), writable: true, enumerable: true, configurable: true });
    expect(domMember<HTMLElement>(doc, 'body')?.localName).toBe('body');
    expect(isClobbered(doc)).toBe(true);
  });
});

/**
 * Every DOM member the readers' source names on an element must be guarded,
 * or named here with the reason it is never read from an element that may
 * be a form.
 */
const NOT_READ_FROM_ELEMENTS: Record<string, string> = {
  action: 'a CSS class in a selector string (".action-start-order")',
  hasOwnProperty: 'called as Object.prototype.hasOwnProperty.call',
  hidden: 'document.hidden, read by the content reader through domMember',
  id: 'ids of JSON records; element ids are read with getAttribute',
  length: 'of strings, arrays and node lists',
  name: 'names of JSON records; element names are read with getAttribute',
  normalize: 'String.prototype.normalize',
  title: 'document.title (the document is checked for any shadowed member) and JSON records',
};

describe('guarded members', () => {
  it('cover every DOM element member the readers name', () => {
    const members = new Set<string>();
    for (let o: object | null = document.createElement('form'); o; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) members.add(n);
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\??\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]!);
      }
    };
    walk(join(__dirname, '../../../lib/sites'));
    const guarded = new Set<string>(ELEMENT_MEMBERS_READ);
    const unguarded = [...used].filter((n) => members.has(n) && !guarded.has(n) && !(n in NOT_READ_FROM_ELEMENTS) && n !== 'constructor');
    expect(unguarded).toEqual([]);
  });
});
