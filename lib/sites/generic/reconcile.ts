import type { DomAvailability } from './dom-availability';
import type { LabelledValues } from './dom-labels';
import type { MergedProduct } from './merge';
import { canBuyWith, type Layout } from './page-layout';
import type { ProductRecord } from './types';

/**
 * Reconciles merged structured data with what the static page shows. Markup
 * often describes a default variant or lags the page; the shopper acts on
 * the page. None of this applies when the URL selects a variant: the static
 * page then shows the default one, and the variant's data is the better truth.
 */

export interface PageEvidence {
  records: readonly ProductRecord[];
  layout: Layout;
  domAvailability: DomAvailability;
  labelled: LabelledValues;
}

/** Returns a copy of `merged` with availability and sku reconciled against the visible page. */
export function reconcileWithPage(merged: MergedProduct, e: PageEvidence): MergedProduct {
  const out = { ...merged };
  const urlVariant = e.records.some((r) => r.variantFromUrl);
  const { layout, domAvailability, labelled } = e;
  const main = layout.main;
  if (!urlVariant && main) {
    const canBuyHere = layout.buy.some((b) => main.contains(b) && canBuyWith(b, layout.buy));
    // Markup says sold out, the product's own area offers a working buy button: something can be bought.
    if (out.availability === 'OutOfStock' && canBuyHere && domAvailability.availability === 'InStock') out.availability = 'InStock';
    // Markup says available, the product's area says it cannot be bought and has no working buy button.
    if (out.availability !== 'OutOfStock' && domAvailability.availability === 'OutOfStock') out.availability = 'OutOfStock';
  }
  // A priced schema.org Offer is an offer to sell: available unless the data or the page says otherwise.
  const offered = e.records.some((r) => r.offered && r.source !== 'dom');
  if (!out.availability && offered && !domAvailability.saysOutOfStock) out.availability = 'InStock';
  // The code the shop prints beside the product is its identifier for shoppers; markup often holds an internal id.
  if (!urlVariant && labelled.sku && (labelled.inProductArea?.includes('sku') || labelled.onlySku)) out.sku = labelled.sku;
  return out;
}
