import { hasType, type LdNode } from '@/lib/sites/util/json-ld';

/** Small predicates over schema.org nodes, shared by the structured-data readers. */

export const PRODUCT_TYPES = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car', 'Book', 'Event'];

export function isProductish(n: LdNode): boolean {
  return PRODUCT_TYPES.some((t) => hasType(n, t));
}

export function isOfferish(n: LdNode): boolean {
  return hasType(n, 'Offer') || hasType(n, 'AggregateOffer');
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

export function asNodes(v: unknown): LdNode[] {
  return asList(v).filter((x): x is LdNode => Boolean(x) && typeof x === 'object' && !Array.isArray(x));
}

/** Offers of a product, flattened (AggregateOffer.offers included), with the aggregate itself kept. */
