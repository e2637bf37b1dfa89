import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ADYEN_SOURCE, CHARGEBACK_CONDITIONS, CHARGEBACK_STEPS, CHARGEBACK_SUMMARY_TAIL } from './card-common';

/** Mastercard chargeback (scheme rules; rights-facts §2). */
const chargeback = defineEntry({
  id: 'mastercard-chargeback',
  kind: 'payment',
  platform: 'mastercard',
  title: l('Mastercard chargeback', '万事达卡拒付（退单）'),
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
      id: 'not-received-dated',
      label: l('Goods not received, delivery date specified: file within 120 days of the latest anticipated delivery date.', '未收到商品且约定了交付日期：在最晚预计交付日期后120天内提出。'),
      windowDays: 120,
      startsAt: 'estimatedDelivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    ...CHARGEBACK_CONDITIONS,
    l('Goods not received and no delivery date specified: wait 30 days, then file within 120 days of settlement.', '未收到商品且没有约定交付日期：先等待30天，然后在结算日起120天内提出。'),
  ],
  steps: CHARGEBACK_STEPS,
  sources: [ADYEN_SOURCE, { title: 'Mastercard rules summary on the Quavo wiki' }],
  confidence: 'medium',
});

/** Entries of Mastercard. */
export const MASTERCARD_ENTRIES: readonly RightEntryInput[] = [chargeback];
