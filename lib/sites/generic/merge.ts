import type { Money } from '@/lib/facts/page-facts';
import type { DomPrice } from './dom-price';
import type { ProductRecord } from './types';

/**
 * Folds the records of every source into one product, field by field, in
 * priority order (structured data first). The price is cross-checked with
 * the visible page: structured data can be stale (a sale the markup missed)
 * or describe another variant, and the shopper pays what the page shows.
 */

/** The merged product: every field a source may state, plus where the price came from. */
export type MergedProduct = Omit<ProductRecord, 'source' | 'prices' | 'variantFromUrl' | 'offered'> & { priceSource?: string };

type Field = Exclude<keyof ProductRecord, 'source' | 'prices'>;

function first<K extends Field>(records: readonly ProductRecord[], key: K): ProductRecord[K] | undefined {
  for (const r of records) if (r[key] !== undefined) return r[key];
  return undefined;
}

/** Any currency the sources state, for a price read without one. */
function anyCurrency(records: readonly ProductRecord[], dom: DomPrice): string | undefined {
  for (const r of records) {
    if (r.price?.currency) return r.price.currency;
    for (const p of r.prices ?? []) if (p.currency) return p.currency;
  }
  return dom.best?.money.currency;
}

/**
 * The best score a visible, not-struck-through candidate gives an amount (0
 * when never shown). Candidates in site chrome score at most 0, so the
 * placed candidates alone give the answer.
 */
function shownScore(dom: DomPrice, amount: string, nearOnly: boolean): number {
  let best = 0;
  for (const c of dom.candidates) {
    if (c.money.amount !== amount || c.old || (nearOnly && !c.near)) continue;
    best = Math.max(best, c.score);
  }
  return best;
}

/**
 * The selling price. Structured data first; among several structured
 * prices (offers, variants) the one the page shows most prominently. The
 * visible price replaces the structured one only when the page clearly
 * shows it in the product's area and shows the structured one nowhere there
 * except as a former price — the markup is then stale.
 */
function choosePrice(records: readonly ProductRecord[], dom: DomPrice): { price?: Money; source?: string } {
  const selected = records.find((r) => r.price && r.variantFromUrl);
  if (selected?.price) return { price: selected.price, source: selected.source };
  const structured = records.find((r) => r.price);
  const visible = dom.best;
  if (!structured?.price) return visible ? { price: visible.money, source: 'dom' } : {};
  let price = structured.price;
  const options = structured.prices ?? [];
  if (options.length > 1) {
    let bestScore = 0;
    for (const o of options) {
      const sc = shownScore(dom, o.amount, false);
      if (sc > bestScore) {
        bestScore = sc;
        price = { ...o, currency: o.currency ?? price.currency };
      }
    }
  }
  if (!visible || visible.money.amount === price.amount) return { price, source: structured.source };
  if (shownScore(dom, price.amount, true) >= 3) return { price, source: structured.source };
  const knownList = records.some((r) => r.listPrice?.amount === visible.money.amount);
  // A structured price the page never displays is stale; a clear visible price beside the product replaces it.
  const neverShown = shownScore(dom, price.amount, false) === 0 && !dom.allCandidates().some((c) => c.money.amount === price.amount);
  if (!knownList && visible.near && !visible.old && (visible.score >= 6 || neverShown)) {
    const currency = visible.money.currency ?? price.currency;
    return { price: currency ? { amount: visible.money.amount, currency } : { amount: visible.money.amount }, source: 'dom' };
  }
  return { price, source: structured.source };
}

/** One product from all sources' records, structured sources first, price cross-checked with the page. */
export function mergeRecords(input: readonly ProductRecord[], dom: DomPrice): MergedProduct {
  // A source describing the URL's variant outranks sources describing the default one.
  const records = [...input.filter((r) => r.variantFromUrl), ...input.filter((r) => !r.variantFromUrl)];
  const { price: rawPrice, source } = choosePrice(records, dom);
  let price = rawPrice;
  if (price && !price.currency) {
    const c = anyCurrency(records, dom);
    if (c) price = { ...price, currency: c };
  }
  const list = first(records, 'listPrice');
  const listPrice = list && price && Number(list.amount) > Number(price.amount) ? list : undefined;
  return {
    name: first(records, 'name'),
    price,
    priceSource: source,
    listPrice,
    availability: first(records, 'availability'),
    sku: first(records, 'sku'),
    gtin: first(records, 'gtin'),
    brand: first(records, 'brand'),
    rating: first(records, 'rating'),
    reviewCount: first(records, 'reviewCount'),
    sellerName: first(records, 'sellerName'),
    images: first(records, 'images'),
    category: first(records, 'category'),
  };
}
