import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/**
 * Russia: Law on Protection of Consumer Rights (rights-facts §1.11). The
 * research names no Russian complaint channel, so only econsumer.gov is listed.
 */

const distanceRefusal = defineEntry({
  id: 'ru-zozpp-art26-1-refusal',
  kind: 'statutory',
  jurisdiction: 'RU',
  title: l('7-day refusal of goods bought at a distance (ЗоЗПП art. 26.1)', '远程购买商品7天内拒收（俄罗斯《消费者权利保护法》第26.1条）'),
  summary: l(
    'You may refuse the goods at any time before transfer and within 7 days after transfer. If information on how and when to return goods of proper quality was not given in writing at delivery, the period is 3 months from transfer.',
    '在商品交付前您可以随时拒收，交付后7天内也可以拒收。如果交付时没有以书面形式告知如何以及何时退回质量合格的商品，期限为交付后3个月。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'not-informed',
      label: l('Return information not given in writing at delivery: 3 months from transfer.', '交付时未书面告知退货信息：交付后3个月。'),
      windowDays: null,
      windowMonths: 3,
      startsAt: 'delivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    l('The goods keep their presentation (товарный вид) and consumer properties.', '商品保持原有外观（товарный вид）和使用性能。'),
    l('Proof of purchase is required, but its absence does not bar other evidence.', '需要购买凭证，但没有凭证不妨碍用其他证据证明。'),
    l('The refund is the price minus the seller\'s cost of receiving the returned goods.', '退款金额为商品价款减去卖家收回退货的费用。'),
  ],
  exceptions: [
    l('Individually defined goods that only you can use.', '只能由您本人使用的个性化商品。'),
  ],
  steps: [
    l('Tell the seller in writing within the 7 days that you refuse the goods; keep proof of purchase.', '在7天内书面告知卖家您拒收商品；保留购买凭证。'),
    l('Keep the goods\' presentation and packaging intact.', '保持商品外观和包装完好。'),
  ],
  complaints: [ECONSUMER],
  sources: [
    { title: 'dpvolga.ru (statute text)', url: 'https://dpvolga.ru/', siteOnly: true, article: 'art. 26.1(4)' },
    { title: 'zozpprf.ru (statute text)', url: 'https://zozpprf.ru/', siteOnly: true },
    { title: 'zakon-ozpp.ru (statute text)', url: 'https://zakon-ozpp.ru/', siteOnly: true },
  ],
  confidence: 'medium',
  unverified: [
    l('The refund is due within 10 days of your demand (the source excerpt was cut off).', '退款应在您提出要求后10天内支付（资料摘录不完整）。'),
  ],
});

/** Entries of Russia. */
export const RU_ENTRIES: readonly RightEntryInput[] = [distanceRefusal];
