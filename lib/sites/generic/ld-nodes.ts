import { hasType, type LdNode } from '@/lib/sites/util/json-ld';

/** Small predicates over schema.org nodes, shared by the structured-data readers. */

export const PRODUCT_TYPES = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car', 'Book', 'Event'];

/** A node describing something for sale: a Product and its kin, or an Event with tickets. */
export function isProductish(n: LdNode): boolean {
  return PRODUCT_TYPES.some((t) => hasType(n, t));
}

/** An Offer or AggregateOffer node. */
export function isOfferish(n: LdNode): boolean {
  return hasType(n, 'Offer') || hasType(n, 'AggregateOffer');
}

/** A value as a list: arrays as they are, a single value wrapped, nothing as empty. */
export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** The object nodes of a value (single or list). */
export function asNodes(v: unknown): LdNode[] {
  return asList(v).filter((x): x is LdNode => Boolean(x) && typeof x === 'object' && !Array.isArray(x));
}

/** Offers of a product, flattened (AggregateOffer.offers included), with the aggregate itself kept. */
