import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Japan: Act on Specified Commercial Transactions (rights-facts §1.7, §3). */

export const JP_CCJ: Channel = {
  id: 'jp-ccj',
  name: l('CCJ — Cross-border Consumer Center Japan (国民生活センター越境消費者センター)', '日本国民生活中心越境消费者中心（CCJ）'),
  url: 'https://ccj.kokusen.go.jp/',
  scope: l(
    'Free help for consumers living in Japan in disputes with overseas businesses. Business-to-consumer only: no C2C auctions or flea markets, no goods knowingly bought as counterfeits. Online form in Japanese; reply in 4–5 business days. For domestic disputes call the consumer hotline 188.',
    '为居住在日本的消费者与海外商家之间的纠纷提供免费帮助。仅限企业对消费者交易：不受理个人之间的拍卖或二手市场交易，不受理明知是假货而购买的商品。在线表格为日语；4–5个工作日内答复。国内纠纷请拨打消费者热线188。',
  ),
  traderScope: 'any',
  confidence: 'high',
  sources: [
    { title: 'Consumer Affairs Agency: consumer research (CCJ)', url: 'https://caa.go.jp/en/policy/consumer_research' },
    { title: 'CCJ FAQ', url: 'https://ccj.kokusen.go.jp/', siteOnly: true },
  ],
};

const mailOrderReturn = defineEntry({
  id: 'jp-tokushoho-art15-3-return',
  kind: 'statutory',
  jurisdiction: 'JP',
  title: l('8-day return for online purchases without displayed return terms (特定商取引法 art. 15-3)', '无退货特约时8天内退货（日本《特定商交易法》第15条之3）'),
  summary: l(
    'In mail-order and online sales you may withdraw within 8 days of delivery, unless the seller displayed its return terms (返品特約) in the advertisement. This is not a cooling-off: a properly displayed "no returns" term prevails.',
    '通过邮购或网购，您可以在交付后8天内撤回，除非卖家在广告中标明了退货特约（返品特約）。这不是冷静期制度：正确标明的"不可退货"条款优先适用。',
  ),
  windowDays: 8,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('Applies only when the seller displayed no return terms. For electronic consumer contracts the terms must also be shown on the final confirmation screen.', '仅在卖家未标明退货特约时适用。电子消费合同的退货条款还必须在最终确认页面上显示。'),
    l('You pay the return cost.', '退货费用由买家承担。'),
    l('Numbered art. 15-2 before the 2016 amendment.', '2016年修订前为第15条之2。'),
  ],
  steps: [
    l('Capture the product page and the final confirmation screen at checkout: whether return terms were shown decides this right.', '结算时保存商品页面和最终确认页面的截图：是否显示退货条款决定了这项权利。'),
    l('Tell the seller within the 8 days that you withdraw, and send the goods back.', '在8天内告知卖家您撤回合同，并寄回商品。'),
  ],
  complaints: [JP_CCJ, ECONSUMER],
  sources: [
    { title: 'Consumer Affairs Agency guide: 通信販売', url: 'https://www.no-trouble.caa.go.jp/what/mailorder/' },
    { title: 'coolingoff-kuroda.com (statute text, hou1502)', url: 'https://coolingoff-kuroda.com/', siteOnly: true, article: 'art. 15-3' },
    { title: 'kcsf.co.jp', url: 'https://kcsf.co.jp/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('Defective goods: Civil Code contract-nonconformity rules apply, and the buyer must give notice within 1 year of learning of the defect (low confidence).', '有缺陷的商品：适用民法中合同不适合的规定，买家须在知道缺陷后1年内通知（可信度低）。'),
  ],
});

/** Entries of Japan. */
export const JP_ENTRIES: readonly RightEntryInput[] = [mailOrderReturn];
