import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** SHEIN return policy (rights-facts §2; current US page, older versions differ). */
const returns = defineEntry({
  id: 'shein-return-policy',
  kind: 'platform',
  platform: 'shein',
  title: l('SHEIN return policy', 'SHEIN退货政策'),
  summary: l(
    'On the current US page, most items can be returned within 30 days of the delivery date. Check the live page for your country.',
    '根据当前美国站页面，大多数商品可在送达日期后30天内退货。请查看您所在国家的最新页面。',
  ),
  windowDays: 30,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('Older US versions (2020-era) said 45 days from the purchase date, first return free, then $7.99 per additional return label.', '较早的美国站版本（约2020年）为购买日起45天，首次退货免费，之后每个退货标签7.99美元。'),
  ],
  exceptions: [
    l('Bodysuits, lingerie and underwear.', '连体衣、内衣和贴身衣物。'),
    l('Jewelry and accessories.', '首饰和配饰。'),
    l('Cosmetics.', '化妆品。'),
    l('Pet products.', '宠物用品。'),
    l('Clearance and final-sale items, free gifts and customised items.', '清仓和最终销售商品、赠品以及定制商品。'),
  ],
  steps: [
    l('Start the return from the order within 30 days of delivery.', '在送达后30天内从订单页面发起退货。'),
    l('Check the policy page of your country\'s site before sending the item.', '寄回商品前查看您所在国家站点的政策页面。'),
  ],
  sources: [{ title: 'SHEIN Return Policy (US)', url: 'https://m.shein.com/us/Return-Policy-a-281.html' }],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of SHEIN. */
export const SHEIN_ENTRIES: readonly RightEntryInput[] = [returns];
