import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ADYEN_SOURCE, CHARGEBACK_CONDITIONS, CHARGEBACK_STEPS, CHARGEBACK_SUMMARY_TAIL } from './card-common';

/** Visa chargeback (scheme rules; rights-facts §2). */
const chargeback = defineEntry({
  id: 'visa-chargeback',
  kind: 'payment',
  platform: 'visa',
  title: l('Visa card chargeback', 'Visa卡拒付（退单）'),
  summary: l(
    `Your card issuer can dispute a card payment with a chargeback (for example when goods were not received), at scheme level within about 120 days of the transaction or of a later delivery. ${CHARGEBACK_SUMMARY_TAIL.en}`,
    `发卡机构可以通过拒付对一笔刷卡付款提出争议（例如未收到商品时），卡组织层面的期限约为交易日或之后交付日起120天。${CHARGEBACK_SUMMARY_TAIL.zh_CN}`,
  ),
  windowDays: 120,
  startsAt: 'payment',
  startAlt: { event: 'delivery', use: 'if-later' },
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'delayed-delivery-cap',
      label: l('Delayed-delivery disputes are capped at 540 days from the transaction date (secondary sources).', '延迟交付争议的上限为交易日起540天（二手资料）。'),
      windowDays: 540,
      startsAt: 'payment',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: CHARGEBACK_CONDITIONS,
  steps: CHARGEBACK_STEPS,
  sources: [
    ADYEN_SOURCE,
    { title: 'disputifier.com (Visa 540-day cap)', url: 'https://disputifier.com/', siteOnly: true },
    { title: 'chargebacks911.com (Visa 540-day cap)', url: 'https://chargebacks911.com/', siteOnly: true },
  ],
  confidence: 'medium',
});

/** Entries of Visa. */
export const VISA_ENTRIES: readonly RightEntryInput[] = [chargeback];
