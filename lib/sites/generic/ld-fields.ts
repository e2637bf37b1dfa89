import { ldString, type LdNode } from '@/lib/sites/util/json-ld';
import { absoluteUrl } from '@/lib/sites/util/dom';
import { cleanId, cleanText } from '@/lib/sites/util/clean-text';
import { asList } from './ld-nodes';
import type { PageContext } from './types';

/** Field readers of schema.org product nodes: ids, rating, images, seller. */

export function gtinOf(...nodes: (LdNode | undefined)[]): string | undefined {
  for (const n of nodes) {
    if (!n) continue;
    for (const key of ['gtin13', 'gtin', 'gtin12', 'gtin14', 'gtin8', 'isbn', 'ean']) {
      const v = ldString(n[key])?.replace(/[\s-]/g, '');
      if (v && /^\d{8,14}$/.test(v)) return v;
    }
  }
  return undefined;
}

/** The first sku (or `productID`, minus a `sku:` prefix) among the nodes, in order. */
export function skuOf(...nodes: (LdNode | undefined)[]): string | undefined {
  for (const n of nodes) {
    const v = cleanId(ldString(n?.sku));
    if (v) return v;
  }
  for (const n of nodes) {
    // `productID` is often written "sku:123" or "isbn:…".
    const raw = ldString(n?.productID);
    if (raw && !/^(isbn|gtin|ean|upc|mpn):/i.test(raw)) {
      const v = cleanId(raw.replace(/^sku:/i, ''));
      if (v) return v;
    }
  }
  return undefined;
}

/** Rating scaled to 0..5 (a page rating out of 10 or 100 is scaled). */
export function ratingOf(agg: LdNode | undefined): { rating?: number; reviewCount?: number } {
  if (!agg) return {};
  const num = (v: unknown) => {
    const s = ldString(v);
    const n = s === undefined ? Number.NaN : Number.parseFloat(s.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  };
  const count = (v: unknown) => {
    const s = ldString(v)?.replace(/[\s.,\u00a0']/g, '');
    return s && /^\d{1,10}$/.test(s) ? Number(s) : undefined;
  };
  let rating = num(agg.ratingValue);
  const best = num(agg.bestRating) ?? 5;
  if (rating !== undefined && best > 5 && best <= 100) rating = (rating / best) * 5;
  const reviewCount = count(agg.ratingCount) ?? count(agg.reviewCount);
  const validRating = rating !== undefined && rating > 0 && rating <= 5 ? Math.round(rating * 100) / 100 : undefined;
  // A rating of zero ratings is a template default, not a rating.
  if (reviewCount === 0) return { reviewCount: 0 };
  return { ...(validRating !== undefined ? { rating: validRating } : {}), ...(reviewCount !== undefined ? { reviewCount } : {}) };
}

/** Up to five absolute http(s) image URLs of a product node. */
export function imagesOf(product: LdNode, ctx: PageContext): string[] | undefined {
  const out: string[] = [];
  for (const img of asList(product.image).slice(0, 10)) {
    const raw = typeof img === 'string' ? img : img && typeof img === 'object' ? ldString((img as LdNode).url ?? (img as LdNode).contentUrl) : undefined;
    const abs = absoluteUrl(raw, ctx.url);
    if (abs && abs.length < 2000 && !out.includes(abs)) out.push(abs);
    if (out.length >= 5) break;
  }
  return out.length ? out : undefined;
}

/** The seller (`seller` or `offeredBy` name) of the chosen offer, else of any offer. */
export function sellerOf(offers: readonly LdNode[], chosen: LdNode | undefined): string | undefined {
  for (const o of chosen ? [chosen, ...offers] : offers) {
    const v = cleanText(ldString(o.seller) ?? ldString(o.offeredBy), 300);
    if (v) return v;
  }
  return undefined;
}

/**
 * The page's main product among product-like nodes: not inside a list of
 * other products, carrying offers, named like the page's heading; ties go
 * to the first in the document.
 */
