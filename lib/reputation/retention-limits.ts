/**
 * How much history is kept. The numbers are a trade between useful signals
 * and a small, private footprint:
 *
 * - 400 days: a year of history plus a margin, so a seller seen at last
 *   year's sales season is still remembered this season, and the EU 30-day
 *   price rule (which needs only 30 days) is always covered.
 * - 200 sightings per seller: enough to see a category pivot across dozens
 *   of listings; a seller browsed daily for a year stays under it.
 * - 60 sightings per listing: two months of daily visits, enough for price
 *   history and listing substitution.
 * - 20,000 sightings in total (about 10 MB): the oldest go first.
 * - 30 minutes: reports within this window from the same listing are one
 *   visit, merged into one row (pages report several times while they render).
 */
export const RETENTION = {
  maxAgeDays: 400,
  maxPerSeller: 200,
  maxPerListing: 60,
  maxTotal: 20_000,
  visitWindowMs: 30 * 60_000,
} as const;

export const DAY_MS = 86_400_000;
