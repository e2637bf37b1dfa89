import type { Availability, Money } from '@/lib/facts/page-facts';
import type { MetaIndex } from './meta-index';
import type { PageIndex } from './page-index';
import type { TextList } from './page-text';

/** Where a value was read: structured data first, visible DOM last. */
export type SourceKind = 'json-ld' | 'microdata' | 'rdfa' | 'opengraph' | 'platform' | 'analytics' | 'dom';

/** What one source says about the page's main product; absent means "not stated". */
export interface ProductRecord {
  source: SourceKind;
  name?: string;
  price?: Money;
  /** Every price the source offers for this product (variants, offers), for cross-checks. */
  prices?: Money[];
  /**
   * The record describes the variant the URL names. The static page shows
   * the default variant, so no visible price, stock line or code replaces it.
   */
  variantFromUrl?: boolean;
  /** A priced schema.org Offer: an offer to sell, whatever its availability says. */
  offered?: boolean;
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

/** What the extractor knows about the page before reading any source. */
export interface PageContext {
  doc: Document;
  url: URL;
  /** ISO currency the page's locale or domain implies, to resolve `$`, `kr`, `¥`. */
  currencyHint?: string;
  /** The page's meta tags, read once. */
  meta: MetaIndex;
  /** The page's elements sorted once into the lists the readers need. */
  index: PageIndex;
  /** The body's first text nodes, read once on first use and shared by the body-wide text readers. */
  bodyTexts?: (need: number) => TextList;
}
