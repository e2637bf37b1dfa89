import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { INSPECTION_DAYS, PURCHASE_WINDOWS } from '../data/protection-windows';

/** Longer than a month: the US FTC's default shipping limit, and past most card statements. */
export const LONG_DELIVERY_DAYS = 30;

/**
 * Delivery promised to take more than 30 days. Not a risk by itself (slow
 * cross-border post is normal) but the shopper should note the date: every
 * complaint deadline counts from it. Information only; when the wait also
 * threatens a protection window, `delivery-beyond-protection` says so instead.
 */
export const longDelivery: Rule = {
  id: 'long-delivery',
  category: 'logistics',
  severity: 'info',
  source: SOURCES.m0n3yFakeStore,
  evaluate(facts: PageFacts) {
    const days = facts.shipping.daysMax;
    if (days === undefined || days <= LONG_DELIVERY_DAYS) return [];
    const window = PURCHASE_WINDOWS[facts.marketplace];
    if (window && days + INSPECTION_DAYS > window.days) return [];
    return [finding(this, [days], { deliveryDaysMax: days })];
  },
};
