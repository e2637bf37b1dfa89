import { hasType, ldString, type LdNode } from '@/lib/sites/util/json-ld';
import { cleanText } from '@/lib/sites/util/clean-text';
import { availabilityFromSchema } from './availability';
import { IN_LIST } from './dom-items';
import { gtinOf, imagesOf, ratingOf, sellerOf, skuOf } from './ld-fields';
import { asNodes, isOfferish, isProductish } from './ld-nodes';
import { availabilityOf, chooseOffer, offersOf, parentSku, urlTokens, matchesUrl, variantsOf } from './offers';
import type { PageContext, ProductRecord, SourceKind } from './types';

/**
 * Reads schema.org Product data — from JSON-LD, microdata or RDFa, all in
 * the same node shape — into a ProductRecord: the main product of the page,
 * the offer matching the variant in the URL, its price, availability and ids.
 */


export function mainProductNode(nodes: readonly LdNode[], ctx: PageContext): LdNode | undefined {
  // Products inside lists (carousels, search results, "related") are never the page's product.
  const products = nodes.filter((n) => isProductish(n) && !n[IN_LIST] && (!hasType(n, 'Event') || n.offers !== undefined));
  const heading = headingText(ctx);
  const score = (n: LdNode, i: number) => {
    let s = 0;
    if (n.offers !== undefined || n.hasVariant !== undefined) s += 4;
    const name = cleanText(ldString(n.name), 1000)?.toLowerCase();
    if (name && heading && (heading.includes(name) || name.includes(heading))) s += 3;
    if (hasType(n, 'ProductGroup')) s += 1;
    return s - i * 0.001;
  };
  let best: LdNode | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  products.forEach((n, i) => {
    const s = score(n, i);
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  });
  if (best) return best;
  // No Product: a lone offer (or loose microdata price) still describes the page's item.
  const offers = nodes.filter((n) => !n[IN_LIST] && (isOfferish(n) || hasType(n, 'Loose')) && (n.price !== undefined || n.lowPrice !== undefined));
  return offers.length === 1 ? offers[0] : undefined;
}

/** Per read: the three structured sources and the list check ask for the same heading. */
const headings = new WeakMap<PageContext, string | undefined>();

/** The page's main heading (its first h1, else og:title), lower-case, for naming matches. */
export function headingText(ctx: PageContext): string | undefined {
  if (headings.has(ctx)) return headings.get(ctx);
  const h1 = ctx.index.h1[0]?.textContent?.replace(/\s+/g, ' ').trim();
  const og = ctx.meta.get('og:title')?.trim();
  const t = h1 && h1.length >= 3 ? h1 : og;
  const heading = t ? t.toLowerCase().slice(0, 500) : undefined;
  headings.set(ctx, heading);
  return heading;
}

/** Reads one product node (with its offers and the URL's variant) into a record. */
export function readProductNode(node: LdNode, ctx: PageContext, source: SourceKind): ProductRecord {
  const isOffer = isOfferish(node) || hasType(node, 'Loose');
  const variants = variantsOf(node);
  const tokens = urlTokens(ctx.url);
  // A variant is named by the URL directly (its sku) or through one of its offers (their url).
  let variant = variants.find((v) => matchesUrl(v, ctx.url, tokens) || offersOf(v).some((o) => matchesUrl(o, ctx.url, tokens)));
  let offers = isOffer ? [node] : offersOf(variant ?? node);
  if (!variant && offers.length === 0 && variants.length) offers = variants.flatMap(offersOf);
  const { chosen, all, byUrl } = chooseOffer(offers, ctx);
  if (!variant && byUrl && chosen) variant = variants.find((v) => offersOf(v).includes(chosen.offer));
  const itemOffered = isOffer ? asNodes(node.itemOffered)[0] : undefined;
  const descr = itemOffered ?? node;
  const agg = asNodes(node.aggregateRating)[0] ?? asNodes(descr.aggregateRating)[0];
  const brandRaw = ldString(variant?.brand) ?? ldString(descr.brand);
  const record: ProductRecord = {
    source,
    name: cleanText(ldString(variant?.name) ?? ldString(descr.name), 1000),
    price: chosen?.money,
    prices: all.length > 1 ? all : undefined,
    variantFromUrl: byUrl || Boolean(variant) || undefined,
    offered: Boolean(chosen) || undefined,
    listPrice: chosen?.listPrice,
    availability: availabilityOf(offers, chosen?.offer, byUrl || Boolean(variant)) ?? availabilityFromSchema(ldString(node.availability)),
    sku: variant || byUrl ? skuOf(variant, chosen?.offer, descr, node) : skuOf(descr, node) ?? parentSku(offers, ctx.url) ?? skuOf(chosen?.offer),
    gtin: gtinOf(variant, chosen?.offer, descr),
    brand: brandOf(brandRaw),
    ...ratingOf(agg),
    sellerName: sellerOf(offers, chosen?.offer),
    images: imagesOf(descr, ctx),
    category: cleanText(ldString(descr.category), 300),
  };
  return record;
}

/** True when a node set looks like a list of products (search, category) rather than one product. */
export function looksLikeList(nodes: readonly LdNode[], ctx: PageContext): boolean {
  const top = nodes.filter((n) => isProductish(n) && !n[IN_LIST]);
  if (top.length >= 4) {
    const heading = headingText(ctx);
    const named = top.some((n) => {
      const name = cleanText(ldString(n.name), 1000)?.toLowerCase();
      return Boolean(name && heading && (heading.includes(name) || name.includes(heading)));
    });
    return !named;
  }
  return nodes.some((n) => hasType(n, 'ItemList') || hasType(n, 'SearchResultsPage') || hasType(n, 'CollectionPage')) && top.length === 0 && nodes.some((n) => isProductish(n));
}

/** A brand as written; a visible "More from brand: X" label (microdata read from text) keeps only X. */
function brandOf(raw: string | undefined): string | undefined {
  const text = cleanText(raw, 200);
  if (!text) return undefined;
  const afterColon = /[:：]\s*([^:：]{1,40})$/.exec(text)?.[1]?.trim();
  return afterColon && text.split(' ').length > 3 ? afterColon : text;
}

/** A page-level AggregateRating about the product (not nested in it), when the product carries none. */
export function standaloneRating(nodes: readonly LdNode[]): { rating?: number; reviewCount?: number } {
  for (const n of nodes) {
    if (!hasType(n, 'AggregateRating') || n[IN_LIST]) continue;
    const reviewed = asNodes(n.itemReviewed)[0];
    if (reviewed && !isProductish(reviewed)) continue;
    const r = ratingOf(n);
    if (r.rating !== undefined || r.reviewCount !== undefined) return r;
  }
  return {};
}

