/**
 * What the background remembers about a seller and a listing, condensed for
 * the rules. Rules are pure functions, so the history they need is read from
 * Dexie before evaluation (`summarizeHistory`) and handed to them in
 * `RuleContext.history`. Everything here is plain data (no Dexie objects), so
 * tests and the eval can build it by hand.
 *
 * Only observations from before the current visit are included: a page
 * reports its facts several times while it renders, and comparing the page
 * with its own half-read self would invent changes.
 */

/** One earlier sighting of the seller, reduced to what the signals use. */
export interface SellerSighting {
  at: number;
  listingKey?: string;
  title?: string;
  category?: string;
  /** Price as a number, in `currency`. */
  price?: number;
  currency?: string;
  feedbackPercent?: number;
  feedbackCount?: number;
  /** Store opening date the page stated, epoch ms (from `openedAt`). */
  openedAtMs?: number;
  /** Store age in years the page stated. */
  years?: number;
}

/** One earlier sighting of the listing. */
export interface ListingSighting {
  at: number;
  title?: string;
  brand?: string;
  image?: string;
  price?: number;
  listPrice?: number;
  currency?: string;
  rating?: number;
  reviewCount?: number;
}

export interface SellerHistory {
  /** `marketplace:sellerId` or `shop:<domain>`. */
  key: string;
  firstSeen: number;
  lastSeen: number;
  /** Earlier sightings, oldest first. */
  sightings: SellerSighting[];
}

export interface ListingHistory {
  /** `marketplace:sku`. */
  key: string;
  firstSeen: number;
  lastSeen: number;
  /** Earlier sightings, oldest first. */
  sightings: ListingSighting[];
}

/** The history of the page's seller and listing, when we have seen them before. */
export interface ReputationSummary {
  seller?: SellerHistory;
  listing?: ListingHistory;
}
