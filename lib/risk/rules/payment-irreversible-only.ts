import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/** Methods whose money cannot be pulled back by a chargeback or a buyer-protection claim. */
export const IRREVERSIBLE_METHODS: ReadonlySet<string> = new Set(['bank_transfer', 'crypto', 'gift_card', 'western_union']);

/**
 * The shop takes only money that cannot be recovered (research signals 23
 * and 25: prepayment by transfer, crypto, gift cards, money transfer). Cash
 * on delivery does not count against the shop; a mix of cash on delivery and
 * transfer still leaves no protected way to pay online. A marketplace's own
 * checkout ('platform') always protects, so it never fires there.
 *
 * The checkout page is where the methods really on offer are listed, so
 * there it is a warning. A product page shows methods only in passing: it
 * must show at least two, all irreversible, for a caution — one mention of
 * "bank transfer" in a footer says nothing about what else is accepted.
 */
export const paymentIrreversibleOnly: Rule = {
  id: 'payment-irreversible-only',
  category: 'payment',
  severity: 'warning',
  source: SOURCES.trendMicroChecklist,
  evaluate(facts: PageFacts) {
    const methods = facts.payment.methods ?? [];
    if (methods.length === 0 || methods.includes('platform')) return [];
    const irreversible = methods.filter((m) => IRREVERSIBLE_METHODS.has(m));
    if (irreversible.length === 0) return [];
    if (!methods.every((m) => IRREVERSIBLE_METHODS.has(m) || m === 'cash_on_delivery')) return [];
    const atCheckout = facts.pageKind === 'checkout';
    if (!atCheckout && methods.length < 2) return [];
    const list = irreversible.join(', ');
    return [finding(this, [list], { paymentMethods: methods.join(', ') }, atCheckout ? 'warning' : 'caution')];
  },
};
