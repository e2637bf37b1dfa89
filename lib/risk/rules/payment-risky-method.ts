import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { IRREVERSIBLE_METHODS } from './payment-irreversible-only';

/** Methods that agencies name as scam favourites even when offered beside safer ones. */
const RISKY: ReadonlySet<string> = new Set(['crypto', 'gift_card', 'western_union']);

/**
 * Crypto, gift cards or money transfer offered next to other methods
 * (research signal 25: Scamwatch names them as unusual payment). A caution,
 * not a warning: the shopper can still choose a protected method. When only
 * irreversible methods exist, `payment-irreversible-only` speaks instead.
 */
export const paymentRiskyMethod: Rule = {
  id: 'payment-risky-method',
  category: 'payment',
  severity: 'caution',
  source: SOURCES.scamwatch,
  evaluate(facts: PageFacts) {
    const methods = facts.payment.methods ?? [];
    const risky = methods.filter((m) => RISKY.has(m));
    if (risky.length === 0) return [];
    const allIrreversible = methods.every((m) => IRREVERSIBLE_METHODS.has(m) || m === 'cash_on_delivery');
    if (allIrreversible) return [];
    return [finding(this, [risky.join(', ')], { paymentMethods: methods.join(', ') })];
  },
};
