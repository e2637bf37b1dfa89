/**
 * Answers about elements and strings, remembered for the length of one read.
 *
 * The price, label, stock and rating readers walk up from hundreds of
 * candidates and ask the same ancestors the same questions (hidden? site
 * chrome? which classes?). Each answer costs several DOM calls, which cost
 * far more than a map lookup; so does testing the same class list or price
 * text against the same patterns. The memo lives only inside `withReadMemo`,
 * so a later read of a changed page never sees a stale answer, and a page's
 * elements are not kept alive after the read.
 */

interface Memo {
  attrs: Map<Element, string>;
  hidden: Map<Element, boolean>;
  chrome: Map<Element, ChromeVerdict>;
  /** Answers that depend on a string alone (a class list, a short text), one table per `textMemo`. */
  texts: Map<symbol, Map<string, unknown>>;
}

/** What one element says about the area it opens, for `inOffMainArea`. */
export type ChromeVerdict = 'off' | 'page-root' | 'neutral';

let memo: Memo | undefined;

/** Runs `read` with a fresh memo; calls outside it compute every answer afresh. */
export function withReadMemo<T>(read: () => T): T {
  const outer = memo;
  memo = { attrs: new Map(), hidden: new Map(), chrome: new Map(), texts: new Map() };
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

/**
 * A table of answers keyed by a string, kept for the current read only, so a
 * measured read pays for its own answers. Outside a read it computes afresh.
 */
export function textMemo<V>(compute: (key: string) => V): (key: string) => V {
  const table = Symbol('text memo');
  return (key) => {
    if (!memo) return compute(key);
    let map = memo.texts.get(table) as Map<string, V> | undefined;
    if (!map) {
      map = new Map();
      memo.texts.set(table, map);
    }
    let value = map.get(key);
    if (value === undefined) {
      value = compute(key);
      map.set(key, value);
    }
    return value;
  };
}
