import { chromeVerdict, hiddenItself, textMemo, type ChromeVerdict } from './read-memo';
import { availabilityFromText } from './availability';
import type { PageIndex } from './page-index';

/**
 * Where the product sits on the page: its heading, its buy button, the
 * smallest container holding both, and the parts of a page that are never
 * the main product (header, footer, navigation, carousels of other items).
 * Static rules only (no layout or CSS), so the result is the same in the
 * browser and in tests.
 */

/** Add-to-cart / buy-now labels in the languages of the shops we read. */
const BUY_TEXT = new RegExp([
  'add to (?:cart|basket|bag|trolley)', 'add to shopping (?:cart|bag)', 'buy (?:it )?now', '^buy$', 'order now', 'add to order', 'purchase',
  'in den (?:warenkorb|einkaufswagen)', 'in den korb', 'jetzt kaufen', 'kaufen', 'ajouter au (?:panier|caddie)', 'acheter', 'commander',
  'añadir al (?:carrito|carro|cesta)', 'agregar al (?:carrito|carro)', 'comprar', 'aggiungi al carrello', 'acquista', 'compra ora',
  'adicionar ao carrinho', 'adicionar à cesta', 'in winkelwagen', 'in (?:de )?winkelmand', 'toevoegen aan', 'koop nu', 'lägg i varukorg', 'köp',
  'læg i kurv', 'legg i handlekurv', 'lisää ostoskoriin', 'dodaj do koszyka', 'kup teraz', 'do košíku', 'do košíka', 'vložit do košíku', 'kosárba',
  'adaugă în coș', 'sepete ekle', 'в корзину', 'купить', 'додати в кошик', 'カートに入れる', '購入', '장바구니', '구매하기', '바로구매', '加入购物车',
  '加入購物車', '立即购买', '立即購買', 'thêm vào giỏ', 'mua ngay', 'หยิบใส่รถเข็น', 'ซื้อเลย', 'tambah ke troli', 'beli sekarang', 'أضف إلى (?:السلة|العربة)',
  'اشتر', 'הוסף לסל', 'pievienot grozam', 'į krepšelį', 'lisa ostukorvi', 'ostukorvi', 'kosaricu', 'u košaricu', 'v košarico', 'dodaj u korpu',
  'в кошик', 'добави в количката',
].join('|'), 'i');

/** Classes and ids of add-to-cart controls across platforms and themes. */
const BUY_ATTR = /add[-_]?to[-_]?(cart|basket|bag)|addtocart|addtobasket|buy[-_]?now|buybutton|btn[-_]?buy|product[-_]form[-_]_?submit|single_add_to_cart/i;

/** Class/id tokens of site chrome: a page header, footer or menu, never the product itself. */
const CHROME_TOKEN = /^(site|page|global|main|top|bottom|mobile|desktop)?[-_]?(header|footer|nav|navbar|navigation|menu|megamenu|mega-menu|breadcrumbs?)$/i;
/** Substrings of class/id tokens of containers about other products. */
const OTHER_PRODUCTS = /related|recommend|similar|shelf|vitrine|prateleira|upsell|cross-?sell|carousel|slider|swiper|recently|viewed|also-?(bought|like|viewed)|minicart|mini-cart|cart-drawer|newsletter|cookie|search-results|product-?list|products-?list|product-?grid|product-?tiles|you-may|others/i;

/** What a class/id string marks: site chrome, a container of other products, or neither. */
type AttrMark = 'chrome' | 'others' | undefined;

const attrMark = textMemo(markOfTokens);

function markOfTokens(attr: string): AttrMark {
  let mark: AttrMark;
  for (const token of attr.split(/\s+/)) {
    // State modifiers ("no-slider", "has-carousel") describe the container, not what it holds.
    if (!token || /^(no|has|with|without|is|not)[-_]/i.test(token)) continue;
    if (CHROME_TOKEN.test(token)) return 'chrome';
    if (OTHER_PRODUCTS.test(token)) mark = 'others';
  }
  return mark;
}

const MAX_DEPTH = 40;

/** An element's class and id, joined: the words its markup names it by. */
export function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * What an element's class and id mark. Each string is judged on its own (a
 * token never spans the two): an id is often unique to its element, and
 * judging the joined pair missed the memo for every element with one.
 */
function markOfElement(el: Element): AttrMark {
  const cls = el.getAttribute('class');
  const byClass = cls ? attrMark(cls) : undefined;
  if (byClass === 'chrome') return byClass;
  const id = el.getAttribute('id');
  return (id ? attrMark(id) : undefined) ?? byClass;
}

/** What an element says on its own: site chrome, the page root, or neither. */
function judgeChrome(el: Element): ChromeVerdict {
  const tag = el.localName;
  if (tag === 'nav' || tag === 'aside') return 'off';
  // A <header> inside an article or main is the product's own header (title, price), not the site's.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('main, article, [role="main"], [itemscope]')) return 'off';
  if (tag === 'body' || tag === 'html') return 'page-root';
  const mark = markOfElement(el);
  if (mark === 'chrome') return 'off';
  // A container holding a main heading is the product's, whatever its class says: a shop
  // built on a designer's tool lays its product page out in a "product-grid" or a "slider".
  if (mark === 'others') return el.querySelector('h1') ? 'neutral' : 'off';
  return 'neutral';
}

/** True when the element or one of its ancestors (up to `levels`) is header/footer/nav/aside or an off-main container. */
export function inOffMainArea(el: Element, main?: Element, levels = 14): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels; i++, cur = cur.parentElement) {
    if (main && cur === main) return false;
    const verdict = chromeVerdict(cur, judgeChrome);
    if (verdict === 'off') return true;
    if (verdict === 'page-root') return false;
  }
  return false;
}

/** True when an element is hidden by attributes or inline style (the only rules visible without layout). */
export function isHidden(el: Element, levels = 8): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels; i++, cur = cur.parentElement) {
    if (hiddenItself(cur)) return true;
  }
  return false;
}

function shortText(el: Element, max = 80): string {
  const t = el.textContent ?? '';
  return t.length > max * 4 ? '' : t.replace(/\s+/g, ' ').trim();
}

/** The label of a control: its text, value or aria-label. */
function controlLabel(el: Element): string {
  return `${shortText(el)} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.trim();
}

/** The last path segment of a link to the cart page itself ("/cart", "/shop_cart", "/warenkorb.php"). */
const CART_PAGE = /\/(?:shop[-_]?)?(?:cart|basket|bag|warenkorb|panier|carrito|carrinho|winkelwagen|koszyk)(?:\.\w{2,5})?\/?$/i;

/**
 * A link to the cart page, not a control that adds to it: Korean and
 * Japanese shops label the header's cart link "장바구니" / "カート", the
 * very word of their add-to-cart buttons. Adding links name it in the
 * query (`/cart/add`, `?add-to-cart=12` keep their path or query).
 */
function linksToCartPage(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href') ?? '';
  const path = href.split(/[?#]/, 1)[0] ?? '';
  return CART_PAGE.test(path) && !/add/i.test(href);
}

/** Add-to-cart / buy-now controls of the page, visible by static rules, not in header/footer/carousels. */
export function buyButtons(index: PageIndex): Element[] {
  const out: Element[] = [];
  const controls = index.controls.slice(0, 3000);
  for (const el of controls) {
    if (linksToCartPage(el)) continue;
    const label = controlLabel(el);
    const byText = label.length <= 80 && BUY_TEXT.test(label);
    const byAttr = BUY_ATTR.test(`${attrText(el)} ${el.getAttribute('name') ?? ''}`) && label.length <= 80;
    if (!byText && !byAttr) continue;
    if (isHidden(el) || inOffMainArea(el)) continue;
    out.push(el);
    if (out.length >= 10) break;
  }
  return out;
}

/** True when the control is disabled (attribute, aria or a disabled class). */
export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || /(^|\s)(disabled|is-disabled|btn-disabled|sold-?out|unavailable)(\s|$)/i.test(el.getAttribute('class') ?? '');
}

/**
 * True when the buy control can be used: it is not disabled, is not nested in
 * (nor wraps) a disabled buy control of the same button — a wrapper div, the
 * button, its inner label are often all found — and does not say "sold out".
 */
export function canBuyWith(control: Element, buy: readonly Element[]): boolean {
  if (isDisabled(control)) return false;
  for (const other of buy) if (other !== control && (other.contains(control) || control.contains(other)) && isDisabled(other)) return false;
  return availabilityFromText(controlLabel(control)) !== 'OutOfStock';
}

/**
 * True when the heading is the site's name linking home, `<h1><a href="/">Shop</a></h1>`:
 * a logo, however it is marked up, and never the product's name.
 */
function linksHome(h: Element, text: string): boolean {
  const a = h.querySelector('a[href]');
  if (!a || shortText(a, 400) !== text) return false;
  const href = a.getAttribute('href') ?? '';
  let path: string;
  try {
    path = new URL(href, 'https://home.invalid/').pathname;
  } catch {
    return false;
  }
  return /^\/(?:index\.\w{2,4}|[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(path);
}

/** The product heading: the first h1 that is not a logo, else an element marked as the product title. */
export function productHeading(doc: Document, index: PageIndex): Element | undefined {
  const usable = index.h1.slice(0, 10).filter((h) => {
    const text = shortText(h, 400);
    return text.length >= 3 && !inOffMainArea(h, undefined, 6) && !isHidden(h) && !linksHome(h, text);
  });
  if (usable.length === 1) return usable[0];
  if (usable.length > 1) {
    // Several h1s (a logo, a reviews widget): the one that reads like the page's title.
    const title = words(`${doc.querySelector('title')?.textContent ?? ''} ${doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''}`);
    let best = usable[0];
    let bestScore = -1;
    for (const h of usable) {
      const w = words(shortText(h, 400));
      const score = w.size ? [...w].filter((x) => title.has(x)).length / w.size : 0;
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return best;
  }
  for (const el of index.titles.slice(0, 50)) {
    // A schema.org name counts only when it names a Product (not a breadcrumb step or an offer's seller).
    const scope = el.getAttribute('itemprop') === 'name' ? el.parentElement?.closest('[itemscope]') : undefined;
    if (scope && !/Product/i.test(scope.getAttribute('itemtype') ?? '')) continue;
    if (inOffMainArea(el, undefined, 8) || isHidden(el) || shortText(el, 400).length < 3) continue;
    return el;
  }
  return undefined;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2));
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let cur: Element | null = el;
  for (let i = 0; cur && i < MAX_DEPTH; i++, cur = cur.parentElement) out.push(cur);
  return out;
}

/** Lowest common ancestor of two elements (bounded depth); undefined when only `html`/`body` is shared. */
export function commonAncestor(a: Element, b: Element): Element | undefined {
  const up = new Set(ancestors(a));
  for (const el of ancestors(b)) {
    if (up.has(el)) {
      const tag = el.localName;
      return tag === 'body' || tag === 'html' ? undefined : el;
    }
  }
  return undefined;
}

export interface Layout {
  heading?: Element;
  buy: Element[];
  /** The smallest container of the heading and the first buy button, when they share one below `body`. */
  main?: Element;
}

/** Finds heading, buy buttons and the main product container of a page. */
export function pageLayout(doc: Document, index: PageIndex): Layout {
  const heading = productHeading(doc, index);
  const buy = buyButtons(index);
  let main: Element | undefined;
  if (heading && buy[0]) main = commonAncestor(heading, buy[0]);
  return { heading, buy, main };
}

/** Number of elements between two elements in document order, capped; for "near the heading" tests. */
export function distanceInDocument(a: Element, b: Element, cap = 400): number {
  const position = a.compareDocumentPosition(b);
  // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  const [first, last] = position & 4 ? [a, b] : [b, a];
  let n = 0;
  let cur: Element | null = first;
  while (cur && cur !== last && n < cap) {
    cur = nextElementInOrder(cur);
    n++;
  }
  return n;
}

function nextElementInOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let cur: Element | null = el;
  while (cur) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    cur = cur.parentElement;
  }
  return null;
}

function previousElementInOrder(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/**
 * `distanceInDocument(a, b, cap)` for many `b` and one `a`: the elements
 * within `cap` steps of `a` on either side are numbered once, so each
 * lookup costs a map read instead of a walk of up to `cap` elements.
 */
export function distancesFrom(a: Element, cap: number): (b: Element) => number {
  let steps: Map<Element, number> | undefined;
  return (b) => {
    if (!steps) {
      steps = new Map([[a, 0]]);
      let cur: Element | null = a;
      for (let n = 1; n < cap && (cur = nextElementInOrder(cur)); n++) steps.set(cur, n);
      cur = a;
      for (let n = 1; n < cap && (cur = previousElementInOrder(cur)); n++) steps.set(cur, n);
    }
    return steps.get(b) ?? cap;
  };
}
