import type { PageFacts } from '@/lib/facts/page-facts';
import type { AppDB, Observation } from '@/lib/db/app-db';

/** The key a seller is remembered under: marketplace seller id, or the shop's domain. */
export function sellerKeyOf(facts: PageFacts, domain: string): string | undefined {
  if (facts.marketplace === 'shop') return `shop:${domain}`;
  return facts.seller.id ? `${facts.marketplace}:${facts.seller.id}` : undefined;
}

/** Turns page facts into one observation row, or undefined when there is nothing to remember. */
export function observationOf(facts: PageFacts, domain: string, now: number): Observation | undefined {
  const sellerKey = sellerKeyOf(facts, domain);
  if (!sellerKey || facts.pageKind === 'search') return undefined;
  const p = facts.product;
  const s = facts.seller;
  const row: Observation = {
    at: now,
    marketplace: facts.marketplace,
    host: domain,
    sellerKey,
    ...(p.sku ? { sku: p.sku, listingKey: `${facts.marketplace}:${p.sku}` } : {}),
    sellerName: s.name, title: p.title, brand: p.brand, image: p.images?.[0], category: p.category,
    price: p.price?.amount, currency: p.price?.currency, listPrice: p.listPrice?.amount,
    rating: p.rating, reviewCount: p.reviewCount,
    feedbackPercent: s.feedbackPercent, feedbackCount: s.feedbackCount, openedAt: s.openedAt, years: s.years,
  };
  for (const k of Object.keys(row) as (keyof Observation)[]) if (row[k] === undefined) delete row[k];
  return row;
}

/** Records what the user saw. Returns the row id, or undefined when nothing was recorded. */
export async function recordObservation(db: AppDB, facts: PageFacts, domain: string, now = Date.now()): Promise<number | undefined> {
  const row = observationOf(facts, domain, now);
  if (!row) return undefined;
  return db.observations.add(row);
}
