import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Amazon A-to-z Guarantee (rights-facts §2). */
const aToZ = defineEntry({
  id: 'amazon-a-to-z-guarantee',
  kind: 'platform',
  platform: 'amazon',
  title: l('Amazon A-to-z Guarantee', '亚马逊A-to-z保障'),
  summary: l(
    'For items sold and fulfilled by third-party sellers, you can claim up to 90 days after the maximum estimated delivery date: if the item has not arrived, if it differs from what you expected and you requested a return, or if you returned it and got no refund.',
    '对于由第三方卖家销售并配送的商品，您可以在最晚预计送达日期后90天内提出索赔：商品未送达、与预期不符且已申请退货，或已退货但未退款。',
  ),
  windowDays: 90,
  startsAt: 'estimatedDelivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From the maximum estimated delivery date shown for the order.', '从订单显示的最晚预计送达日期起算。'),
  otherWindows: [
    {
      id: 'claim-opens',
      label: l('Non-arrival claims open 3 days after the maximum estimated delivery date, or when tracking shows delivered, whichever is sooner.', '未送达索赔在最晚预计送达日期3天后，或物流显示已送达时（以较早者为准）可以提出。'),
      windowDays: 3,
      startsAt: 'estimatedDelivery',
      counting: 'unspecified',
      deadlineKind: 'available-after',
    },
  ],
  conditions: [
    l('Covers items sold and fulfilled by third-party sellers.', '适用于由第三方卖家销售并配送的商品。'),
    l('Contact the seller first: amazon.ca says to wait 48 hours before claiming.', '先联系卖家：amazon.ca 说明应等待48小时后再提出索赔。'),
    l('Filing a chargeback with your card issuer ends A-to-z eligibility.', '向发卡机构申请拒付会使您失去A-to-z保障资格。'),
  ],
  exceptions: [
    l('Digital items.', '数字商品。'),
    l('Services.', '服务。'),
    l('Stored-value instruments.', '储值工具。'),
  ],
  steps: [
    l('Message the seller through Amazon and wait 48 hours.', '通过亚马逊联系卖家并等待48小时。'),
    l('File the A-to-z claim from the order before the 90 days end. Do not file a card chargeback at the same time.', '在90天结束前从订单页面提交A-to-z索赔。不要同时申请信用卡拒付。'),
  ],
  sources: [
    { title: 'Amazon help: A-to-z Guarantee', url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670' },
    { title: 'amazon.ca help (wait 48 hours)', url: 'https://amazon.ca/', siteOnly: true },
  ],
  confidence: 'high',
  liveCheck: true,
  appliesWhen: { thirdPartySellerOnly: true },
});

/** Entries of Amazon. */
export const AMAZON_ENTRIES: readonly RightEntryInput[] = [aToZ];
