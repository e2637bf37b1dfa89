import type { Deadline } from '@/lib/rights/deadlines';
import type { RightEntry } from '@/lib/rights/schema';
import type { MatchReason } from '@/lib/rights/select';

const OPEN_QUESTIONS: ReadonlySet<MatchReason> = new Set(['payment-unknown', 'seller-unknown', 'region-unknown', 'subnational', 'seller-type-unknown']);

/**
 * The rights a letter may cite from a selection: those that apply, and
 * those that only "may" apply because the seller is abroad (the shopper
 * still holds them; enforcing them is the hard part). Rights that depend on
 * a fact nobody has confirmed (how they paid, which province) stay out.
 */
export function citableRights(items: readonly { entry: RightEntry; reasons: readonly MatchReason[]; deadlines?: readonly Deadline[] }[]): {
  rights: RightEntry[];
  deadlines: Deadline[];
} {
  const chosen = items.filter((i) => !i.reasons.some((r) => OPEN_QUESTIONS.has(r)));
  return { rights: chosen.map((i) => i.entry), deadlines: chosen.flatMap((i) => i.deadlines ?? []) };
}
