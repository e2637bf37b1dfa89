import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';

/**
 * The page says the parcel is shipped without tracking. Without a tracking
 * number a non-delivery claim is the buyer's word against the seller's
 * (research signal 52). Only an explicit "untracked" counts; unknown is silent.
 */
export const noTracking: Rule = {
  id: 'no-tracking',
  category: 'logistics',
  severity: 'caution',
  source: SOURCES.m0n3yFakeStore,
  evaluate(facts: PageFacts) {
    if (facts.shipping.tracked !== false) return [];
    const days = facts.shipping.daysMax;
    return [finding(this, [], days !== undefined ? { deliveryDaysMax: days } : {})];
  },
};
