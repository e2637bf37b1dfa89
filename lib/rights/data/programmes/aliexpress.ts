import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/**
 * AliExpress Buyer Protection (rights-facts §2). No current first-party page
 * was available; the windows changed over the years, so the entry states the
 * versions side by side and points the shopper to the countdown in the order.
 */
const buyerProtection = defineEntry({
  id: 'aliexpress-buyer-protection',
  kind: 'platform',
  platform: 'aliexpress',
  title: l('AliExpress Buyer Protection', '速卖通买家保护'),
  summary: l(
    'Covers non-arrival, damaged items and items not as described. Current help reproductions say protection lasts 15 days from confirming receipt. Do not confirm receipt before checking the goods, and open the dispute before the protection countdown in the order ends.',
    '保障未收到货、商品损坏和货不对板。目前转载的帮助页面称保护期为确认收货后15天。检查商品之前不要确认收货，并在订单中的保护倒计时结束前发起纠纷。',
  ),
  windowDays: 15,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From when you confirm receipt in the order; the order page shows the countdown.', '从您在订单中确认收货时起算；订单页面会显示倒计时。'),
  conditions: [
    l('Return cost: you pay on a change of mind; the store pays for defective, not-as-described or wrong items.', '退货运费：因改变主意退货由您承担；商品有缺陷、货不对板或发错货的由店铺承担。'),
    l('The refund arrives in 1–10 working days.', '退款在1–10个工作日内到账。'),
    l('Versions differ. The promotional page says protection starts on the day the seller ships, with "Refund in 15 days", and some sellers offer "30 days free return". Older official help allowed a dispute from 5 days after shipment until order completion, with 15 days of negotiation before the Case Management Team took over. An older "Free Return" service gave an extra 15 days after the on-time delivery date and one free local return per order.', '各版本说法不同。促销页面称保护从卖家发货之日开始，"15天内退款"，部分卖家提供"30天免费退货"。旧版官方帮助允许从发货后5天起到订单完成前发起纠纷，协商15天后由纠纷处理团队介入。旧版"免费退货"服务在按时送达日期后额外给予15天，每个订单一次免费本地退货。'),
    l('For most EU countries, AliExpress\'s promotional page acknowledges a 14-day free right to return and a 2-year legal conformity warranty, with the buyer paying the return cost.', '对大多数欧盟国家，速卖通促销页面承认14天免费退货权和2年法定合格保证，退货费用由买家承担。'),
  ],
  exceptions: [
    l('Items you damaged.', '您自己损坏的商品。'),
    l('Personalised or custom items.', '个性化或定制商品。'),
    l('Perishables.', '易腐商品。'),
    l('Hygiene items.', '卫生用品。'),
  ],
  steps: [
    l('Do not confirm receipt before you have checked the goods.', '检查商品之前不要确认收货。'),
    l('Contact the store first.', '先联系店铺。'),
    l('Open a refund, or return-and-refund, request under Account > Orders, with pictures, screenshots or video, before the countdown ends.', '在倒计时结束前，于"账户 > 订单"中提交退款或退货退款申请，并附上图片、截图或视频。'),
  ],
  sources: [
    { title: 'AliExpress help as reproduced on chinaparcels.com', url: 'https://chinaparcels.com/', siteOnly: true },
    { title: 'AliExpress help as reproduced on lilianshops.com', url: 'https://lilianshops.com/', siteOnly: true },
    { title: 'AliExpress promotional page (sale.aliexpress.com)', url: 'https://sale.aliexpress.com/', siteOnly: true },
    { title: 'Older official help: buyer protection process', url: 'https://activities.aliexpress.com/adcms/help-aliexpress-com/buyer_protection_process.php' },
  ],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of AliExpress. */
export const ALIEXPRESS_ENTRIES: readonly RightEntryInput[] = [buyerProtection];
