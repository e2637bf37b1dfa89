import type { Availability, Money, PageFactsInput } from '@/lib/facts/page-facts';
import { findProductNode, jsonLdNodes, ldString, offersOf, type LdNode } from './json-ld';
import { decimalFromNumber, parseMoney } from './money';
import { boundedNumber, countOf } from './text';

/**
 * What a page's JSON-LD `Product` says, in PageFacts terms. Marketplace
 * adapters start from this (structured data first) and let the
 * marketplace's own embedded data or DOM fill or override fields.
 */
export interface LdProduct {
  product: NonNullable<PageFactsInput['product']>;
  /** `offers.seller` name, when the page states one. */
  sellerName?: string;
  /** The node itself, for fields an adapter reads specially. */
  node?: LdNode;
}

/** schema.org availability (URL or bare name) → PageFacts availability. */
export function ldAvailability(v: unknown): Availability | undefined {
  const s = ldString(v)?.toLowerCase();
  if (!s) return undefined;
  if (/outofstock|soldout|discontinued/.test(s)) return 'OutOfStock';
  if (/preorder|presale/.test(s)) return 'PreOrder';
  if (s.includes('limited')) return 'LimitedAvailability';
  if (/instock|onlineonly|instoreonly/.test(s)) return 'InStock';
  return undefined;
}

/** The first offer with a price (`price`, `lowPrice` or a price specification). */
export function ldPrice(offers: readonly LdNode[]): Money | undefined {
  for (const o of offers) {
    const currency = ldString(o.priceCurrency)?.toUpperCase();
    const raw = o.price ?? o.lowPrice ?? (o.priceSpecification as LdNode | undefined)?.price;
    const amount = decimalFromNumber(raw) ?? parseMoney(typeof raw === 'string' ? raw : undefined, currency)?.amount;
    if (amount) return { amount, ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}) };
  }
  return undefined;
}

/** Reads the page's main JSON-LD Product; empty when there is none. */
export function ldProduct(doc: Document): LdProduct {
  const node = findProductNode(jsonLdNodes(doc));
  if (!node) return { product: {} };
  const offers = offersOf(node);
  const rating = node.aggregateRating as LdNode | undefined;
  const ratingValue = boundedNumber(rating?.ratingValue, 5);
  const sellerName = offers.map((o) => ldString(o.seller)).find(Boolean);
  return {
    node,
    product: {
      title: ldString(node.name),
      price: ldPrice(offers),
      availability: offers.map((o) => ldAvailability(o.availability)).find(Boolean),
      sku: ldString(node.sku) ?? ldString(node.productID),
      gtin: ldString(node.gtin13 ?? node.gtin ?? node.gtin12 ?? node.gtin14 ?? node.gtin8),
      brand: ldString(node.brand),
      rating: ratingValue !== undefined && ratingValue > 0 ? ratingValue : undefined,
      reviewCount: countOf(rating?.reviewCount ?? rating?.ratingCount),
    },
    ...(sellerName ? { sellerName } : {}),
  };
}
