import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../eval/corpus';
import { collectTexts, lazyTexts, textsWithin } from '@/lib/sites/generic/page-text';

// The evaluation reads pages with linkedom, whose DOM differs from a browser's in places
// (its compareDocumentPosition calls a preceding node "following"): the readers' DOM
// helpers must give there what they give in Chromium.
describe('reader helpers on the evaluation\'s DOM', () => {
  it('cuts an element\'s texts from the body\'s list as a walk of the element finds them', () => {
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `<${tag}>${tag} ${i}</${tag}>\n`).join('');
    const doc = parseDocument(`<html><body><nav>${rows(1200, 'a')}</nav><div id="product"><h1>Lamp</h1> <span>€ 9,99</span>${rows(50, 'li')}</div><footer>${rows(300, 'p')}</footer></body></html>`);
    const product = doc.getElementById('product') as Element;
    const cut = textsWithin(lazyTexts(doc.body, 40000), product, 20000);
    expect(cut?.values).toEqual(collectTexts(product, 20000).values);
    expect(cut?.values.slice(0, 3)).toEqual(['Lamp', '€ 9,99', 'li 0']);
  });

  it('orders nodes of different branches and depths by their place in the document', () => {
    const doc = parseDocument('<html><body><div id="a"><p id="a1">x</p></div><div id="b"><section><p id="b1">y</p></section></div></body></html>');
    const at = (id: string) => doc.getElementById(id) as Element;
    expect(at('a1').compareDocumentPosition(at('b1'))).toBe(4);
    expect(at('b1').compareDocumentPosition(at('a1'))).toBe(2);
    // A deeper node before a shallower one (linkedom said "following" here by depth alone).
    expect(at('b').compareDocumentPosition(at('a1'))).toBe(2);
    expect(at('a1').compareDocumentPosition(at('b'))).toBe(4);
    expect(at('a').compareDocumentPosition(at('a1'))).toBe(16 | 4);
    expect(at('a1').compareDocumentPosition(at('a'))).toBe(8 | 2);
    const x = at('a1').firstChild as Node;
    expect(x.compareDocumentPosition(at('b1').firstChild as Node)).toBe(4);
    expect(at('a1').compareDocumentPosition(at('a1'))).toBe(0);
  });

  it('holds a text with character references as one text node, as a browser parses it', () => {
    const doc = parseDocument('<html><body><td id="v">Terre &amp; Feu <b>x</b> 1 &lt; 2</td></body></html>');
    const texts = [...(doc.getElementById('v') as Element).childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue);
    expect(texts).toEqual(['Terre & Feu ', ' 1 < 2']);
  });
});
