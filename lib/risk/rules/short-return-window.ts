import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/** The EU's no-reason withdrawal period for distance purchases. */
export const EU_WITHDRAWAL_DAYS = 14;

/**
 * The seller's stated return window: none at all is a caution (on an
 * independent shop nobody else will take the goods back), shorter than the
 * EU's 14 days is information — legal in many countries, but EU shoppers of
 * a seller targeting them keep their 14 days regardless.
 */
export const shortReturnWindow: Rule = {
  id: 'short-return-window',
  category: 'after-sales',
  severity: 'caution',
  source: SOURCES.euWithdrawal,
  evaluate(facts: PageFacts) {
    const days = facts.returns.windowDays;
    if (days === undefined || days >= EU_WITHDRAWAL_DAYS) return [];
    return [finding(this, [days, EU_WITHDRAWAL_DAYS], { returnDays: days }, days === 0 ? 'caution' : 'info')];
  },
};
