// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTexts, isBlank, lazyTexts, textsWithin } from '@/lib/sites/generic/page-text';
import { parse } from './load';

describe('page texts', () => {
  it('tells whitespace between tags from text', () => {
    for (const blank of ['', ' ', '\n\t\t', '\u00a0', '\u3000 \r\n']) expect(isBlank(blank)).toBe(true);
    for (const text of ['a', ' 12,99 €', '\n価格', '\u00a0x', 'é']) expect(isBlank(text)).toBe(false);
  });

  it('lists the non-blank text nodes in document order', () => {
    const doc = parse('<body>\n  <div>\n    <span>Price</span>\n    <span> 12,99 € </span>\n  </div>\n  <p>\u00a0</p><p>SKU: A-1</p>\n</body>');
    expect(collectTexts(doc.body, 100).values).toEqual(['Price', ' 12,99 € ', 'SKU: A-1']);
    const texts = lazyTexts(doc.body, 100);
    expect(texts(2).values).toEqual(['Price', ' 12,99 € ']);
    // A longer prefix continues the same walk.
    expect(texts(100).values).toEqual(['Price', ' 12,99 € ', 'SKU: A-1']);
  });

  it('ends the walk on a page of blanks instead of walking all of it', () => {
    const doc = parse(`<body>${'<i> </i>'.repeat(500)}<b>late</b></body>`);
    expect(collectTexts(doc.body, 10).values).toEqual([]);
    expect(lazyTexts(doc.body, 10)(10).values).toEqual([]);
    expect(collectTexts(doc.body, 100).values).toEqual(['late']);
  });

  it('says whether the walk reached the end of its root', () => {
    const doc = parse('<body><p>a</p><p>b</p><p>c</p></body>');
    expect(collectTexts(doc.body, 2).complete).toBeFalsy();
    expect(collectTexts(doc.body, 3).complete).toBeFalsy();
    expect(collectTexts(doc.body, 4).complete).toBe(true);
  });

  describe('the texts of an element, cut from the body\'s list', () => {
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `<${tag}>${tag} ${i}</${tag}>\n `).join('');
    const doc = parse(`<body><header>${rows(1500, 'a')}</header><main id="product"><h1>Lamp</h1>\n <div> <span>€ 9,99</span> </div>${rows(700, 'li')}</main><footer>${rows(900, 'p')}</footer></body>`);
    const main = doc.getElementById('product') as Element;

    it('holds exactly the nodes a walk of the element finds, in order', () => {
      const own = collectTexts(main, 20000);
      const cut = textsWithin(lazyTexts(doc.body, 40000), main, 20000);
      expect(cut?.values).toEqual(own.values);
      expect(cut?.nodes.every((n, i) => n === own.nodes[i])).toBe(true);
      expect(cut?.complete).toBe(true);
      expect(cut?.values[0]).toBe('Lamp');
    });

    it('keeps to its cap, and says the cut is not the whole element', () => {
      const cut = textsWithin(lazyTexts(doc.body, 40000), main, 5);
      expect(cut?.values).toEqual(['Lamp', '€ 9,99', 'li 0', 'li 1', 'li 2']);
      expect(cut?.complete).toBe(false);
    });

    it('gives no answer when the body\'s list stops before the element ends', () => {
      expect(textsWithin(lazyTexts(doc.body, 1600), main, 20000)).toBeUndefined();
      // A list that ends with the page is whole: an element near its end is answered.
      const footer = doc.querySelector('footer') as Element;
      expect(textsWithin(lazyTexts(doc.body, 40000), footer, 20000)?.values).toHaveLength(900);
    });
  });

  describe('stepping over site menus', () => {
    const doc = parse(`<body><p>before</p><nav id="m1"> <a>one</a> <a>two</a> </nav><nav id="m2"><a>three</a></nav><nav id="empty"> </nav><p>middle</p><nav id="m3"><a>four</a></nav><p>after</p></body>`);
    const menus = ['m1', 'm2', 'empty', 'm3'].map((id) => doc.getElementById(id) as Element);

    it('leaves the menus\' texts out, adjacent and empty ones too, and keeps the others in order', () => {
      expect(lazyTexts(doc.body, 100, menus)(100).values).toEqual(['before', 'middle', 'after']);
      expect(lazyTexts(doc.body, 100, [menus[2] as Element, menus[3] as Element])(100).values).toEqual(['before', 'one', 'two', 'three', 'middle', 'after']);
      expect(lazyTexts(doc.body, 100, menus)(100).complete).toBe(true);
    });

    it('gives the same list in a DOM whose walker ignores a moved position', () => {
      // The evaluation's DOM (linkedom) keeps its own place: the walk then steps through the menu node by node.
      const real = doc.createTreeWalker.bind(doc);
      const stubborn = Object.create(doc) as Document;
      stubborn.createTreeWalker = (root: Node, show?: number) => {
        const w = real(root, show);
        let place: Node = root;
        return {
          get currentNode() { return place; },
          set currentNode(_n: Node) { /* ignored */ },
          nextNode: () => { const n = (w.currentNode = place, w.nextNode()); if (n) place = n; return n; },
        } as unknown as TreeWalker;
      };
      const body = new Proxy(doc.body, { get: (t, k) => (k === 'ownerDocument' ? stubborn : Reflect.get(t, k, t) as unknown) });
      expect(lazyTexts(body, 100, menus)(100).values).toEqual(['before', 'middle', 'after']);
    });
  });
});
