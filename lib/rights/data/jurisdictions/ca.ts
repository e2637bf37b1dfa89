import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Canada: provincial law, no federal cooling-off for online purchases (rights-facts §1.6, §3). */

const CA_CHANNEL_SOURCES = [
  { title: 'Competition Bureau Canada, "How to report fraud and scams"', url: 'https://competition-bureau.canada.ca/', siteOnly: true },
  { title: 'vsbgp.com', url: 'https://vsbgp.com/', siteOnly: true },
];

export const CA_ANTI_FRAUD: Channel = {
  id: 'ca-anti-fraud-centre',
  name: l('Canadian Anti-Fraud Centre', '加拿大反欺诈中心'),
  url: 'https://antifraudcentre.ca/',
  phone: '1-888-495-8501',
  scope: l('Fraud reports. Provincial consumer offices handle individual disputes.', '受理诈骗举报。个人纠纷由各省消费者事务办公室处理。'),
  traderScope: 'any',
  confidence: 'medium',
  sources: CA_CHANNEL_SOURCES,
};

export const CA_COMPETITION_BUREAU: Channel = {
  id: 'ca-competition-bureau',
  name: l('Competition Bureau Canada', '加拿大竞争局'),
  url: 'https://competition-bureau.canada.ca/',
  phone: '1-800-348-5358',
  scope: l('Complaints about misleading marketing (online form or phone).', '受理虚假误导性营销的投诉（在线表格或电话）。'),
  traderScope: 'any',
  confidence: 'medium',
  sources: CA_CHANNEL_SOURCES,
};

const CA_CHANNELS = [CA_ANTI_FRAUD, CA_COMPETITION_BUREAU, ECONSUMER];

const ontario = defineEntry({
  id: 'ca-on-internet-agreement-cancel',
  kind: 'statutory',
  jurisdiction: 'CA',
  title: l('Ontario: cancelling an internet agreement (Consumer Protection Act, 2002)', '安大略省：取消网购合同（2002年消费者保护法）'),
  summary: l(
    'Canada has no general right to return online purchases. In Ontario, for internet agreements over $50, you may cancel within 7 days of receiving a copy of the agreement if required disclosures were missing, and cancel if delivery is more than 30 days late.',
    '加拿大没有通用的网购退货权。在安大略省，金额超过50加元的网购合同，如果缺少法定披露信息，您可以在收到合同副本后7天内取消；交货延迟超过30天的，也可以取消。',
  ),
  windowDays: 7,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From when you receive a copy of the agreement. Applies if the required pre-order disclosure was missing, or you had no opportunity to accept or to correct errors.', '从您收到合同副本时起算。适用于缺少法定下单前披露，或没有机会确认或更正错误的情形。'),
  otherWindows: [
    {
      id: 'no-copy',
      label: l('No copy of the agreement in time, or a copy lacking information: cancel within 30 days of the agreement.', '没有按时收到合同副本，或副本缺少信息：在合同订立后30天内取消。'),
      windowDays: 30,
      startsAt: 'order',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
    {
      id: 'late-delivery',
      label: l('Delivery more than 30 days late: you may cancel any time before delivery, unless you accepted the delay.', '交货延迟超过30天：在交货前可随时取消，除非您已接受延迟。'),
      windowDays: 30,
      startsAt: 'estimatedDelivery',
      counting: 'unspecified',
      deadlineKind: 'available-after',
    },
  ],
  conditions: [
    l('Unfair practice: cancel within 1 year.', '存在不公平行为的：1年内可取消。'),
    l('After cancelling, the seller refunds within 15 days of your cancellation notice, and you return the goods within 15 days.', '取消后，卖家应在收到取消通知后15天内退款，您应在15天内退回商品。'),
  ],
  steps: [
    l('Send the cancellation notice in writing and keep a copy with the date.', '以书面形式发送取消通知，并保留注明日期的副本。'),
    l('If the seller does not refund, contact your provincial consumer office.', '卖家不退款的，联系您所在省的消费者事务办公室。'),
  ],
  complaints: CA_CHANNELS,
  sources: [
    { title: 'CLEO: How do I cancel an agreement?', url: 'https://cleo.on.ca/en/publications/otmshop/how-do-i-cancel-agreement' },
    { title: 'consumerrights.ca (internet agreements over $50)', url: 'https://consumerrights.ca/', siteOnly: true },
  ],
  confidence: 'medium',
  appliesWhen: { subnational: l('Ontario only', '仅限安大略省') },
  unverified: [
    l('A card charge-back is available if the seller does not refund (s.99).', '卖家不退款的，可申请信用卡拒付（第99条）。'),
    l('The Consumer Protection Act, 2023 will replace the 2002 Act; its in-force date is unverified.', '2023年消费者保护法将取代2002年法；其生效日期未经核实。'),
    l('Québec (CPA ss.54.1–54.16) has similar distance-contract rules plus a card charge-back right; low confidence.', '魁北克省（消费者保护法第54.1–54.16条）有类似的远程合同规则和信用卡拒付权；可信度低。'),
  ],
});

const britishColumbia = defineEntry({
  id: 'ca-bc-distance-contract-cancel',
  kind: 'statutory',
  jurisdiction: 'CA',
  title: l('British Columbia: distance contracts (Business Practices and Consumer Protection Act, Part 4)', '不列颠哥伦比亚省：远程合同（商业行为和消费者保护法第4部分）'),
  summary: l(
    'The business must send you a copy of the contract within 15 days of the order. If the contract lacks required details, you may cancel within 7 days of receiving the copy; the business then has 15 days to refund.',
    '商家必须在下单后15天内向您发送合同副本。如果合同缺少法定内容，您可以在收到副本后7天内取消；商家随后须在15天内退款。',
  ),
  windowDays: 7,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From when you receive the copy of the contract, if it lacks required details.', '如果合同缺少法定内容，从您收到合同副本时起算。'),
  otherWindows: [
    {
      id: 'copy-due',
      label: l('The business must send a copy of the contract within 15 days of the order.', '商家必须在下单后15天内发送合同副本。'),
      windowDays: 15,
      startsAt: 'order',
      counting: 'unspecified',
      deadlineKind: 'seller-duty',
    },
  ],
  steps: [
    l('Check the contract copy for the required details as soon as it arrives.', '收到合同副本后立即检查是否包含法定内容。'),
    l('Cancel in writing within the 7 days and keep a dated copy.', '在7天内书面取消，并保留注明日期的副本。'),
  ],
  complaints: CA_CHANNELS,
  sources: [{ title: 'Consumer Protection BC', url: 'https://consumerprotectionbc.ca/', siteOnly: true }],
  confidence: 'medium',
  appliesWhen: { subnational: l('British Columbia only', '仅限不列颠哥伦比亚省') },
});

/** Entries of Canada (provincial). */
export const CA_ENTRIES: readonly RightEntryInput[] = [ontario, britishColumbia];
