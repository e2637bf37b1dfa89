import { z } from 'zod';
import type { AppDB } from '@/lib/db/app-db';
import { MARKETPLACES } from '@/lib/facts/page-facts';
import { registrableDomain } from '@/lib/domain/registrable';
import { RETENTION } from './retention-limits';

/**
 * The history of one seller, for the popup's seller card: every sighting we
 * kept, oldest first, reduced to what a chart plots (feedback, rating,
 * price) and what a tooltip names (listing and title). Read-only.
 */
const marketplaceSeller = z.object({
  marketplace: z.enum(MARKETPLACES.filter((m) => m !== 'shop') as [Exclude<(typeof MARKETPLACES)[number], 'shop'>, ...Exclude<(typeof MARKETPLACES)[number], 'shop'>[]]),
  sellerId: z.string().min(1).max(200),
}).strict();
const shopSeller = z.object({ domain: z.string().min(1).max(253) }).strict();
export const sellerHistoryRequestSchema = z.union([marketplaceSeller, shopSeller]);
export type SellerHistoryRequest = z.infer<typeof sellerHistoryRequestSchema>;

export const sellerHistoryPointSchema = z.object({
  at: z.number(),
  listingKey: z.string().max(760).optional(),
  title: z.string().max(1000).optional(),
  price: z.string().max(40).optional(),
  currency: z.string().max(3).optional(),
  rating: z.number().optional(),
  reviewCount: z.number().optional(),
  feedbackPercent: z.number().optional(),
  feedbackCount: z.number().optional(),
});
export const sellerHistoryResponseSchema = z.object({
  sellerKey: z.string().max(460),
  firstSeen: z.number().nullable(),
  lastSeen: z.number().nullable(),
  listings: z.number().int(),
  points: z.array(sellerHistoryPointSchema).max(RETENTION.maxPerSeller),
});
export type SellerHistoryResponse = z.infer<typeof sellerHistoryResponseSchema>;

export function sellerKeyFor(req: SellerHistoryRequest): string {
  return 'domain' in req ? `shop:${registrableDomain(req.domain)}` : `${req.marketplace}:${req.sellerId}`;
}

/** Reads the seller's sightings for the seller card. */
export async function getSellerHistory(db: AppDB, req: SellerHistoryRequest): Promise<SellerHistoryResponse> {
  const sellerKey = sellerKeyFor(req);
  const rows = (await db.observations.where('sellerKey').equals(sellerKey).sortBy('at')).slice(-RETENTION.maxPerSeller);
  const points = rows.map((o) => {
    const p: z.infer<typeof sellerHistoryPointSchema> = {
      at: o.at, listingKey: o.listingKey, title: o.title, price: o.price, currency: o.currency,
      rating: o.rating, reviewCount: o.reviewCount, feedbackPercent: o.feedbackPercent, feedbackCount: o.feedbackCount,
    };
    for (const k of Object.keys(p) as (keyof typeof p)[]) if (p[k] === undefined) delete p[k];
    return p;
  });
  return {
    sellerKey,
    firstSeen: rows[0]?.at ?? null,
    lastSeen: rows.at(-1)?.at ?? null,
    listings: new Set(rows.map((r) => r.listingKey).filter(Boolean)).size,
    points,
  };
}
