import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** PayPal Buyer Protection (rights-facts §2). */
const buyerProtection = defineEntry({
  id: 'paypal-buyer-protection',
  kind: 'payment',
  platform: 'paypal',
  title: l('PayPal Buyer Protection', 'PayPal买家保障'),
  summary: l(
    'Open a dispute within 180 days of payment if the item was not received or is significantly not as described. Escalate it to a claim within 20 days of opening it, or it closes automatically and coverage is lost.',
    '商品未收到或与描述严重不符的，在付款后180天内发起争议。在发起争议后20天内升级为索赔，否则争议自动关闭并失去保障。',
  ),
  windowDays: 180,
  startsAt: 'payment',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'escalate',
      label: l('Escalate to a claim within 20 days of opening the dispute.', '发起争议后20天内升级为索赔。'),
      windowDays: 20,
      startsAt: null,
      counting: 'unspecified',
      deadlineKind: 'act-by',
      startNote: l('From the day you open the dispute.', '从您发起争议之日起算。'),
    },
  ],
  conditions: [
    l('Older help pages said 45 days; that rule is obsolete.', '旧版帮助页面写的是45天；该规则已过时。'),
    l('Do not run a PayPal claim and a card chargeback at the same time. Platforms such as Amazon void their guarantee if a chargeback is filed.', '不要同时进行PayPal索赔和信用卡拒付。亚马逊等平台在申请拒付后会取消其保障。'),
  ],
  steps: [
    l('Open the dispute in your PayPal account within 180 days of payment.', '在付款后180天内在您的PayPal账户中发起争议。'),
    l('If the seller does not resolve it, escalate to a claim within 20 days.', '卖家不解决的，在20天内升级为索赔。'),
  ],
  sources: [
    { title: 'PayPal help FAQ 1417: "Do I have to file a PayPal Buyer Protection claim within a certain timeframe?"', url: 'https://www.paypal.com/', siteOnly: true, article: 'FAQ 1417' },
  ],
  confidence: 'high',
  liveCheck: true,
  unverified: [
    l('Maximum coverage ("up to USD 20,000") appears on one regional page only and varies by country.', '最高保障金额（"最高20000美元"）仅见于某一地区页面，且因国家而异。'),
  ],
});

/** Entries of PayPal. */
export const PAYPAL_ENTRIES: readonly RightEntryInput[] = [buyerProtection];
