import type { PageFacts } from '@/lib/facts/page-facts';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isoDay, priorLowBeforeReduction } from '@/lib/reputation/signals';
import { amountOf } from '../facts-util';

/** Rounding tolerance: a "was" price within 1 % of the low is honest. */
const TOLERANCE = 1.01;
/** A "was" price this far above the real prior low is a warning. */
export const FAKE_DISCOUNT_WARNING_GAP = 1.25;

/**
 * The EU Omnibus rule (Price Indication Directive art. 6a): an announced
 * reduction must compare with the lowest price of the 30 days before it.
 * When the user saw this listing in those 30 days at a price below the
 * "was" price now shown, the discount is inflated. A gap of a quarter or
 * more is a warning, a smaller one a caution. The history is the user's
 * own sightings, so a listing never seen before the sale is never judged.
 */
export const fakeDiscount: Rule = {
  id: 'fake-discount',
  category: 'listing',
  severity: 'warning',
  source: SOURCES.omnibus,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const history = ctx.history?.listing;
    const price = amountOf(facts.product.price);
    const was = amountOf(facts.product.listPrice);
    const currency = facts.product.price?.currency;
    if (!history || price === undefined || was === undefined || was <= price) return [];
    if (facts.product.listPrice?.currency !== undefined && facts.product.listPrice.currency !== currency) return [];
    const low = priorLowBeforeReduction(history.sightings, currency, ctx.now.getTime());
    if (!low || was <= low.amount * TOLERANCE) return [];
    const unit = currency ? ` ${currency}` : '';
    const wasText = `${facts.product.listPrice!.amount}${unit}`;
    const lowText = `${low.amount}${unit}`;
    const seenOn = isoDay(low.at);
    return [finding(this, [wasText, lowText, seenOn], { listPrice: wasText, lowestPrice30Days: lowText, lowestSeenOn: seenOn }, was >= low.amount * FAKE_DISCOUNT_WARNING_GAP ? 'warning' : 'caution')];
  },
};
