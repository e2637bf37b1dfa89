import type { Money } from '@/lib/facts/page-facts';
import { parseMoney } from '@/lib/sites/util/money';
import { describingAttrs, textMemo } from './read-memo';
import { distancesFrom, inOffMainArea, isHidden, type Layout } from './page-layout';
import { collectTexts, textsWithin } from './page-text';
import { amountsIn, centsHostsOf, looksLikeMoney, priceText } from './price-text';
import { hasFormerPriceLabel } from './price-labels';
import type { PageContext } from './types';

/**
 * The visible selling price, for pages without structured data and to
 * cross-check structured data against what the shopper actually sees.
 * Every price-like element is scored on what it is (a price class, a
 * currency, not struck through, not a unit or instalment price) and where it
 * is (in the product's container, near its heading, not in a carousel).
 */

export interface PriceCandidate {
  money: Money;
  score: number;
  el: Element;
  /** Marked as a former / list price (struck through, "was", "UVP"). */
  old: boolean;
  /** In the product's main container (or close to its heading). */
  near: boolean;
}

export interface DomPrice {
  best?: PriceCandidate;
  /**
   * Candidates that may score (in or near the product's area). Those in site
   * chrome and carousels score at most 0: they never become the price nor
   * count as "shown" by score, and are left out here.
   */
  candidates: PriceCandidate[];
  /**
   * Every candidate, those in site chrome and carousels included, in page
   * order: "is this amount shown anywhere?" and "is this a grid of
   * products?". Scored on first call: most reads never ask, and on a page
   * with a carousel of hundreds of priced tiles scoring them was a third of
   * the price reader's time.
   */
  allCandidates(): PriceCandidate[];
}

const PRICE_WORD = /price|preis|prix|precio|preco|preço|prezzo|cena|cijena|hinta|pris|prijs|fiyat|harga|amount|betrag|valor|kaina|hind|tsena|цена|ціна|価格|가격|价格|售价/i;
const CURRENT_WORD = /sale|special|final|current|now|actual|selling|offer|deal|promo|main|big|large|primary|pdp|product-price|productprice|price--|current-price|price-now/i;
const OLD_WORD = /(?:^|[\s_-])(?:old|was|alt)(?:[\s_-]|price|$)|oldprice|wasprice|non-?sale|strike|crossed|before|rrp|uvp|msrp|compare|original|previous|instead|statt|ancien|antes|tachad|barr|vorher|(?<!with-|has-)list-?price|listprice|retail-?price|recommended|regular-price-old/i;
const OTHER_AMOUNT_WORD = /unit|per-?unit|base-?price|baseprice|grundpreis|install?ment|monthly|financ|klarna|afterpay|shipping|delivery|postage|loyalty|points|saving|discount|percent|deposit|subscription|coupon|voucher|bulk|tier/i;
/** Words before a former price in the amount's own text ("was $12", "statt 9,99 €"). */
const FORMER_TEXT = /(?:^|\s)(?:was|statt|uvp|rrp|msrp|antes|avant|prima|vorher|instead of)\b/i;
/** Texts of amounts that are not a price at all: savings, taxes, shipping, unit and instalment prices. */
const OTHER_AMOUNT_TEXT = /(?:^|\s)(?:save|spare|sparen|économisez|ahorra|ahorras|risparmi|economize|tax|vat|shipping|delivery|versand|envío|livraison|spedizione|frete)\b|%|\/\s?(?:kg|g|l|ml|m|m²|m2|pc|pcs|stk|st|unit|month|mo|mes|mois|monat|mese)\b|\bper\s|\b\d+\s?x\s|\bx\s?\d|\bmonths?\b|\bmeses\b|\bmois\b|\bmonate\b|\brate\b|\bcuotas?\b/i;
const MAX_CANDIDATE_ELEMENTS = 1500;
const MAX_TEXT_NODES = 20000;

const WORD_PRICE = 1;
const WORD_CURRENT = 2;
const WORD_OLD = 4;
const WORD_OTHER = 8;

/**
 * What an element's class/id/itemprop words say, as bits. Each pattern
 * matches within one word list (none spans the space between two
 * elements' lists), so testing each ancestor's list alone and combining the
 * bits gives what testing the joined lists gave.
 */
const wordBits = textMemo((attrs) => (PRICE_WORD.test(attrs) ? WORD_PRICE : 0) | (CURRENT_WORD.test(attrs) ? WORD_CURRENT : 0) | (OLD_WORD.test(attrs) ? WORD_OLD : 0) | (OTHER_AMOUNT_WORD.test(attrs) ? WORD_OTHER : 0));

/** Word bits of the element and its ancestors up to `levels`, nearest first. */
function wordChain(el: Element, levels: number): number[] {
  const out: number[] = [];
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels; i++, cur = cur.parentElement) out.push(wordBits(describingAttrs(cur)));
  return out;
}

function struckThrough(el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 4; i++, cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 's' || tag === 'del' || tag === 'strike') return true;
    if (/line-through/i.test(cur.getAttribute('style') ?? '')) return true;
  }
  return Boolean(el.querySelector('s, del, strike'));
}

/**
 * One price scan of one read: the texts already computed (the text walk, the
 * scoring and the container check ask for the same elements' text many
 * times over) and the elements that may show cents apart. It lives as long
 * as the read's `DomPrice`, so a page's elements are not kept after the read.
 */
interface PriceScan {
  ctx: PageContext;
  layout: Layout;
  texts: Map<Element, string | undefined>;
  /** Elements with a cents-like descendant within the depth `withCents` reads; the others need no cents walk. */
  centsHosts: Set<Element>;
  /** Distance to the heading, for candidates outside the product container (numbered once). */
  headingDistance?: (el: Element) => number;
}

function candidateText(scan: PriceScan, el: Element): string | undefined {
  if (scan.texts.has(el)) return scan.texts.get(el);
  const t = priceText(el, scan.centsHosts);
  scan.texts.set(el, t);
  return t;
}

function collectElements(scan: PriceScan): Element[] {
  const { ctx, layout } = scan;
  const { doc } = ctx;
  const set = new Set<Element>();
  for (const el of ctx.index.prices.slice(0, MAX_CANDIDATE_ELEMENTS)) set.add(el);
  // Prices without a price class: short texts carrying a currency, walked as text nodes.
  const root = layout.main ?? doc.body;
  if (root && typeof doc.createTreeWalker === 'function') {
    // The body's text nodes are shared with the later readers; a product container's are a run of them.
    const texts = root === doc.body && ctx.bodyTexts ? ctx.bodyTexts(MAX_TEXT_NODES)
      : (ctx.bodyTexts && textsWithin(ctx.bodyTexts, root, MAX_TEXT_NODES)) ?? collectTexts(root, MAX_TEXT_NODES);
    const end = Math.min(texts.nodes.length, MAX_TEXT_NODES);
    const rejected = new Set<Element>();
    for (let i = 0; i < end; i++) {
      const node = texts.nodes[i];
      const v = texts.values[i] ?? '';
      if (!node) continue;
      if (v.length > 80 || !/\d/.test(v)) continue;
      const parent = node.parentElement;
      // A parent already taken or rejected on its own text gives the same answer for its other text nodes.
      if (!parent || set.has(parent) || rejected.has(parent)) continue;
      const tag = parent.localName;
      if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      // A currency often sits in a sibling span: test the parent's (short) text.
      const own = candidateText(scan, parent);
      if (looksLikeMoney(own ?? v)) set.add(parent);
      else if (own !== undefined) rejected.add(parent);
    }
  }
  return [...set];
}

/** True when a descendant (up to `depth` levels) shows a complete price with a currency in less text. */
function hasPricedChild(scan: PriceScan, el: Element, length: number, depth: number): boolean {
  if (depth === 0) return false;
  let n = 0;
  for (let child = el.firstElementChild; child && n < 12; child = child.nextElementSibling, n++) {
    const t = candidateText(scan, child);
    if (t && t.length < length && looksLikeMoney(t)) return true;
    if (hasPricedChild(scan, child, length, depth - 1)) return true;
  }
  return false;
}

/**
 * True when the element shows an amount that is no price of the product by
 * its markup or its text: a saving, a tax, shipping, a unit or instalment
 * price. (Former prices are prices of the product, and pass.)
 */
export function showsOtherAmount(el: Element): boolean {
  // The element's own words only: a sale's price block is often called "discount" around both amounts.
  if (wordBits(describingAttrs(el)) & WORD_OTHER) return true;
  const text = (el.textContent ?? '').slice(0, 200);
  return OTHER_AMOUNT_TEXT.test(text);
}

/** Marks an element left unscored until every candidate is asked for. */
const OFF_MAIN = Symbol('off main');

/** Outside the product container and in site chrome or a carousel: `scoreElement` caps its score at 0. */
function offMain(layout: Layout, el: Element): boolean {
  return !(layout.main && layout.main.contains(el)) && inOffMainArea(el);
}

/**
 * Scores one element as "the price the shopper pays"; undefined when it
 * shows no single price. `inOffArea` is `offMain`'s answer, asked once by
 * the caller, which decides on it whether to score the element now.
 */
function scoreElement(scan: PriceScan, el: Element, inOffArea: boolean): PriceCandidate | undefined {
  const { ctx, layout, headingDistance } = scan;
  const tag = el.localName;
  // Meta and link carry structured data (read separately), not what the shopper sees.
  if (tag === 'script' || tag === 'style' || tag === 'option' || tag === 'select' || tag === 'input' || tag === 'meta' || tag === 'link') return undefined;
  const text = candidateText(scan, el);
  const machine = el.getAttribute('data-price-amount') ?? el.getAttribute('content') ?? el.getAttribute('data-price');
  if (!text && !machine) return undefined;
  if (text && amountsIn(text) > 1 && !/^\D*\d[\d.,\s\u00a0']*\d\D*$/.test(text)) return undefined;
  const textMoney = text ? parseMoney(text, ctx.currencyHint) : undefined;
  const machineMoney = machine && /^\s*\d+(\.\d+)?\s*$/.test(machine) ? parseMoney(machine.trim(), textMoney?.currency ?? ctx.currencyHint) : undefined;
  const money = textMoney ?? machineMoney;
  if (!money || !(Number(money.amount) > 0) || Number(money.amount) >= 1e9) return undefined;
  const chain = wordChain(el, 4);
  const own = chain[0] ?? 0;
  const anyOf = (bit: number, levels: number) => chain.slice(0, levels).some((b) => (b & bit) !== 0);
  const hasCurrency = Boolean(text && looksLikeMoney(text));
  const priceClass = anyOf(WORD_PRICE, 4);
  // A bare number is a price only where the markup says "price".
  if (!hasCurrency && !priceClass) return undefined;
  let score = 0;
  if (priceClass) score += own & WORD_PRICE ? 2 : 1;
  if (hasCurrency) score += 1;
  if (el.getAttribute('itemprop') === 'price') score += 2;
  if (own & WORD_CURRENT) score += 1;
  const oldByWord = anyOf(WORD_OLD, 3);
  const oldByText = Boolean(text && /^(?:was|statt|uvp|rrp|antes|avant|prima|vorher)\b/i.test(text));
  if (inOffArea) {
    // Site chrome or a carousel of other products: at most 2 + 1 + 2 + 1 - 6 = 0, so it can never be the
    // price and counts only as "shown somewhere". The penalties below could only lower it further.
    // Not tested for a priced child either: a container and its child then both stand for the same amount,
    // which changes no answer drawn from off-main candidates (amounts shown, never the price).
    return { money, score: score - 6, el, near: false, old: oldByWord || oldByText };
  }
  // A container of a complete price (screen-reader copy + visible copy): its child is the candidate.
  // Tested last of the rejections: it reads up to three levels of children.
  if (text && hasPricedChild(scan, el, text.length, 3)) return undefined;
  // "Was: <span>$149</span>", `<th>定価</th><td>3,850円</td>`: the label before the amount says it is a former price.
  const oldByLabel = !oldByWord && !oldByText && hasFormerPriceLabel(el);
  if (oldByWord || oldByLabel) score -= 4;
  if (anyOf(WORD_OTHER, 2)) score -= 3;
  if (text && (OTHER_AMOUNT_TEXT.test(text) || FORMER_TEXT.test(text))) score -= 3;
  const struck = struckThrough(el);
  if (struck) score -= 6;
  if (isHidden(el)) score -= 4;
  let isNear = false;
  if (layout.main && layout.main.contains(el)) {
    score += 4;
    isNear = true;
  } else if (headingDistance) {
    const d = headingDistance(el);
    if (d <= 40) score += 3;
    else if (d <= 120) score += 2;
    else if (d < 300) score += 0.5;
    isNear = d <= 120;
  }
  return { money, score, el, near: isNear, old: oldByWord || struck || oldByText || oldByLabel };
}

/**
 * Finds the visible price. The best candidate must clear a confidence bar;
 * below it the page's price stays unknown rather than guessed.
 */
export function findDomPrice(ctx: PageContext, layout: Layout): DomPrice {
  const scan: PriceScan = {
    ctx,
    layout,
    texts: new Map(),
    centsHosts: centsHostsOf(ctx.index.cents),
    // Candidates outside the product container are placed by their distance to the heading: number the elements around it once.
    headingDistance: layout.heading ? distancesFrom(layout.heading, 300) : undefined,
  };
  const elements = collectElements(scan);
  // Per element in page order: its candidate, or `OFF_MAIN` until someone asks for every candidate.
  const scored: (PriceCandidate | undefined | typeof OFF_MAIN)[] = elements.map((el) => (offMain(layout, el) ? OFF_MAIN : scoreElement(scan, el, false)));
  const candidates = scored.filter((c): c is PriceCandidate => c !== undefined && c !== OFF_MAIN);
  let all: PriceCandidate[] | undefined;
  const allCandidates = (): PriceCandidate[] => {
    all ??= scored.flatMap((c, i) => {
      const candidate = c === OFF_MAIN ? scoreElement(scan, elements[i] as Element, true) : c;
      return candidate ? [candidate] : [];
    });
    return all;
  };
  // The same amount shown twice near the product (sticky bar, buy box) is more certain.
  const byAmount = new Map<string, PriceCandidate[]>();
  for (const c of candidates) {
    const group = byAmount.get(c.money.amount);
    if (group) group.push(c);
    else byAmount.set(c.money.amount, [c]);
  }
  let best: PriceCandidate | undefined;
  for (const group of byAmount.values()) {
    const top = group.reduce((a, b) => (b.score > a.score ? b : a));
    const bonus = Math.min(1, 0.5 * (group.filter((c) => c.near && c.score > 0).length - 1));
    const total = top.score + Math.max(0, bonus);
    const better = !best || total > best.score || (total === best.score && documentOrderBefore(top.el, best.el));
    if (better) best = { ...top, score: total };
  }
  return { best: best && best.score >= 4 ? best : undefined, candidates, allCandidates };
}

function documentOrderBefore(a: Element, b: Element): boolean {
  return Boolean(a.compareDocumentPosition(b) & 4);
}
