import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { INSPECTION_DAYS, PURCHASE_WINDOWS } from '../data/protection-windows';

/**
 * The promised delivery ends so late that the buyer-protection window that
 * runs from the purchase (Temu 90 days; card chargeback 120 days on an
 * independent shop) closes before, or within two weeks after, the parcel
 * arrives: research signal 52, "shipping drags past the chargeback window".
 * Beyond the window is a warning; within two weeks of its end a caution.
 * The finding carries the window's own source.
 */
export const deliveryBeyondProtection: Rule = {
  id: 'delivery-beyond-protection',
  category: 'logistics',
  severity: 'warning',
  source: SOURCES.m0n3yFakeStore,
  evaluate(facts: PageFacts) {
    const days = facts.shipping.daysMax;
    const window = PURCHASE_WINDOWS[facts.marketplace];
    if (days === undefined || !window || days + INSPECTION_DAYS <= window.days) return [];
    const f = finding(this, [days, window.days], { deliveryDaysMax: days, protectionDays: window.days }, days >= window.days ? 'warning' : 'caution');
    return [{ ...f, source: window.source }];
  },
};
