import type { Availability, Money } from '@/lib/facts/page-facts';
import type { DomPrice } from './dom-price';
import type { ProductRecord } from './types';

/**
 * Folds the records of every source into one product, field by field, in
 * priority order (structured data first). The price is cross-checked with
 * the visible page: structured data can be stale (a sale the markup missed)
 * or describe another variant, and the shopper pays what the page shows.
 */

export interface MergedProduct {
  name?: string;
  price?: Money;
  priceSource?: string;
  listPrice?: Money;
  availability?: Availability;
  sku?: string;
  gtin?: string;
  brand?: string;
  rating?: number;
  reviewCount?: number;
  sellerName?: string;
  images?: string[];
  category?: string;
}

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
 * The selling price. Structured price, unless the visible page clearly
 * shows a different one in the product's own area and does not show the
 * structured one anywhere near it; the visible one wins then, as long as it
 * is not merely a list price the structured data also knows.
 */
function choosePrice(records: readonly ProductRecord[], dom: DomPrice): { price?: Money; source?: string } {
  const structured = records.find((r) => r.price);
  const visible = dom.best;
  if (!structured?.price) return visible ? { price: visible.money, source: 'dom' } : {};
  if (!visible) return { price: structured.price, source: structured.source };
  const amount = structured.price.amount;
  if (visible.money.amount === amount) return { price: structured.price, source: structured.source };
  const shownNear = dom.candidates.some((c) => c.money.amount === amount && c.near && c.score >= 3);
  if (shownNear) {
    // Several structured prices (variants): the one shown most prominently is the selected one.
    const options = new Set(records.flatMap((r) => [...(r.prices ?? []), ...(r.price ? [r.price] : [])]).map((m) => m.amount));
    if (options.has(visible.money.amount) && options.size > 1) return { price: { ...structured.price, amount: visible.money.amount }, source: 'dom' };
    return { price: structured.price, source: structured.source };
  }
  const knownList = records.some((r) => r.listPrice?.amount === visible.money.amount);
  if (!knownList && visible.near && visible.score >= 6) {
    const currency = visible.money.currency ?? structured.price.currency;
    return { price: currency ? { amount: visible.money.amount, currency } : { amount: visible.money.amount }, source: 'dom' };
  }
  return { price: structured.price, source: structured.source };
}

export function mergeRecords(records: readonly ProductRecord[], dom: DomPrice): MergedProduct {
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
