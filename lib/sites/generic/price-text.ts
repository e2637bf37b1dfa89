import { currencyFromText } from '@/lib/sites/util/money';
import { textMemo } from './read-memo';

/**
 * What a price candidate's text says: its short visible text (cents put
 * back where a page shows them apart), whether a currency stands next to
 * its number, and how many amounts it holds. Functions of the element and
 * its text only, for the price reader (`dom-price.ts`).
 */

/** Ambiguous currency marks that `currencyFromText` leaves unresolved without a hint. */
const BARE_SYMBOL = /[$¥￥]|\bkr\b/i;

/**
 * True when a currency is written right next to the text's first number
 * ("€ 12", "12,99 €", "US$12"), not merely somewhere in it ("DDR4 … €").
 */
export function looksLikeMoney(text: string): boolean {
  return moneyVerdicts(text);
}

/** Prices and counts repeat across a page's tiles; the answer depends on the text alone. */
const moneyVerdicts = textMemo(moneyNextToNumber);

function moneyNextToNumber(text: string): boolean {
  const m = /\d[\d.,\s\u00a0']*/.exec(text);
  if (!m) return false;
  const before = text.slice(Math.max(0, m.index - 5), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
  const near = `${before} ${after}`;
  return Boolean(currencyFromText(near)) || BARE_SYMBOL.test(near) || /^[^\p{L}]*[A-Z]{3}\s?$/u.test(before) && Boolean(currencyFromText(before.trim()));
}

/** Count of money-looking amounts in a text; an element showing two prices is a container, not a price. */
export function amountsIn(text: string): number {
  const m = text.match(/\d[\d.,\s\u00a0']*\d|\d/g);
  return m ? m.length : 0;
}

/**
 * The short text an element shows, as a price candidate: undefined when it
 * is long or has no digit. `centsHosts` (from `centsHostsOf`) are the
 * elements whose cents may sit apart; only their text is walked for them.
 */
export function priceText(el: Element, centsHosts: ReadonlySet<Element>): string | undefined {
  const raw = el.textContent ?? '';
  if (raw.length > 400 || !/\d/.test(raw)) return undefined;
  const plain = raw.replace(/\s+/g, ' ').trim();
  // withCents adds at most a few decimal points: a text far over the limit stays over it.
  if (plain.length > 64) return undefined;
  const t = centsHosts.has(el) ? withCents(el).replace(/\s+/g, ' ').trim() : plain;
  return t && t.length <= 60 && /\d/.test(t) ? t : undefined;
}

/** Superscript or "cents" children: `12<sup>99</sup>` shows 12.99, which textContent glues into "1299". */
const CENTS_CLASS = /cent|fraction|decimal|penny|minor/i;

/** The element's text with a decimal point restored before a superscript / cents part. */
function withCents(el: Element): string {
  let out = '';
  const visit = (node: Node, depth: number) => {
    if (depth > 4) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    // The child's own text is read only for a cents-like child: most children are not.
    const isCents = (child.localName === 'sup' || CENTS_CLASS.test(child.getAttribute('class') ?? '')) && /^\d{1,2}$/.test((child.textContent ?? '').trim());
    if (isCents && /\d$/.test(out.trimEnd())) out = `${out.trimEnd()}.`;
    for (let n = child.firstChild; n; n = n.nextSibling) visit(n, depth + 1);
  };
  for (let n = el.firstChild; n; n = n.nextSibling) visit(n, 0);
  return out;
}

/** The ancestors (up to the depth `withCents` walks) of cents-like elements. */
export function centsHostsOf(cents: readonly Element[]): Set<Element> {
  const hosts = new Set<Element>();
  for (const el of cents) {
    let cur = el.parentElement;
    for (let i = 0; cur && i < 6; i++, cur = cur.parentElement) hosts.add(cur);
  }
  return hosts;
}
