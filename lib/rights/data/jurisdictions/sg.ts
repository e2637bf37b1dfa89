import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Singapore: CPFTA and its Lemon Law (rights-facts §1.9, §3). */

export const SG_CASE: Channel = {
  id: 'sg-case',
  name: l('CASE — Consumers Association of Singapore', '新加坡消费者协会（CASE）'),
  scope: l(
    'First port of call for consumer disputes under the Consumer Protection (Fair Trading) Act; the CCCS handles enforcement.',
    '根据《消费者保护（公平交易）法》处理消费纠纷的首要渠道；执法由新加坡竞争与消费者委员会（CCCS）负责。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: [{ title: 'CCCS', url: 'https://cccs.gov.sg/', siteOnly: true }],
};

const lemonLaw = defineEntry({
  id: 'sg-cpfta-lemon-law',
  kind: 'statutory',
  jurisdiction: 'SG',
  title: l('No cooling-off for online purchases; Lemon Law for goods that did not conform at delivery', '网购没有冷静期；交付时不合格的商品适用"柠檬法"'),
  summary: l(
    'Singapore has no general cooling-off for online purchases. Under the Lemon Law (CPFTA Part III), for goods that did not conform at delivery, you may within 6 months ask for repair or replacement, and then a price reduction or refund.',
    '新加坡没有通用的网购冷静期。根据"柠檬法"（《消费者保护（公平交易）法》第三部分），对于交付时不合格的商品，您可以在6个月内要求修理或更换，之后可要求降价或退款。',
  ),
  windowDays: null,
  windowMonths: 6,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('Applies to physical goods bought online wherever the seller is, but enforcement against a foreign seller may be impossible.', '适用于网购的有形商品，无论卖家在哪里；但对外国卖家可能无法执行。'),
    l('Cancellation rights exist only for "regulated contracts" (direct sales, timeshare, holiday products): 5 working days, excluding weekends and public holidays — not for online shopping.', '只有"受监管合同"（直销、分时度假、度假产品）才有取消权：5个工作日，不含周末和公共假日——不适用于网购。'),
  ],
  steps: [
    l('Tell the seller in writing that the goods did not conform at delivery and ask for repair or replacement.', '书面告知卖家商品在交付时就不合格，并要求修理或更换。'),
    l('If that fails, ask for a price reduction or refund, and contact CASE.', '如果不成功，要求降价或退款，并联系新加坡消费者协会。'),
  ],
  complaints: [SG_CASE, ECONSUMER],
  sources: [
    { title: 'lawgowhere.sg (citing CPFTA 2003 s.9(12))', url: 'https://lawgowhere.sg/', siteOnly: true },
    { title: 'singaporelegaladvice.com (Cancellation of Contracts Regulations 2009)', url: 'https://singaporelegaladvice.com/', siteOnly: true },
  ],
  confidence: 'medium',
  unverified: [
    l('The section number cited for the Lemon Law ("s.9(12)" of CPFTA 2003) may reflect the 2020 Revised Edition.', '"柠檬法"所引条号（2003年CPFTA"第9条第(12)款"）可能是2020年修订版的编号。'),
  ],
});

/** Entries of Singapore. */
export const SG_ENTRIES: readonly RightEntryInput[] = [lemonLaw];
