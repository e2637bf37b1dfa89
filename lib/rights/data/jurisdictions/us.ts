import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** United States: FTC Mail Order Rule, Fair Credit Billing Act (rights-facts §1.4, §3). */

const FTC_SOURCES = [
  { title: 'doncio.navy.mil, quoting the FTC', url: 'https://doncio.navy.mil/', siteOnly: true },
  { title: 'scamaware.org', url: 'https://scamaware.org/', siteOnly: true },
];

export const US_FTC_REPORTFRAUD: Channel = {
  id: 'us-ftc-reportfraud',
  name: l('FTC ReportFraud.ftc.gov (Spanish: ReporteFraude.ftc.gov)', '美国联邦贸易委员会 ReportFraud.ftc.gov（西班牙语：ReporteFraude.ftc.gov）'),
  url: 'https://reportfraud.ftc.gov/',
  scope: l(
    'Reports of fraud, scams and bad business practices, shared with more than 3,000 law enforcers. It does not resolve individual complaints. State Attorneys General also take complaints.',
    '受理诈骗、骗局和不良商业行为的举报，并与3000多个执法机构共享。它不处理个人投诉纠纷。各州总检察长办公室也受理投诉。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: FTC_SOURCES,
};

export const US_IC3: Channel = {
  id: 'us-ic3',
  name: l('IC3.gov (Internet Crime Complaint Center)', 'IC3.gov（互联网犯罪投诉中心）'),
  url: 'https://ic3.gov/',
  scope: l('Reports of internet crime.', '受理互联网犯罪举报。'),
  traderScope: 'any',
  confidence: 'medium',
  sources: FTC_SOURCES,
};

const US_CHANNELS = [US_FTC_REPORTFRAUD, US_IC3, ECONSUMER];

const mailOrderRule = defineEntry({
  id: 'us-ftc-mail-order-rule',
  kind: 'statutory',
  jurisdiction: 'US',
  title: l('FTC Mail, Internet, or Telephone Order Merchandise Rule (16 CFR Part 435)', '美国联邦贸易委员会邮购、网购或电话订购商品规则（16 CFR 第435部分）'),
  summary: l(
    'The seller must ship within the time it stated. If it stated no time, it must ship within 30 days of receiving a properly completed order (payment plus all required information). There is no general federal right to return online purchases: returns depend on the retailer\'s policy and some state laws.',
    '卖家必须在其声明的时间内发货。未声明时间的，必须在收到完整订单（付款及全部必要信息）后30天内发货。美国联邦法律没有通用的网购退货权：能否退货取决于商家政策和部分州的法律。',
  ),
  windowDays: 30,
  startsAt: 'order',
  startAlt: { event: 'payment', use: 'if-later' },
  counting: 'unspecified',
  deadlineKind: 'seller-duty',
  startNote: l('From when the seller receives a properly completed order: payment plus all required information.', '从卖家收到完整订单（付款及全部必要信息）时起算。'),
  otherWindows: [
    {
      id: 'seller-credit',
      label: l('If you applied to the seller for credit and no time was stated: 50 days.', '如果您向卖家申请了信贷且卖家未声明发货时间：50天。'),
      windowDays: 50,
      startsAt: 'order',
      startAlt: { event: 'payment', use: 'if-later' },
      counting: 'unspecified',
      deadlineKind: 'seller-duty',
    },
  ],
  conditions: [
    l('The 30 days apply only if the seller stated no shipping time; a stated time prevails.', '30天只适用于卖家未声明发货时间的情形；已声明的时间优先。'),
    l('A seller that cannot ship on time must send a delay-option notice giving a new date and a free way to cancel.', '无法按时发货的卖家必须发出延迟选择通知，给出新的日期并提供免费取消的方式。'),
    l('A "prompt refund" is due within 7 working days (cash, cheque, money order, or credit from a third-party creditor), or within 1 billing cycle where the seller itself gave the credit.', '"及时退款"应在7个工作日内完成（现金、支票、汇票或第三方信贷），卖家自己提供信贷的，在1个账单周期内完成。'),
  ],
  steps: [
    l('Note the shipping time the seller stated at purchase (capture the page).', '记下购买时卖家声明的发货时间（保存页面截图）。'),
    l('If the seller misses it and sends no delay notice, ask in writing to cancel and get a prompt refund.', '卖家逾期且未发出延迟通知的，书面要求取消订单并及时退款。'),
  ],
  complaints: US_CHANNELS,
  sources: [
    { title: '16 CFR 435.1 definitions (GlobalSpec copy)', article: '16 CFR 435.1' },
    { title: 'FTC Business Guide to the Mail, Internet, or Telephone Order Merchandise Rule (quoted on a forum)' },
    { title: 'uslegal.com', url: 'https://uslegal.com/', siteOnly: true },
    { title: 'consumercredit.com', url: 'https://consumercredit.com/', siteOnly: true },
    { title: 'checkbca.org', url: 'https://checkbca.org/', siteOnly: true },
  ],
  confidence: 'medium',
  unverified: [
    l('The FTC "Cooling-Off Rule" covers door-to-door and temporary-location sales, not online orders.', '美国联邦贸易委员会的"冷静期规则"适用于上门推销和临时场所销售，不适用于网购。'),
  ],
});

const billingError = defineEntry({
  id: 'us-fcba-billing-error',
  kind: 'statutory',
  jurisdiction: 'US',
  title: l('Credit card billing error notice within 60 days (Fair Credit Billing Act)', '信用卡账单错误60天内书面通知（公平信用账单法）'),
  summary: l(
    'If goods were not delivered as agreed, or not accepted, that is a billing error on a credit card. Your written notice must reach the card issuer within 60 days after the first statement showing the charge was mailed.',
    '商品未按约定交付或未被接受，属于信用卡账单错误。您的书面通知必须在载有该笔费用的第一份账单寄出后60天内送达发卡机构。',
  ),
  windowDays: 60,
  startsAt: 'statement',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('The issuer must acknowledge within 30 days and resolve within 2 billing cycles and no more than 90 days.', '发卡机构必须在30天内确认收到，并在2个账单周期内、最长不超过90天内处理完毕。'),
    l('While the dispute is open, the disputed amount may not be reported as delinquent.', '争议处理期间，争议金额不得被报告为逾期。'),
  ],
  steps: [
    l('Send the card issuer a written notice (a phone call alone is not the notice the Act asks for), naming the charge and why it is wrong.', '向发卡机构发出书面通知（仅打电话不构成该法要求的通知），说明是哪笔费用以及错误原因。'),
    l('Send it early: the 60 days run from the mailing of the statement, not from when you noticed.', '尽早寄出：60天从账单寄出时起算，而不是从您发现时起算。'),
  ],
  complaints: US_CHANNELS,
  sources: [
    { title: 'Citi: Fair Credit Billing Act page', url: 'https://citicards.com/', siteOnly: true, article: '15 U.S.C. §1666; Reg Z, 12 CFR 1026.13' },
    { title: 'legalclarity.org', url: 'https://legalclarity.org/', siteOnly: true },
    { title: 'myboca.us', url: 'https://myboca.us/', siteOnly: true },
  ],
  confidence: 'medium',
  appliesWhen: { paymentMethods: ['card', 'visa', 'mastercard', 'unionpay'] },
  unverified: [
    l('Debit cards fall under EFTA / Regulation E instead; unauthorised transfers must be reported within 60 days of the statement.', '借记卡适用电子资金转账法/E条例；未经授权的转账须在账单后60天内报告。'),
  ],
});

/** Entries of the United States. */
export const US_ENTRIES: readonly RightEntryInput[] = [mailOrderRule, billingError];
