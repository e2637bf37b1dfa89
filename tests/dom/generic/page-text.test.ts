// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTexts, isBlank, lazyTexts } from '@/lib/sites/generic/page-text';
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
});
