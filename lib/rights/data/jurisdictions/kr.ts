import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** South Korea: Act on Consumer Protection in Electronic Commerce (rights-facts §1.8, §3). */

export const KR_KCA_CROSSBORDER: Channel = {
  id: 'kr-kca-crossborder',
  name: l('Korea Consumer Agency cross-border consumer portal (국제거래 소비자포털)', '韩国消费者院国际交易消费者门户（국제거래 소비자포털）'),
  url: 'https://crossborder.kca.go.kr/',
  scope: l(
    'Cross-border consultations and overseas-shopping guides; English and Chinese pages for foreigners buying from Korean shops. Domestic cases: the 1372 consumer counselling centre (not verified).',
    '提供跨境消费咨询和海外购物指南；为向韩国商家购物的外国人提供英文和中文页面。国内纠纷：1372消费者咨询中心（未经核实）。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: [
    { title: 'consumer.gwd.go.kr', url: 'https://consumer.gwd.go.kr/', siteOnly: true },
    { title: 'Hankyung (2018)', url: 'https://hankyung.com/', siteOnly: true },
  ],
};

const withdrawal = defineEntry({
  id: 'kr-ecommerce-art17-withdrawal',
  kind: 'statutory',
  jurisdiction: 'KR',
  title: l('7-day withdrawal (전자상거래법 art. 17)', '7天撤回权（韩国《电子商务消费者保护法》第17条）'),
  summary: l(
    'You may withdraw within 7 days of receiving the contract document or, if the goods arrive later, within 7 days of their supply. If the goods differ from the advertisement or the contract, you may withdraw within 3 months of supply and within 30 days of when you knew or could have known.',
    '您可以在收到合同文件后7天内撤回；如果商品晚于合同文件到达，则在收到商品后7天内撤回。商品与广告或合同内容不符的，可以在收到商品后3个月内、且在知道或应当知道之日起30天内撤回。',
  ),
  windowDays: 7,
  startsAt: 'order',
  startAlt: { event: 'delivery', use: 'if-later' },
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From receipt of the contract document (taken here as the order date), or from delivery when the goods arrive later.', '从收到合同文件之日（此处按下单日计）起算；商品更晚到达的，从交付日起算。'),
  otherWindows: [
    {
      id: 'not-as-advertised',
      label: l('Goods differ from the ad or contract: within 3 months of supply and within 30 days of when you knew or could have known. Both limits apply; once either has passed, withdrawal is no longer possible.', '商品与广告或合同不符：在收到商品后3个月内，且在知道或应当知道之日起30天内。两个期限同时适用，任一期限届满即不能再撤回。'),
      windowDays: null,
      windowMonths: 3,
      startsAt: 'delivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    l('A longer period applies if agreed. If no document was given, or it lacked the seller\'s address, the 7 days run from when you knew or could have known the address; if the seller obstructed withdrawal, from when the obstruction ended.', '如有约定更长期限，从其约定。未交付合同文件或文件中没有卖家地址的，从您知道或应当知道地址之日起算7天；卖家妨碍撤回的，从妨碍结束之日起算。'),
    l('The exceptions on value loss, time, copyable goods and digital content apply only where the seller clearly marked them (art. 17(6)); otherwise the right remains.', '关于价值减损、时间经过、可复制商品和数字内容的例外，只有在卖家明确标示时才适用（第17条第6款）；否则撤回权仍然有效。'),
  ],
  exceptions: [
    l('The goods were lost or damaged through your fault (opening the packaging to check the contents does not count).', '因您的过错导致商品灭失或损坏（为确认内容而拆开包装不算）。'),
    l('Use or partial consumption significantly reduced their value.', '使用或部分消费导致商品价值显著降低。'),
    l('The passage of time made resale difficult.', '时间经过导致难以再次销售。'),
    l('The packaging of copyable goods was damaged.', '可复制商品的包装被损坏。'),
    l('Provision of a service or digital content has begun.', '服务或数字内容已开始提供。'),
    l('Other cases set by Presidential Decree, e.g. made-to-order goods where you were told separately in advance and agreed in writing.', '总统令规定的其他情形，例如事先另行告知并经您书面同意的定制商品。'),
  ],
  steps: [
    l('Tell the seller within the 7 days that you withdraw, and keep a record.', '在7天内告知卖家撤回，并保留记录。'),
    l('If the goods differ from the ad, capture the ad and photograph the goods; act within 30 days of noticing.', '商品与广告不符的，保存广告截图并给商品拍照；在发现后30天内行动。'),
  ],
  complaints: [KR_KCA_CROSSBORDER, ECONSUMER],
  sources: [
    { title: 'ddookddak-actuary.com (current text, rev. 2016-03-29)', url: 'https://ddookddak-actuary.com/', siteOnly: true, article: 'art. 17' },
    { title: 'nanumtip.com (FTC Q&A)', url: 'https://nanumtip.com/', siteOnly: true },
    { title: 'Ministry of Government Legislation interpretations 14-0404 and 20-0108', url: 'https://moleg.go.kr/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('Art. 18: refund within 3 business days of receiving the goods back; you pay the return cost for a no-reason return, the seller pays where the goods differ from the ad.', '第18条：收到退回商品后3个工作日内退款；无理由退货由您承担退货费用，商品与广告不符的由卖家承担。'),
    l('The item numbering of the Presidential Decree exceptions.', '总统令例外情形的项目编号。'),
  ],
});

/** Entries of South Korea. */
export const KR_ENTRIES: readonly RightEntryInput[] = [withdrawal];
