/**
 * Facts about single elements, remembered for the length of one read.
 *
 * The price, label, stock and rating readers walk up from hundreds of
 * candidates and ask the same ancestors the same questions (hidden? site
 * chrome? which classes?). Each answer costs several DOM calls, which cost
 * far more than a map lookup. The memo lives only inside `withElementMemo`,
 * so a later read of a changed page never sees a stale answer, and a page's
 * elements are not kept alive after the read.
 */

interface Memo {
  attrs: Map<Element, string>;
  hidden: Map<Element, boolean>;
  chrome: Map<Element, ChromeVerdict>;
}

/** What one element says about the area it opens, for `inOffMainArea`. */
export type ChromeVerdict = 'off' | 'page-root' | 'neutral';

let memo: Memo | undefined;

/** Runs `read` with a fresh memo; calls outside it compute every answer afresh. */
export function withElementMemo<T>(read: () => T): T {
  const outer = memo;
  memo = { attrs: new Map(), hidden: new Map(), chrome: new Map() };
  try {
    return read();
  } finally {
    memo = outer;
  }
}

function remembered<V>(map: Map<Element, V> | undefined, el: Element, compute: (el: Element) => V): V {
  if (!map) return compute(el);
  let value = map.get(el);
  if (value === undefined) {
    value = compute(el);
    map.set(el, value);
  }
  return value;
}

/** `class`, `id`, `itemprop`, `data-testid` and `data-test`, joined: the words a reader matches against. */
export function describingAttrs(el: Element): string {
  return remembered(memo?.attrs, el, (e) => `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''} ${e.getAttribute('itemprop') ?? ''} ${e.getAttribute('data-testid') ?? ''} ${e.getAttribute('data-test') ?? ''}`);
}

/** True when the element itself is hidden by an attribute, inline style, its tag or a hiding class. */
export function hiddenItself(el: Element): boolean {
  return remembered(memo?.hidden, el, computeHidden);
}

const HIDING_CLASS = /(^|\s)(hidden|d-none|is-hidden|hide|visually-hidden|sr-only|u-hidden)(\s|$)/;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const INERT_TAGS = new Set(['template', 'noscript', 'script', 'style']);

function computeHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (HIDING_STYLE.test(el.getAttribute('style') ?? '')) return true;
  if (INERT_TAGS.has(el.localName)) return true;
  return HIDING_CLASS.test(el.getAttribute('class') ?? '');
}

/** The element's own verdict for `inOffMainArea`, from `judge` (which must depend on the element alone). */
export function chromeVerdict(el: Element, judge: (el: Element) => ChromeVerdict): ChromeVerdict {
  return remembered(memo?.chrome, el, judge);
}
