import { nodeAfter } from '../util/dom';
import { namesPaymentMethod } from './payment-patterns';

/**
 * The page's elements the readers need, sorted once into lists (price-like,
 * stock-like, controls, links, logos…).
 *
 * Measured in Chromium on real shop pages: selector queries with
 * case-insensitive substring matches (`[class*=price i]`) cost 5–15 ms each
 * on a 10,000-element page, and reading every element's attributes one by
 * one costs 10–25 ms. So the index is one walk over the elements with one
 * `getAttributeNames()` call per element that has attributes, reading only
 * the attributes present that the lists test, and judging each distinct
 * class or id string against the patterns once.
 */

export interface PageIndex {
  /** Elements visited by the attribute pass (capped). */
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
  /** Links with a `title` attribute (a policy link may name its page only there). */
  titledLinks: Element[];
  images: Element[];
  /** Svg drawings that may name a payment method by an attribute (label, title, class); those holding a `<title>` are found from `titleTags`. */
  svgs: Element[];
  /** Every `<title>` element: the head's, and those naming an svg drawing. */
  titleTags: Element[];
  /** Icon-font elements that may name a payment method (`<i class="icon-visa">`, or labelled), for payment logos. */
  icons: Element[];
  /** Class or id mentions payment (any language), for payment sentences. */
  payment: Element[];
  /** Footers, footer-like and contact blocks, addresses. */
  footers: Element[];
  /** `<sup>` and cents-like classes: where a price may show its cents apart (`12<sup>99</sup>`). */
  cents: Element[];
  /** Class or id mentions a brand, vendor or manufacturer: an unlabelled brand name. */
  brands: Element[];
  itemscope: Element[];
  itemprop: Element[];
  typeofs: Element[];
  properties: Element[];
  /** Every `<script>`, in page order: the JSON-LD, page-data and platform readers filter it instead of querying the page. */
  scripts: Element[];
  /** Every `<meta>`, in page order, for the meta-tag map. */
  metas: Element[];
  /**
   * Navigation menus the walk stepped over, in page order (see
   * `isSiteMenu`): only their links are listed (in `anchors` and
   * `titledLinks`), and the text walk steps over them too.
   */
  menus: Element[];
  bodyClass: string;
  /**
   * True when some element of the page has this class, for cheap platform
   * checks: the body or an element whose class the walk reads (not the
   * head's, nor a form field's that is not a button).
   */
  hasClass(name: string): boolean;
}

const MAX_VISIT = 120_000;
/** The most elements a list of the index holds. */
export const MAX_INDEXED = 4000;

const PRICE_ATTR = /price|preis|prix|precio|preco|prezzo|cena|amount/i;
const STOCK_ATTR = /stock|availab|inventory|sold-?out|lieferbar|disponib|notify-?me/i;
const RATING_ATTR = /rating|stars|review/i;
const PAYMENT_ATTR = /payment|zahlung|paiement|pago|pay-icon/i;
const ICON_ATTR = /icon-|icon--|pay-icon/i;
/** Any element with these classes or ids is an add-to-cart control; links only when styled as buttons. */
const CART_ATTR = /add-?to-?cart|addtocart|add-to-basket|add_to_cart/i;
const LINK_BUTTON_ATTR = /btn|button/i;
const TITLE_ATTR = /(?:product|item|goods)[-_]?(?:title|name)/i;
const FOOTER_ATTR = /footer|contact/i;
const CENTS_ATTR = /cent|fraction|decimal|penny|minor/i;
const BRAND_ATTR = /brand|vendor|manufacturer/i;
/** A class or id that may name a navigation menu, drawer or category tree (`isSiteMenu` decides). */
const MENU_ATTR = /nav|menu|drawer|categor/i;

/** What a class/id string says, as bits; the same string is tested once per page. */
const PRICE = 1;
const STOCK = 2;
const RATING = 4;
const PAYMENT = 8;
const ICON = 16;
const CART = 32;
const LINK_BUTTON = 64;
const TITLE = 128;
const FOOTER = 256;
const CENTS = 512;
const BRAND = 1024;
const MENU = 2048;

/** Union of the tests: most class strings match none and skip them all. */
const ANY_ATTR = new RegExp([PRICE_ATTR, STOCK_ATTR, RATING_ATTR, PAYMENT_ATTR, ICON_ATTR, CART_ATTR, LINK_BUTTON_ATTR, TITLE_ATTR, FOOTER_ATTR, CENTS_ATTR, BRAND_ATTR, MENU_ATTR].map((re) => re.source).join('|'), 'i');

/** Bits a class or id string earns; `isClass` adds the tests that read the class alone. */
function attrBits(value: string, isClass: boolean): number {
  if (!ANY_ATTR.test(value)) return 0;
  let bits = 0;
  if (PRICE_ATTR.test(value)) bits |= PRICE;
  if (STOCK_ATTR.test(value)) bits |= STOCK;
  if (RATING_ATTR.test(value)) bits |= RATING;
  if (PAYMENT_ATTR.test(value)) bits |= PAYMENT;
  if (CART_ATTR.test(value)) bits |= CART;
  if (FOOTER_ATTR.test(value)) bits |= FOOTER;
  if (BRAND_ATTR.test(value)) bits |= BRAND;
  if (MENU_ATTR.test(value)) bits |= MENU;
  if (isClass) {
    if (ICON_ATTR.test(value)) bits |= ICON;
    if (LINK_BUTTON_ATTR.test(value)) bits |= LINK_BUTTON;
    if (TITLE_ATTR.test(value)) bits |= TITLE;
    if (CENTS_ATTR.test(value)) bits |= CENTS;
  }
  return bits;
}

/** Verdicts per class string and per id string: list items and icons repeat the same class string. */
interface BitsCache {
  classes: Map<string, number>;
  ids: Map<string, number>;
  /** Whether a logo's class string names a payment method. */
  paymentNames: Map<string, boolean>;
}

function cachedPaymentName(cache: BitsCache, cls: string): boolean {
  let names = cache.paymentNames.get(cls);
  if (names === undefined) {
    names = namesPaymentMethod(cls);
    cache.paymentNames.set(cls, names);
  }
  return names;
}

function cachedBits(map: Map<string, number>, value: string, isClass: boolean): number {
  let bits = map.get(value);
  if (bits === undefined) {
    bits = attrBits(value, isClass);
    map.set(value, bits);
  }
  return bits;
}

/** Elements that are never shop content themselves: scripts, styles and inert templates. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
/** Elements of the document's head: they carry microdata at most, never a visible price or control. */
const HEAD_TAGS = new Set(['head', 'meta', 'link', 'title', 'html']);

function push(list: Element[], el: Element): void {
  if (list.length < MAX_INDEXED) list.push(el);
}

/** Input types that make a button (an image input submits its form like a submit button). */
function isButtonType(type: string | undefined): boolean {
  return type === 'submit' || type === 'button' || type === 'image';
}

function isCartName(name: string | null): boolean {
  return name === 'add' || name === 'add-to-cart';
}

/** The lists an element joins by its tag alone. */
function pushByTag(index: PageIndex, el: Element, tag: string): void {
  if (tag === 'a') push(index.anchors, el);
  else if (tag === 'img') push(index.images, el);
  else if (tag === 'button') push(index.controls, el);
  else if (tag === 'h1') push(index.h1, el);
  else if (tag === 'footer' || tag === 'address') push(index.footers, el);
  else if (tag === 'sup') push(index.cents, el);
}

const A_CLASS = 1;
const A_ID = 2;
const A_ITEMSCOPE = 3;
const A_ITEMPROP = 4;
const A_TYPEOF = 5;
const A_PROPERTY = 6;
const A_ROLE = 7;
const A_NAME = 8;
const A_TYPE = 9;
const A_DATA_PRICE = 10;
const A_DATA_AVAILABILITY = 11;
const A_DATA_RATING = 12;
const A_ARIA_LABEL = 13;
const A_TITLE = 14;
const A_DATA_PAYMENT = 15;

/**
 * The code of an attribute name the lists use, 0 for the others. A `switch`
 * on the name string compared it with each case in turn, and a `Map` lookup
 * hashed it (the walk took 7% longer that way on the corpus, and a page
 * has up to 25,000 attributes); the length tells most names apart before a
 * single compare.
 */
function codeOf(name: string): number {
  switch (name.length) {
    case 2: return name === 'id' ? A_ID : 0;
    case 4: return name === 'role' ? A_ROLE : name === 'name' ? A_NAME : name === 'type' ? A_TYPE : 0;
    case 5: return name === 'class' ? A_CLASS : name === 'title' ? A_TITLE : 0;
    case 6: return name === 'typeof' ? A_TYPEOF : 0;
    case 8: return name === 'itemprop' ? A_ITEMPROP : name === 'property' ? A_PROPERTY : 0;
    case 9: return name === 'itemscope' ? A_ITEMSCOPE : 0;
    case 10: return name === 'data-price' ? A_DATA_PRICE : name === 'aria-label' ? A_ARIA_LABEL : 0;
    case 11: return name === 'data-rating' ? A_DATA_RATING : 0;
    case 12: return name === 'data-payment' ? A_DATA_PAYMENT : 0;
    case 17: return name === 'data-price-amount' ? A_DATA_PRICE : name === 'data-availability' ? A_DATA_AVAILABILITY : 0;
    default: return 0;
  }
}

/**
 * Sorts one element with attributes into the lists. `names` comes from one
 * `getAttributeNames()` call: a DOM call costs far more than a string
 * compare, so each element pays for that call and for the values it needs,
 * read only after its tag shows a use for them (a filter checkbox's class
 * and id are never read). True when the element may be a navigation menu
 * (`isSiteMenu` decides).
 */
function sortByAttributes(index: PageIndex, el: Element, tag: string, names: string[], cache: BitsCache): boolean {
  let hasClass = false;
  let hasId = false;
  let hasRole = false;
  let hasName = false;
  let hasType = false;
  let itemprop: string | null = null;
  let dataPrice = false;
  let dataAvailability = false;
  let dataRating = false;
  let hasAriaLabel = false;
  let hasTitle = false;
  let dataPayment = false;
  // Presence only: a value is read once the element's tag leaves a use for it.
  for (const name of names) {
    switch (codeOf(name)) {
      case A_CLASS: hasClass = true; break;
      case A_ID: hasId = true; break;
      case A_ITEMSCOPE: push(index.itemscope, el); break;
      case A_ITEMPROP: itemprop = el.getAttribute('itemprop'); push(index.itemprop, el); break;
      case A_TYPEOF: push(index.typeofs, el); break;
      case A_PROPERTY: push(index.properties, el); break;
      case A_ROLE: hasRole = true; break;
      case A_NAME: hasName = true; break;
      case A_TYPE: hasType = true; break;
      case A_DATA_PRICE: dataPrice = true; break;
      case A_DATA_AVAILABILITY: dataAvailability = true; break;
      case A_DATA_RATING: dataRating = true; break;
      case A_ARIA_LABEL: hasAriaLabel = true; break;
      case A_TITLE: hasTitle = true; break;
      case A_DATA_PAYMENT: dataPayment = true; break;
      default: break;
    }
  }
  if (itemprop === 'name' && tag !== 'meta') push(index.titles, el);
  // A microdata price on a meta element is still a price element (the price reader reads its content).
  if (HEAD_TAGS.has(tag)) {
    if (itemprop === 'price') push(index.prices, el);
    return false;
  }
  pushByTag(index, el, tag);
  if (hasTitle && tag === 'a') push(index.titledLinks, el);
  const inputType = hasType && tag === 'input' ? el.getAttribute('type')?.toLowerCase() : undefined;
  // A cart name marks a button, or the hidden field of a cart form (WooCommerce's variable products); the
  // name of a checkbox or a text field is never read (a large catalogue's filters are thousands of them).
  const cartByName = hasName && (tag !== 'input' || inputType === undefined || inputType === 'hidden') && isCartName(el.getAttribute('name'));
  const role = hasRole ? el.getAttribute('role') : null;
  const cart = isButtonType(inputType) || role === 'button' || cartByName;
  // A form field that is not a button (the thousands of filter checkboxes of a large catalogue) shows no text,
  // no price and no logo, and is no control: its class and id say nothing the readers use.
  if (tag === 'input' && !cart) return false;
  // A body class names the page ("so_footerswitch", "product-price-page"), not a footer or a price:
  // the body is never a candidate, and its whole text (100,000 characters, 3 ms) is never read as one.
  if (tag === 'body') return false;
  const cls = hasClass ? el.getAttribute('class') ?? '' : '';
  const id = hasId ? el.getAttribute('id') ?? '' : '';
  // The patterns test substrings, and a class name never runs into the id: each string is judged on its own.
  const bits = (cls ? cachedBits(cache.classes, cls, true) : 0) | (id ? cachedBits(cache.ids, id, false) : 0);
  if (tag !== 'button' && (cart || bits & CART || (tag === 'a' && bits & LINK_BUTTON))) push(index.controls, el);
  if (itemprop === 'price' || bits & PRICE || dataPrice) push(index.prices, el);
  if (bits & STOCK || dataAvailability) push(index.stock, el);
  if (bits & RATING || dataRating || (hasAriaLabel && /out of 5|stars/i.test(el.getAttribute('aria-label') ?? ''))) push(index.ratings, el);
  if (bits & PAYMENT) push(index.payment, el);
  // A logo names its payment method by a label, a title or its class: an icon of a cart or an arrow
  // (IKEA's pages draw 470 svg icons) is left out, and the payment reader reads no attribute of it.
  if (tag === 'svg' || (bits & ICON && (tag === 'i' || tag === 'span'))) {
    if (hasAriaLabel || hasTitle || dataPayment || (cls !== '' && cachedPaymentName(cache, cls))) push(tag === 'svg' ? index.svgs : index.icons, el);
  }
  if (bits & FOOTER && tag !== 'a' && tag !== 'footer' && tag !== 'address') push(index.footers, el);
  if (bits & TITLE && itemprop !== 'name') push(index.titles, el);
  if (bits & CENTS && tag !== 'sup') push(index.cents, el);
  if (bits & BRAND) push(index.brands, el);
  return tag === 'nav' || role === 'navigation' || (bits & MENU) !== 0;
}

/** Links a menu holds at least to be stepped over: a footer's link lists and a help menu hold fewer. */
const MIN_MENU_LINKS = 100;
/** Menus asked about per read, at most: each question walks the menu's subtree (natively). */
const MAX_MENU_CHECKS = 64;
/** What a menu must not hold to be stepped over: microdata or a form. */
const NOT_IN_MENU = '[itemscope], [itemprop], form';

/**
 * A site's navigation menu or drawer of category links: a menu-like element
 * holding at least `MIN_MENU_LINKS` links, links making at least a sixth of
 * its elements, a picture for at most one link in four, and nothing of a
 * product's page. On large shops these
 * menus are most of the page (6,500 of a Chilean department store's 8,400
 * elements are its desktop menu and its mobile drawer), and no reader finds
 * anything in them but links: the walks step over them, and the policy-link
 * reader still gets their links. The counts are native subtree walks,
 * which cost a small part of visiting the same elements from script.
 */
function isSiteMenu(el: Element): boolean {
  const links = el.getElementsByTagName('a').length;
  if (links < MIN_MENU_LINKS) return false;
  if (links * 6 < el.getElementsByTagName('*').length) return false;
  // A grid of products shows a picture per product (a "category" block may be one); a menu, a few at most.
  if (el.getElementsByTagName('img').length * 4 > links) return false;
  // A menu may title its sections with h1s; the page's own heading is then outside it.
  const h1 = el.getElementsByTagName('h1').length;
  if (h1 > 0 && h1 >= (el.ownerDocument?.getElementsByTagName('h1').length ?? 0)) return false;
  return el.querySelector(NOT_IN_MENU) === null;
}


/** True when the class string lists `name` (a substring test first: most strings do not contain it at all). */
function hasToken(classString: string, name: string): boolean {
  return name !== '' && classString.includes(name) && classString.split(/\s+/).includes(name);
}

/** Builds the index in one bounded walk over the document's elements. */
export function buildPageIndex(doc: Document): PageIndex {
  const cache: BitsCache = { classes: new Map(), ids: new Map(), paymentNames: new Map() };
  const index: PageIndex = {
    visited: 0, h1: [], titles: [], prices: [], stock: [], ratings: [], controls: [], anchors: [], titledLinks: [], images: [], svgs: [], titleTags: [], icons: [],
    payment: [], footers: [], cents: [], brands: [], itemscope: [], itemprop: [], typeofs: [], properties: [], scripts: [], metas: [], menus: [],
    bodyClass: doc.body?.getAttribute('class') ?? '',
    hasClass(name) {
      // The distinct class strings the walk read (a few hundred): a `.name` query walked the whole page
      // for each absent class, and the platform checks ask for four.
      if (hasToken(index.bodyClass, name)) return true;
      for (const value of cache.classes.keys()) if (hasToken(value, name)) return true;
      return false;
    },
  };
  const root = doc.documentElement;
  if (!root) return index;
  // SHOW_ELEMENT = 1. A walker without a filter costs one native call per element.
  const walker = doc.createTreeWalker(root, 1);
  let visited = 0;
  let menuChecks = 0;
  let el = walker.currentNode as Element | null;
  for (; el && visited < MAX_VISIT; visited++) {
    const tag = el.localName;
    // Script, style and template hold no elements in a live page; a noscript's markup is read like the old pass did.
    if (SKIPPED.has(tag)) {
      if (tag === 'script') push(index.scripts, el);
      el = walker.nextNode() as Element | null;
      continue;
    }
    if (tag === 'meta') push(index.metas, el);
    else if (tag === 'title') push(index.titleTags, el);
    // One call answers both "any attributes?" and "which?": most elements have some, and a
    // `hasAttributes()` first was a second DOM call for each of them.
    const names = el.getAttributeNames();
    const mayBeMenu = names.length ? sortByAttributes(index, el, tag, names, cache) : (pushByTag(index, el, tag), tag === 'nav');
    if (mayBeMenu && menuChecks < MAX_MENU_CHECKS && (menuChecks++, isSiteMenu(el))) {
      index.menus.push(el);
      for (const a of el.getElementsByTagName('a')) push(index.anchors, a);
      for (const a of el.querySelectorAll('a[title]')) push(index.titledLinks, a);
      el = nodeAfter(walker, el) as Element | null;
      continue;
    }
    // A drawing's shapes (IKEA's pages draw 470 icons, 14% of their elements) carry no text, price or
    // control: only its titles, which may name a payment method, are listed.
    if (tag === 'svg') {
      for (const title of el.getElementsByTagName('title')) push(index.titleTags, title);
      el = nodeAfter(walker, el) as Element | null;
      continue;
    }
    el = walker.nextNode() as Element | null;
  }
  index.visited = visited;
  return index;
}
