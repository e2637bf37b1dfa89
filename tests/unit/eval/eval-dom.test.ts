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
});
