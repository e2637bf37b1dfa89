import type { Marketplace, PageFactsInput, PageKind } from '@/lib/facts/page-facts';

/** Fields every adapter reports as missing when it did not find them. */
const TRACKED_FIELDS = [
  ['product', 'title'], ['product', 'price'], ['product', 'availability'], ['product', 'sku'],
  ['product', 'brand'], ['product', 'rating'], ['product', 'reviewCount'],
  ['seller', 'name'], ['seller', 'id'], ['seller', 'feedbackPercent'], ['shipping', 'from'],
] as const;

export interface DraftFacts {
  marketplace: Marketplace;
  pageKind: PageKind;
  url: string;
  product?: PageFactsInput['product'];
  seller?: PageFactsInput['seller'];
  shipping?: PageFactsInput['shipping'];
  returns?: PageFactsInput['returns'];
  payment?: PageFactsInput['payment'];
  claims?: PageFactsInput['claims'];
  shop?: PageFactsInput['shop'];
  results?: PageFactsInput['results'];
}

/** Drops undefined values, so "unknown" is absent rather than a key with undefined. */
function compact<T extends object>(o: T | undefined): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o ?? {})) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Completes a draft with `extraction` (adapter, version, missing fields). */
export function finishFacts(draft: DraftFacts, adapter: string, version: number): PageFactsInput {
  const sections = {
    product: compact(draft.product),
    seller: compact(draft.seller),
    shipping: compact(draft.shipping),
    returns: compact(draft.returns),
    payment: compact(draft.payment),
    claims: compact(draft.claims),
    shop: compact(draft.shop),
  };
  const missing: string[] = [];
  for (const [section, field] of TRACKED_FIELDS) {
    // Only what the page kind is expected to show: a search or order page has no product to miss.
    if (draft.pageKind !== 'product' && (draft.pageKind !== 'store' || section !== 'seller')) continue;
    const bag = sections[section] as Record<string, unknown>;
    if (bag[field] === undefined) missing.push(`${section}.${field}`);
  }
  // A search page whose cards were not found has unknown results, not zero results.
  const results = draft.results?.length ? draft.results : undefined;
  if (draft.pageKind === 'search' && !results) missing.push('results');
  return {
    marketplace: draft.marketplace,
    pageKind: draft.pageKind,
    url: draft.url,
    ...sections,
    ...(results ? { results } : {}),
    extraction: { adapter, version, missing },
  };
}
