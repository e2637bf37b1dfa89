import type { FindingSource } from '@/lib/facts/verdict';
import { SOURCES } from '../sources';

/**
 * Buyer-protection windows that run from the day of purchase, so a slow
 * delivery eats them (research brief rights-facts.md §2). Windows that run
 * from the delivery date (Amazon A-to-z, eBay, Etsy, Walmart, Wish, SHEIN,
 * AliExpress's "15 days after confirming receipt") cannot be outrun by a slow
 * parcel and are not listed. Independent shops fall back on the card
 * chargeback window, which counts from the transaction date.
 */
export interface PurchaseWindow {
  days: number;
  source: FindingSource;
}

export const PURCHASE_WINDOWS: Readonly<Partial<Record<string, PurchaseWindow>>> = {
  temu: { days: 90, source: SOURCES.temuWindow },
  shop: { days: 120, source: SOURCES.chargebackWindow },
};

/** Days the shopper needs after delivery to inspect the goods and open a claim. */
export const INSPECTION_DAYS = 14;
