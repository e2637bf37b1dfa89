import { DAY_MS } from './retention-limits';
import type { ListingSighting, SellerSighting } from './types';

/**
 * Derived signals over a history, as pure functions so each can be tested
 * on hand-built sightings. The rules in `lib/risk/rules/` decide what is
 * worth a finding; these only compute.
 */

/** Window of the EU Omnibus rule: the prior price is the lowest of the 30 days before the reduction. */
export const OMNIBUS_DAYS = 30;

export interface PriorLow {
  /** Lowest price seen in the 30 days before the current reduction began. */
  amount: number;
  currency?: string;
  /** When that lowest price was seen. */
  at: number;
  /** When the current reduction began, as far as we saw it. */
  reductionSince: number;
}

/** True when a sighting showed a reduction (a "was" price above the price). */
function discounted(s: ListingSighting): boolean {
  return s.price !== undefined && s.listPrice !== undefined && s.listPrice > s.price;
}

/**
 * The lowest price of the 30 days before the current reduction (Price
 * Indication Directive art. 6a). The current reduction is taken to have
 * begun at the earliest sighting of the unbroken run of discounted sightings
 * that ends now: a price seen during the sale is the sale, not the prior
 * price. Only sightings in `currency` count, since a shopper switching the
 * display currency is not a price change. Undefined when we saw nothing in
 * that window.
 */
export function priorLowBeforeReduction(sightings: readonly ListingSighting[], currency: string | undefined, now: number): PriorLow | undefined {
  const same = sightings.filter((s) => s.price !== undefined && s.currency === currency && s.at < now).sort((a, b) => a.at - b.at);
  let reductionSince = now;
  for (let i = same.length - 1; i >= 0 && discounted(same[i]!); i--) reductionSince = same[i]!.at;
  const windowStart = reductionSince - OMNIBUS_DAYS * DAY_MS;
  let low: PriorLow | undefined;
  for (const s of same) {
    if (s.at >= reductionSince || s.at < windowStart) continue;
    if (!low || s.price! < low.amount) low = { amount: s.price!, at: s.at, reductionSince, ...(currency ? { currency } : {}) };
  }
  return low;
}

/**
 * The store's opening date as a sighting implied it: the stated date, or
 * the sighting's time minus the stated years. `slackMs` is how far the
 * stated value may be off by rounding ("3 years" means 3 to 4 years).
 */
export function impliedOpening(s: Pick<SellerSighting, 'at' | 'openedAtMs' | 'years'>): { ms: number; slackMs: number } | undefined {
  if (s.openedAtMs !== undefined) return { ms: s.openedAtMs, slackMs: 31 * DAY_MS };
  if (s.years !== undefined) return { ms: s.at - s.years * 365 * DAY_MS, slackMs: 366 * DAY_MS };
  return undefined;
}

/** Median of numbers (undefined for none). */
export function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The highest value of a field among sightings no older than `days`, with when it was seen. */
export function peakSince<T extends { at: number }>(sightings: readonly T[], pick: (s: T) => number | undefined, now: number, days: number): { value: number; at: number } | undefined {
  let peak: { value: number; at: number } | undefined;
  for (const s of sightings) {
    const v = pick(s);
    if (v === undefined || s.at < now - days * DAY_MS) continue;
    if (!peak || v > peak.value) peak = { value: v, at: s.at };
  }
  return peak;
}

/** ISO date (yyyy-mm-dd) of an epoch time, for messages. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
