import type { PageFacts } from '@/lib/facts/page-facts';
import type { AppDB, Observation } from '@/lib/db/app-db';
import { RETENTION } from './retention-limits';

/** The key a seller is remembered under: marketplace seller id, or the shop's domain. */
export function sellerKeyOf(facts: PageFacts, domain: string): string | undefined {
  if (facts.marketplace === 'shop') return `shop:${domain}`;
  return facts.seller.id ? `${facts.marketplace}:${facts.seller.id}` : undefined;
}

/**
 * The key a listing is remembered under. Independent shops share one
 * marketplace name ('shop'), so their key carries the domain: two shops
 * using the same SKU are two listings.
 */
export function listingKeyOf(facts: PageFacts, domain: string): string | undefined {
  const sku = facts.product.sku;
  if (!sku) return undefined;
  return facts.marketplace === 'shop' ? `shop:${domain}:${sku}` : `${facts.marketplace}:${sku}`;
}

/** Turns page facts into one observation row, or undefined when there is nothing to remember. */
export function observationOf(facts: PageFacts, domain: string, now: number): Observation | undefined {
  const sellerKey = sellerKeyOf(facts, domain);
  if (!sellerKey || facts.pageKind === 'search' || facts.pageKind === 'other') return undefined;
  const p = facts.product;
  const s = facts.seller;
  const listingKey = listingKeyOf(facts, domain);
  const row: Observation = {
    at: now,
    marketplace: facts.marketplace,
    host: domain,
    sellerKey,
    ...(listingKey ? { sku: p.sku, listingKey } : {}),
    sellerName: s.name, title: p.title, brand: p.brand, image: p.images?.[0], category: p.category,
    price: p.price?.amount, currency: p.price?.currency, listPrice: p.listPrice?.amount,
    rating: p.rating, reviewCount: p.reviewCount,
    feedbackPercent: s.feedbackPercent, feedbackCount: s.feedbackCount, openedAt: s.openedAt, years: s.years,
  };
  for (const k of Object.keys(row) as (keyof Observation)[]) if (row[k] === undefined) delete row[k];
  return row;
}

/** Deletes the oldest rows of `rows` beyond `cap`. */
async function trim(db: AppDB, rows: Observation[], cap: number): Promise<void> {
  if (rows.length <= cap) return;
  const oldest = rows.sort((a, b) => a.at - b.at).slice(0, rows.length - cap);
  await db.observations.bulkDelete(oldest.map((r) => r.id!));
}

/**
 * Records what the user saw. Reports of the same seller and listing within
 * one visit are merged into one row, keeping the visit's first time, so a
 * page that renders in five steps leaves one sighting. New rows keep the
 * per-seller and per-listing caps. Returns the row id, or undefined when
 * nothing was recorded.
 */
export async function recordObservation(db: AppDB, facts: PageFacts, domain: string, now = Date.now()): Promise<number | undefined> {
  const row = observationOf(facts, domain, now);
  if (!row) return undefined;
  return db.transaction('rw', db.observations, async () => {
    const sameSeller = await db.observations.where('sellerKey').equals(row.sellerKey).toArray();
    const visit = sameSeller
      .filter((o) => o.listingKey === row.listingKey && o.at <= now && now - o.at < RETENTION.visitWindowMs)
      .sort((a, b) => b.at - a.at)[0];
    if (visit?.id !== undefined) {
      await db.observations.put({ ...visit, ...row, id: visit.id, at: visit.at });
      return visit.id;
    }
    const id = await db.observations.add(row);
    await trim(db, [...sameSeller, { ...row, id }], RETENTION.maxPerSeller);
    if (row.listingKey) {
      const sameListing = await db.observations.where('listingKey').equals(row.listingKey).toArray();
      await trim(db, sameListing, RETENTION.maxPerListing);
    }
    return id;
  });
}
