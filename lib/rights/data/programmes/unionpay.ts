import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ADYEN_SOURCE, CHARGEBACK_CONDITIONS, CHARGEBACK_STEPS, CHARGEBACK_SUMMARY_TAIL } from './card-common';

/**
 * UnionPay chargeback (rights-facts §2). Only the processor's 120-day table
 * is sourced; the scheme's own rules and Chinese issuers' consumer-facing
 * deadlines are not public, hence low confidence.
 */
const chargeback = defineEntry({
  id: 'unionpay-chargeback',
  kind: 'payment',
  platform: 'unionpay',
  title: l('UnionPay card chargeback', '银联卡拒付（退单）'),
  summary: l(
    `A payment processor's table lists China UnionPay with the same 120-day first-chargeback deadline as other schemes. UnionPay's full rules are not published. ${CHARGEBACK_SUMMARY_TAIL.en}`,
    `某支付处理商的表格显示，中国银联的首次拒付期限与其他卡组织相同，为120天。银联的完整规则未公开。${CHARGEBACK_SUMMARY_TAIL.zh_CN}`,
  ),
  windowDays: 120,
  startsAt: 'payment',
  startAlt: { event: 'delivery', use: 'if-later' },
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    ...CHARGEBACK_CONDITIONS,
    l('The dispute address on UnionPay\'s member portal (dispute@unionpayintl.com) is for banks, not consumers: go through your issuing bank.', '银联会员门户上的争议邮箱（dispute@unionpayintl.com）面向银行而非消费者：请通过您的发卡银行办理。'),
  ],
  steps: CHARGEBACK_STEPS,
  sources: [ADYEN_SOURCE, { title: 'chargebacks911.com (UnionPay reason codes not published)', url: 'https://chargebacks911.com/', siteOnly: true }],
  confidence: 'low',
  unverified: [
    l('Domestic UnionPay rules and Chinese issuers\' consumer-facing deadlines are unverified.', '银联境内规则以及国内发卡银行面向消费者的期限未经核实。'),
  ],
});

/** Entries of UnionPay. */
export const UNIONPAY_ENTRIES: readonly RightEntryInput[] = [chargeback];
