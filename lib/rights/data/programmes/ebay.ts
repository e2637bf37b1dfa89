import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** eBay Money Back Guarantee (rights-facts §2). */
const moneyBack = defineEntry({
  id: 'ebay-money-back-guarantee',
  kind: 'platform',
  platform: 'ebay',
  title: l('eBay Money Back Guarantee', 'eBay退款保证'),
  summary: l(
    'Contact the seller within 30 days of the actual or estimated delivery date. If it is not resolved after 3 business days, ask eBay to step in; eBay decides in about 48 hours. Covers the item price plus original shipping.',
    '在实际或预计送达日期后30天内联系卖家。3个工作日后仍未解决的，请eBay介入；eBay通常在约48小时内作出决定。保障商品价格及原始运费。',
  ),
  windowDays: 30,
  startsAt: 'delivery',
  startAlt: { event: 'estimatedDelivery', use: 'if-missing' },
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('You may appeal within 30 days of the case closing, with new information — for example photos showing the item does not match the listing, tracking proving the seller received the return, proof of delivery to the wrong address, or a police report.', '可以在案件关闭后30天内提出申诉，但必须提供新信息——例如显示商品与描述不符的照片、证明卖家已收到退货的物流信息、送错地址的证明或警方报告。'),
  ],
  exceptions: [
    l('Vehicles, real estate, businesses and domains.', '车辆、房地产、企业和域名。'),
    l('Digital content.', '数字内容。'),
    l('Industrial equipment.', '工业设备。'),
    l('Vouchers.', '代金券。'),
  ],
  steps: [
    l('Contact the seller through eBay within the 30 days.', '在30天内通过eBay联系卖家。'),
    l('After 3 business days without a fix, ask eBay to step in.', '3个工作日仍未解决的，请eBay介入。'),
  ],
  sources: [
    { title: 'eBay Money Back Guarantee policy', url: 'https://www.ebay.com/help/policies/ebay-money-back-guarantee-policy/ebay-money-back-guarantee-policy?id=4210' },
    { title: 'eBay.ca buyer protection', url: 'https://pages.ebay.ca/buyer-protection/m-app-ebp.html' },
    { title: 'eBay: appealing a decision', url: 'https://www.ebay.com/help/buying/default/appealing-decision-buyer?id=4039' },
  ],
  confidence: 'high',
  liveCheck: true,
});

/** Entries of eBay. */
export const EBAY_ENTRIES: readonly RightEntryInput[] = [moneyBack];
