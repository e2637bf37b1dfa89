/**
 * One pass over a page's elements, sorting the ones the readers need into
 * lists (price-like, stock-like, controls, links, logos…). Twenty selector
 * queries with substring attribute matches each walk the whole tree; this
 * walks it once, bounded, so a 50,000-node page costs one traversal.
 */

export interface PageIndex {
  /** Elements visited (capped). */
  visited: number;
  h1: Element[];
  /** `[itemprop=name]` and product-title-like classes: heading candidates when there is no h1. */
  titles: Element[];
  /** Class, id or attributes mention a price. */
  prices: Element[];
  /** Class or id mentions stock / availability. */
  stock: Element[];
  /** Class mentions rating / stars / reviews, or an aria-label / data-rating states one. */
  ratings: Element[];
  /** Buttons, submit inputs and link-buttons: add-to-cart candidates. */
  controls: Element[];
  anchors: Element[];
  images: Element[];
  svgs: Element[];
  /** Icon-font elements (`<i class="icon-visa">`), for payment logos. */
  icons: Element[];
  /** Class or id mentions payment (any language), for payment sentences. */
  payment: Element[];
  /** Footers, footer-like and contact blocks, addresses. */
  footers: Element[];
  itemscope: Element[];
  itemprop: Element[];
  typeofs: Element[];
  properties: Element[];
  bodyClass: string;
  /** Every class name seen (bounded), for cheap platform checks. */
  classNames: Set<string>;
}

const MAX_VISIT = 120_000;
const CAP = 4000;

const PRICE_ATTR = /price|preis|prix|precio|preco|prezzo|cena|amount/i;
const STOCK_ATTR = /stock|availab|inventory|sold-?out|lieferbar|disponib/i;
const RATING_ATTR = /rating|stars|review/i;
const PAYMENT_ATTR = /payment|zahlung|paiement|pago|pay-icon/i;
const ICON_ATTR = /icon-|icon--|pay-icon/i;
/** Any element with these classes or ids is an add-to-cart control; links only when styled as buttons. */
const CART_ATTR = /add-?to-?cart|addtocart|add-to-basket|add_to_cart/i;
const LINK_BUTTON_ATTR = /btn|button/i;
const TITLE_ATTR = /product-title|product-name|productTitle|product_title|productName/i;

/** Union of the class/id tests below: most elements match none and skip them all. */
const ANY_ATTR = new RegExp([PRICE_ATTR, STOCK_ATTR, RATING_ATTR, PAYMENT_ATTR, ICON_ATTR, TITLE_ATTR, /footer|contact/].map((re) => re.source).join('|'), 'i');

function push(list: Element[], el: Element): void {
  if (list.length < CAP) list.push(el);
}

function isCartName(name: string | null): boolean {
  return name === 'add' || name === 'add-to-cart';
}

/** The lists an element joins by its tag alone. */
function pushByTag(index: PageIndex, el: Element, tag: string): void {
  if (tag === 'h1') push(index.h1, el);
  else if (tag === 'a') push(index.anchors, el);
  else if (tag === 'img') push(index.images, el);
  else if (tag === 'svg') push(index.svgs, el);
  else if (tag === 'footer' || tag === 'address') push(index.footers, el);
}

/** Builds the index in one bounded pass over the document's elements. */
export function buildPageIndex(doc: Document): PageIndex {
  const index: PageIndex = {
    visited: 0, h1: [], titles: [], prices: [], stock: [], ratings: [], controls: [], anchors: [], images: [], svgs: [], icons: [],
    payment: [], footers: [], itemscope: [], itemprop: [], typeofs: [], properties: [], bodyClass: doc.body?.getAttribute('class') ?? '', classNames: new Set(),
  };
  // querySelectorAll('*') rather than getElementsByTagName('*'): the same in browsers, and supported by every test DOM.
  const all = doc.querySelectorAll('*');
  const seenClassAttrs = new Set<string>();
  const n = Math.min(all.length, MAX_VISIT);
  for (let i = 0; i < n; i++) {
    const el = all[i];
    if (!el) continue;
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    // Most elements carry no attributes: only their tag can place them in a list, so skip the attribute reads.
    if (!el.hasAttributes()) {
      pushByTag(index, el, tag);
      if (tag === 'button') push(index.controls, el);
      continue;
    }
    // Microdata and RDFa live on meta and link elements too, even in <head>.
    if (el.hasAttribute('itemscope')) push(index.itemscope, el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null) {
      push(index.itemprop, el);
      if (itemprop === 'name' && tag !== 'meta') push(index.titles, el);
    }
    if (el.hasAttribute('typeof')) push(index.typeofs, el);
    if (el.hasAttribute('property')) push(index.properties, el);
    if (tag === 'head' || tag === 'meta' || tag === 'link' || tag === 'title' || tag === 'html') continue;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const attr = `${cls} ${id}`;
    // Elements repeat the same class string (list items, icons): split each distinct string once.
    if (cls && index.classNames.size < 20000 && !seenClassAttrs.has(cls)) {
      seenClassAttrs.add(cls);
      for (const c of cls.split(/\s+/)) if (c) index.classNames.add(c);
    }
    pushByTag(index, el, tag);
    if (tag === 'button' || (tag === 'input' && /^(submit|button)$/i.test(el.getAttribute('type') ?? '')) || el.getAttribute('role') === 'button'
      || (tag === 'a' && LINK_BUTTON_ATTR.test(cls)) || CART_ATTR.test(attr) || isCartName(el.getAttribute('name'))) push(index.controls, el);
    if (itemprop === 'price') push(index.prices, el);
    if (!attr.trim() && !el.hasAttribute('data-price') && !el.hasAttribute('data-rating') && !el.hasAttribute('aria-label')) continue;
    if (!ANY_ATTR.test(attr) && !el.hasAttribute('data-price') && !el.hasAttribute('data-price-amount') && !el.hasAttribute('data-availability') && !el.hasAttribute('data-rating') && !el.hasAttribute('aria-label')) continue;
    if (PRICE_ATTR.test(attr) || el.hasAttribute('data-price') || el.hasAttribute('data-price-amount')) push(index.prices, el);
    if (STOCK_ATTR.test(attr) || el.hasAttribute('data-availability')) push(index.stock, el);
    if (RATING_ATTR.test(attr) || el.hasAttribute('data-rating') || /out of 5|stars/i.test(el.getAttribute('aria-label') ?? '')) push(index.ratings, el);
    if (PAYMENT_ATTR.test(attr)) push(index.payment, el);
    if (tag === 'i' || tag === 'span' ? ICON_ATTR.test(cls) : false) push(index.icons, el);
    if (/footer|contact/i.test(attr) && tag !== 'a') push(index.footers, el);
    if (TITLE_ATTR.test(cls)) push(index.titles, el);
  }
  index.visited = n;
  return index;
}
