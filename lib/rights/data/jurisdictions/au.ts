import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Australia: Australian Consumer Law (rights-facts §1.5, §3). */

export const AU_SCAMWATCH: Channel = {
  id: 'au-scamwatch',
  name: l('Scamwatch — National Anti-Scam Centre (ACCC)', 'Scamwatch——国家反诈骗中心（澳大利亚竞争与消费者委员会）'),
  url: 'https://scamwatch.gov.au/',
  scope: l(
    'Scam reports; reported websites are assessed for takedown. The ACCC does not resolve individual disputes: for a dispute, contact your state or territory fair-trading agency. Cybercrime: ReportCyber.',
    '受理诈骗举报；被举报的网站会被评估是否下架。澳大利亚竞争与消费者委员会不处理个人纠纷：纠纷请联系您所在州或领地的公平交易机构。网络犯罪：ReportCyber。',
  ),
  traderScope: 'any',
  confidence: 'high',
  sources: [
    { title: 'National Anti-Scam Centre news', url: 'https://nasc.gov.au/', siteOnly: true },
    { title: 'ACCC', url: 'https://accc.gov.au/', siteOnly: true },
  ],
};

const guarantees = defineEntry({
  id: 'au-acl-consumer-guarantees',
  kind: 'statutory',
  jurisdiction: 'AU',
  title: l('Consumer guarantees, no change-of-mind right (Australian Consumer Law)', '消费者保证，没有"改变主意"退货权（澳大利亚消费者法）'),
  summary: l(
    'There is no change-of-mind right, online or offline. Consumer guarantees apply automatically — acceptable quality, matching the description, fit for purpose and others — and last for a "reasonable time". For a major failure you choose a refund or replacement; for a minor failure the business chooses repair, replacement or refund.',
    '无论线上线下，都没有"改变主意"退货权。消费者保证自动适用——质量合格、与描述相符、适合用途等——并在"合理期间"内有效。重大缺陷时由您选择退款或更换；轻微缺陷时由商家选择修理、更换或退款。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('"No refunds" signs are illegal.', '"概不退款"的告示是违法的。'),
    l('The law applies to overseas traders "carrying on business in Australia". Whether pure internet sales qualify is unclear, and enforcement against them is hard.', '该法适用于"在澳大利亚经营业务"的海外商家。纯网络销售是否属于此类尚不明确，对其执行也很困难。'),
    l('CHOICE (2017): every company selling into Australia must comply; ACCC v Valve produced a $3m penalty over refund representations.', 'CHOICE（2017年）：所有向澳大利亚销售的公司都必须遵守；ACCC诉Valve案因退款说明问题被判罚300万澳元。'),
  ],
  steps: [
    l('Tell the business in writing what is wrong and whether you consider it a major failure.', '书面告知商家问题所在，以及您是否认为这属于重大缺陷。'),
    l('For a dispute, contact your state or territory fair-trading agency; the ACCC does not resolve individual disputes.', '发生纠纷时联系所在州或领地的公平交易机构；澳大利亚竞争与消费者委员会不处理个人纠纷。'),
  ],
  complaints: [AU_SCAMWATCH, ECONSUMER],
  sources: [
    { title: 'ACCC: Repair, replace, refund, cancel', url: 'https://www.accc.gov.au/business/problem-with-a-product-or-service-you-sold/repair-replace-refund-cancel' },
    { title: 'Consumer Protection WA', url: 'https://consumerprotection.wa.gov.au/', siteOnly: true },
    { title: 'Consumer Affairs Victoria', url: 'https://consumer.vic.gov.au/', siteOnly: true },
    { title: 'Tasmanian Legal Handbook; Victorian Law Handbook 2024 (overseas sellers)' },
  ],
  confidence: 'high',
  unverified: [
    l('Section numbers (s.54 acceptable quality; ss.259–260 remedies) are not verified.', '条文编号（第54条质量合格；第259–260条救济）未经核实。'),
  ],
});

/** Entries of Australia. */
export const AU_ENTRIES: readonly RightEntryInput[] = [guarantees];
