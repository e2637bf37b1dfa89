import type { PageFacts } from '@/lib/facts/page-facts';
import type { AppDB, Observation } from '@/lib/db/app-db';
import { DAY_MS, RETENTION } from './retention-limits';
import { listingKeyOf, sellerKeyOf } from './observe';
import type { ListingSighting, ReputationSummary, SellerSighting } from './types';

/** A decimal string as a number, or undefined. */
function num(amount: string | undefined): number | undefined {
  if (amount === undefined) return undefined;
  const n = Number(amount);
  return Number.isFinite(n) ? n : undefined;
}

function openedMs(openedAt: string | undefined): number | undefined {
  if (!openedAt) return undefined;
  const t = Date.parse(`${openedAt}T00:00:00Z`);
  return Number.isFinite(t) ? t : undefined;
}

/** Drops undefined fields so summaries stay small and compare cleanly in tests. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function sellerSightingOf(o: Observation): SellerSighting {
  return compact({
    at: o.at, listingKey: o.listingKey, title: o.title, category: o.category,
    price: num(o.price), currency: o.currency,
    feedbackPercent: o.feedbackPercent, feedbackCount: o.feedbackCount,
    openedAtMs: openedMs(o.openedAt), years: o.years,
  });
}

export function listingSightingOf(o: Observation): ListingSighting {
  return compact({
    at: o.at, title: o.title, brand: o.brand, image: o.image,
    price: num(o.price), listPrice: num(o.listPrice), currency: o.currency,
    rating: o.rating, reviewCount: o.reviewCount,
  });
}

/** Earlier rows only: within retention age, and before the current visit began. */
function earlier(rows: Observation[], now: number): Observation[] {
  const oldest = now - RETENTION.maxAgeDays * DAY_MS;
  const visitStart = now - RETENTION.visitWindowMs;
  return rows.filter((o) => o.at >= oldest && o.at < visitStart).sort((a, b) => a.at - b.at);
}

/**
 * Reads what we saw of this page's seller and listing before the current
 * visit. Call it before recording the current observation or after: rows of
 * the current visit are left out either way.
 */
export async function summarizeHistory(db: AppDB, facts: PageFacts, domain: string, now = Date.now()): Promise<ReputationSummary> {
  const sellerKey = sellerKeyOf(facts, domain);
  const listingKey = listingKeyOf(facts, domain);
  const [sellerRows, listingRows] = await Promise.all([
    sellerKey ? db.observations.where('sellerKey').equals(sellerKey).toArray() : Promise.resolve([]),
    listingKey ? db.observations.where('listingKey').equals(listingKey).toArray() : Promise.resolve([]),
  ]);
  const summary: ReputationSummary = {};
  const s = earlier(sellerRows, now);
  if (sellerKey && s.length > 0) {
    summary.seller = { key: sellerKey, firstSeen: s[0]!.at, lastSeen: s[s.length - 1]!.at, sightings: s.map(sellerSightingOf) };
  }
  const l = earlier(listingRows, now);
  if (listingKey && l.length > 0) {
    summary.listing = { key: listingKey, firstSeen: l[0]!.at, lastSeen: l[l.length - 1]!.at, sightings: l.map(listingSightingOf) };
  }
  return summary;
}
