import type { Money } from '@/lib/facts/page-facts';
import { describingAttrs } from './read-memo';
import { showsOtherAmount, type DomPrice, type PriceCandidate } from './dom-price';
import { inOffMainArea, type Layout } from './page-layout';

/**
 * The list price the page shows beside the selling price, for pages whose
 * structured data states none: the "was" amount of a sale (struck through,
 * labelled "Old price:", "UVP", "定価", or in a regular / list / non-sale
 * price element). It feeds the claimed discount, so it is never guessed:
 * the amount must be marked as a former price, sit in the same price block
 * as an amount showing the selling price, and be higher than it.
 */

/**
 * Class / id words of a list price that the price reader does not count as
 * "old" (there they may name the price itself): a regular, standard or
 * reference price — as one compound, since "rataStandard" is a financing plan.
 */
const LIST_ATTR = /(?:regular|standard|non-?sale|list|compare|reference|retail)[-_]?price|price[-_]{0,2}(?:regular|standard|non-?sale|list|compare|reference|retail)\b|compare-?at/i;
/** Levels above the list amount where the selling price must appear: one price block, not the whole page. */
const MAX_BLOCK_LEVELS = 4;
/** A "was" price twenty times the price is a decoy or another product, not this one's list price. */
const MAX_RATIO = 20;

function marksList(el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) if (LIST_ATTR.test(describingAttrs(cur))) return true;
  return false;
}

/**
 * The elements holding a shown selling price (each amount and all its
 * ancestors), so that "does this ancestor hold the price?" is one lookup
 * instead of a `contains` per amount and level.
 */
function holdersOf(shown: readonly PriceCandidate[]): Set<Element> {
  const holders = new Set<Element>();
  for (const s of shown) for (let cur: Element | null = s.el; cur && !holders.has(cur); cur = cur.parentElement) holders.add(cur);
  return holders;
}

/** Levels from `el` up to the nearest ancestor holding a shown price, or undefined beyond the block. */
function levelsToPrice(el: Element, holders: ReadonlySet<Element>): number | undefined {
  let cur = el.parentElement;
  for (let level = 1; cur && level <= MAX_BLOCK_LEVELS; level++, cur = cur.parentElement) if (holders.has(cur)) return level;
  return undefined;
}

/**
 * Neither in site chrome nor among other products, up to the product's
 * container: a carousel inside it shows other items' "was" prices.
 */
function ownAmount(c: PriceCandidate, layout: Layout): boolean {
  return c.near && !inOffMainArea(c.el, layout.main);
}

/** The list price shown next to `price`, or undefined when the page marks none. */
export function findDomListPrice(dom: DomPrice, layout: Layout, price: Money): Money | undefined {
  const amount = Number(price.amount);
  if (!(amount > 0)) return undefined;
  const shown = dom.candidates.filter((c) => c.money.amount === price.amount && !c.old && ownAmount(c, layout));
  if (shown.length === 0) return undefined;
  const holders = holdersOf(shown);
  // Ranked: marked as former (struck, "was", a label) before marked by a list class, then the nearest.
  let best: { money: Money; rank: number } | undefined;
  for (const c of dom.candidates) {
    const value = Number(c.money.amount);
    if (!(value > amount) || value > amount * MAX_RATIO) continue;
    if (c.money.currency && price.currency && c.money.currency !== price.currency) continue;
    const levels = levelsToPrice(c.el, holders);
    if (levels === undefined) continue;
    const rank = (c.old ? 0 : MAX_BLOCK_LEVELS) + levels;
    if (best && rank >= best.rank) continue;
    // `old` covers struck-through amounts, "was" words and labels; the list words are asked only here.
    if (!(c.old || marksList(c.el)) || showsOtherAmount(c.el) || !ownAmount(c, layout)) continue;
    const currency = c.money.currency ?? price.currency;
    best = { money: currency ? { amount: c.money.amount, currency } : { amount: c.money.amount }, rank };
  }
  return best?.money;
}
