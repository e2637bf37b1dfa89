import { l } from '../define';

/**
 * Facts shared by the card-scheme entries (visa, mastercard, unionpay):
 * the 120-day first-chargeback table from Adyen and the advice on issuers'
 * shorter internal deadlines (rights-facts §2, "Card chargebacks").
 */

export const ADYEN_SOURCE = {
  title: 'Adyen chargeback guidelines (issuer first-chargeback deadlines per scheme)',
  url: 'https://docs.adyen.com/developers/risk-management/dispute-management/chargeback-guidelines',
};

export const CHARGEBACK_SUMMARY_TAIL = l(
  'These are card-scheme rules, not law: your issuer sets its own, often shorter, deadline. Contact it as early as possible and well before day 120.',
  '这些是卡组织规则，不是法律：发卡机构有自己的、通常更短的期限。请尽早联系发卡机构，务必远早于第120天。',
);

export const CHARGEBACK_CONDITIONS = [
  l('The issuer\'s first-chargeback deadline is 120 calendar days from the transaction date; where goods are delivered later, 120 days from the delivery date.', '发卡机构首次拒付的期限是交易日起120个日历日；商品在之后交付的，从交付日起120天。'),
  l('Filing a chargeback ends Amazon A-to-z eligibility; do not run a PayPal claim and a chargeback at the same time.', '申请拒付会使亚马逊A-to-z保障失效；不要同时进行PayPal索赔和拒付。'),
];

export const CHARGEBACK_STEPS = [
  l('Keep your messages with the seller and the platform: they are evidence for the dispute.', '保留您与卖家和平台的沟通记录：它们是争议的证据。'),
  l('Call or write to your card issuer early, well before day 120, and ask for its own deadline.', '尽早致电或书面联系发卡机构，远早于第120天，并询问其自身的期限。'),
];
