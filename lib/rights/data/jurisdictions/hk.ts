import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Hong Kong: general sale-of-goods and trade-descriptions law (rights-facts §1.10, §3). */

export const HK_CONSUMER_COUNCIL: Channel = {
  id: 'hk-consumer-council',
  name: l('Consumer Council', '消费者委员会'),
  url: 'https://consumer.org.hk/',
  scope: l(
    'Consumer complaints. Offences under the Trade Descriptions Ordinance are for the Customs and Excise Department.',
    '受理消费者投诉。违反《商品说明条例》的行为由海关处理。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: [{ title: 'Consumer Council', url: 'https://consumer.org.hk/', siteOnly: true }],
};

const generalLaw = defineEntry({
  id: 'hk-no-cooling-off-general-law',
  kind: 'statutory',
  jurisdiction: 'HK',
  title: l('No cooling-off for online shopping; sale-of-goods protection', '网购没有冷静期；受货品售卖法保护'),
  summary: l(
    'Hong Kong has no statutory cooling-off for online shopping and no online-retail-specific legislation. General law protects you: the Sale of Goods Ordinance (Cap. 26) implies terms on quality and description, and the Trade Descriptions Ordinance (Cap. 362) covers unfair practices, enforced by Customs and Excise.',
    '香港没有适用于网购的法定冷静期，也没有专门针对网上零售的法例。一般法律为您提供保障：《货品售卖条例》（第26章）对质量和描述有隐含条款，《商品说明条例》（第362章）规管不良营商手法，由海关执法。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('The Consumer Council\'s proposed mandatory 7-day cooling-off (press release of 19 Apr 2018) expressly excluded online shopping.', '消费者委员会建议的7天强制冷静期（2018年4月19日新闻稿）明确不包括网购。'),
  ],
  steps: [
    l('If the goods do not match the description or are not of acceptable quality, tell the seller in writing.', '如果商品与描述不符或质量不合格，书面通知卖家。'),
    l('If that fails, complain to the Consumer Council; report false trade descriptions to Customs and Excise.', '如果不成功，向消费者委员会投诉；虚假商品说明可向海关举报。'),
  ],
  complaints: [HK_CONSUMER_COUNCIL, ECONSUMER],
  sources: [
    { title: 'LegCo Research Office ISE08/19-20 "E-consumer protection"' },
    { title: 'Consumer Council press release, 19 Apr 2018', url: 'https://consumer.org.hk/', siteOnly: true },
    { title: 'LCQ6, 3 Jun 2020' },
  ],
  confidence: 'medium',
});

/** Entries of Hong Kong. */
export const HK_ENTRIES: readonly RightEntryInput[] = [generalLaw];
