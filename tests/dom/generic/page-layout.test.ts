// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inOffMainArea } from '@/lib/sites/generic/page-layout';
import { withReadMemo } from '@/lib/sites/generic/read-memo';
import { parse } from './load';

/** `inOffMainArea` of each element with an id starting "t-", inside one read (its answers are remembered per read). */
function offMainById(html: string): Record<string, boolean> {
  const doc = parse(html);
  return withReadMemo(() => Object.fromEntries([...doc.querySelectorAll('[id^="t-"]')].map((el) => [el.id, inOffMainArea(el)])));
}

describe('site chrome and other products (inOffMainArea)', () => {
  it('judges the class and the id of each element: either may name chrome or a block of other products', () => {
    const verdicts = offMainById(`<body>
      <div class="site-header"><span id="t-in-header">€ 1</span></div>
      <div id="recommendations"><span id="t-by-id">€ 2</span></div>
      <div class="tile" id="main-menu"><span id="t-chrome-id">€ 3</span></div>
      <div class="product"><span id="t-product">€ 4</span></div>
    </body>`);
    expect(verdicts).toEqual({ 't-in-header': true, 't-by-id': true, 't-chrome-id': true, 't-product': false });
  });

  it('tells apart elements that share a class by their ids, in one read', () => {
    // The same class string on every tile: a verdict remembered for the class must not stand for the id.
    const verdicts = offMainById(`<body>
      <div class="tile" id="related-items"><span id="t-related">€ 1</span></div>
      <div class="tile" id="buy-box"><span id="t-buybox">€ 2</span></div>
      <div class="tile carousel" id="x-1"><span id="t-carousel">€ 3</span></div>
    </body>`);
    expect(verdicts).toEqual({ 't-related': true, 't-buybox': false, 't-carousel': true });
  });

  it('lets chrome win over a block of other products, and keeps a block holding the page heading', () => {
    const verdicts = offMainById(`<body>
      <div class="slider" id="footer"><h1>Shop</h1><span id="t-footer-id">€ 1</span></div>
      <div class="product-grid"><h1>Desk lamp</h1><span id="t-grid-with-heading">€ 2</span></div>
      <div class="has-slider"><span id="t-modifier">€ 3</span></div>
    </body>`);
    expect(verdicts).toEqual({ 't-footer-id': true, 't-grid-with-heading': false, 't-modifier': false });
  });
});
