import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** United Kingdom: CCR 2013 and the Consumer Rights Act 2015 (rights-facts §1.3, §3). */

export const GB_CITIZENS_ADVICE: Channel = {
  id: 'gb-citizens-advice',
  name: l('Citizens Advice consumer helpline', 'Citizens Advice 消费者求助热线'),
  phone: '0808 223 1133',
  scope: l(
    'First contact for consumer disputes (phone or online form). It refers cases to Trading Standards, which does not take individual complaints directly.',
    '消费纠纷的第一联系渠道（电话或在线表格）。它会把案件转交给 Trading Standards（贸易标准部门），后者不直接受理个人投诉。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: [{ title: 'Milton Keynes Council, Trading Standards page', url: 'https://milton-keynes.gov.uk/', siteOnly: true }],
};

export const GB_REPORT_FRAUD: Channel = {
  id: 'gb-report-fraud',
  name: l('Report Fraud (replaced Action Fraud on 4 Dec 2025)', 'Report Fraud（2025年12月4日起取代 Action Fraud）'),
  url: 'https://reportfraud.police.uk/',
  phone: '0300 123 2040',
  scope: l(
    'Fraud reports for England, Wales and Northern Ireland. In Scotland, report to Police Scotland on 101.',
    '受理英格兰、威尔士和北爱尔兰的诈骗举报。在苏格兰请拨打101向苏格兰警方举报。',
  ),
  traderScope: 'any',
  confidence: 'high',
  sources: [
    { title: 'City of London Police release (wired-gov.net)', url: 'https://wired-gov.net/', siteOnly: true },
    { title: 'Hogan Lovells on Report Fraud', url: 'https://hoganlovells.com/', siteOnly: true },
  ],
};

const GB_CHANNELS = [GB_CITIZENS_ADVICE, GB_REPORT_FRAUD, ECONSUMER];

const cancellation = defineEntry({
  id: 'gb-ccr-cancellation',
  kind: 'statutory',
  jurisdiction: 'GB',
  title: l('14-day cancellation (Consumer Contracts Regulations 2013)', '14天取消权（2013年消费者合同条例）'),
  summary: l(
    'For goods bought online or at a distance, you may cancel within 14 days, counted from the day after the goods come into your physical possession (or that of a person you name, other than the carrier).',
    '网购或远程购买的商品，您可以在14天内取消合同，从您（或您指定的承运人以外的人）实际占有商品的次日起算。',
  ),
  windowDays: 14,
  startsAt: 'delivery',
  counting: 'next-day',
  deadlineKind: 'act-by',
  conditions: [
    l('If the trader did not give you the cancellation information, the period is extended by up to 12 months; if the information comes late, 14 days run from when you receive it.', '如果商家没有提供取消权信息，期限最多延长12个月；如果信息晚到，从您收到之日起计算14天。'),
    l('Refund within 14 days of the trader getting the goods back, or of evidence that you sent them back. The trader may reduce the refund for handling beyond what was needed to inspect the goods.', '商家应在收回商品或收到您已寄回的证据后14天内退款。超出检查所需的使用，商家可以相应减少退款。'),
    l('For services, 14 days after the contract is made.', '服务合同：自合同订立后14天。'),
  ],
  exceptions: [
    l('The exceptions (reg. 28) mirror the EU list: for example personalised goods, perishables, unsealed hygiene goods, unsealed audio, video or software.', '例外情形（第28条）与欧盟清单一致：例如个性化商品、易腐商品、已拆封的卫生用品、已拆封的音像制品或软件。'),
  ],
  steps: [
    l('Tell the trader clearly, in writing, that you cancel, within the 14 days.', '在14天内以书面形式明确告知商家您取消合同。'),
    l('Send the goods back and keep proof of postage.', '寄回商品并保留寄件凭证。'),
  ],
  complaints: GB_CHANNELS,
  sources: [
    { title: 'The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, SI 2013/3134', url: 'https://www.legislation.gov.uk/uksi/2013/3134' },
    { title: 'mylawyer.co.uk on cancellation periods', url: 'https://mylawyer.co.uk/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('The regulation number for each individual point (within regs 27–38) is not verified.', '各具体要点对应的条例编号（第27–38条之间）未经核实。'),
  ],
});

const shortTermReject = defineEntry({
  id: 'gb-cra-short-term-reject',
  kind: 'statutory',
  jurisdiction: 'GB',
  title: l('30-day short-term right to reject faulty goods (Consumer Rights Act 2015, s.22)', '30天短期拒收权（2015年消费者权利法第22条）'),
  summary: l(
    'For faulty goods (not a change of mind), you may reject them and get a refund within 30 days, starting with the first day after ownership has passed, the goods have been delivered and any installation is complete.',
    '对于有缺陷的商品（不是改变主意），您可以在30天内拒收并退款。期限从所有权转移、商品交付以及安装完成之后的第一天起算。',
  ),
  windowDays: 30,
  startsAt: 'delivery',
  counting: 'next-day',
  deadlineKind: 'act-by',
  conditions: [
    l('Shorter for perishable goods.', '易腐商品的期限更短。'),
    l('The period pauses during repair or replacement; afterwards you have the rest of the period, or 7 days if that is longer.', '修理或更换期间期限暂停；之后您享有剩余期限，如果剩余不足7天则为7天。'),
    l('After one failed repair or replacement, or where repair or replacement is impossible or not done within a reasonable time, you may ask for a price reduction or use the final right to reject (s.24).', '经过一次修理或更换仍未解决，或者无法修理、更换，或未在合理时间内完成的，您可以要求降价或行使最终拒收权（第24条）。'),
  ],
  steps: [
    l('Tell the seller in writing that the goods are faulty and that you reject them, within the 30 days.', '在30天内书面告知卖家商品有缺陷、您拒收。'),
    l('Keep photos of the fault and the delivery record.', '保留缺陷照片和交付记录。'),
  ],
  complaints: GB_CHANNELS,
  sources: [
    { title: 'Consumer Rights Act 2015, s.22', url: 'https://www.legislation.gov.uk/ukpga/2015/15/section/22', article: 's.22' },
    { title: 'Consumer Rights Act 2015, Explanatory Notes', article: 'paras 128–131' },
  ],
  confidence: 'high',
  unverified: [
    l('s.19(14)–(15): a fault appearing within 6 months is presumed to have existed at delivery.', '第19条第(14)–(15)款：6个月内出现的缺陷推定在交付时已存在。'),
    l('Credit-card purchases: under the Consumer Credit Act 1974 s.75 the card issuer is jointly liable with the seller for a single item priced over £100 and up to £30,000.', '信用卡购物：根据1974年消费者信贷法第75条，单件价格超过100英镑且不超过30000英镑的商品，发卡机构与卖家承担连带责任。'),
  ],
});

/** Entries of the United Kingdom. */
export const GB_ENTRIES: readonly RightEntryInput[] = [cancellation, shortTermReject];
