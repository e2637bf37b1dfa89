import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/**
 * Shopee Guarantee (rights-facts §2, evidence rules §4.1). Rules are per
 * country; only Malaysia and the Philippines are sourced, so each is its own
 * entry limited to that country's site.
 */

const PAYMENT_HELD = l(
  'Payment is held until you confirm receipt or the window ends. Rules of other Shopee countries are not verified.',
  '货款由平台保管，直到您确认收货或期限届满。其他国家/地区的Shopee规则未经核实。',
);

const EVIDENCE_STEPS = [
  l('Film one continuous, unedited unboxing video showing all sides of the unopened parcel, a clear air waybill and every item.', '拍摄一段连续、未经剪辑的开箱视频，展示未拆封包裹的各个面、清晰的运单和每一件商品。'),
  l('Keep the waybill readable (tracking number, order ID, buyer name and address, seller details, barcode), close-ups of any defect, and the chat with the seller.', '保留清晰可读的运单（物流单号、订单号、买家姓名和地址、卖家信息、条形码）、缺陷特写以及与卖家的聊天记录。'),
  l('Wrong item: a screenshot of the seller\'s listing and a photo of the item being measured. Missing item: the parcel on a scale. Files: no blur; up to 10 MB per photo and 30 MB / 1 minute per video.', '发错货：卖家商品页面截图和商品测量照片。少件：包裹称重照片。文件：不要模糊；照片每张不超过10MB，视频不超过30MB/1分钟。'),
];

const EVIDENCE_SOURCES = [
  { title: 'Shopee Malaysia help, article 78639 (evidence)', url: 'https://help.shopee.com.my/', siteOnly: true, article: 'article 78639' },
  { title: 'Shopee Philippines help, article 81183 (evidence)', url: 'https://help.shopee.ph/', siteOnly: true, article: 'article 81183' },
  { title: 'Shopee Singapore help, article 76632 (evidence)', url: 'https://help.shopee.sg/', siteOnly: true, article: 'article 76632' },
];

const malaysia = defineEntry({
  id: 'shopee-guarantee-my',
  kind: 'platform',
  platform: 'shopee',
  title: l('Shopee Guarantee (Malaysia)', 'Shopee担保（马来西亚）'),
  summary: l(
    'The Shopee Guarantee period is 3 days for regular sellers and 15 days for Shopee Mall, with a one-time 3-day extension if the order has not arrived. Raise any problem before it ends.',
    'Shopee担保期：普通卖家3天，Shopee商城15天；订单未送达的可一次性延长3天。请在期限结束前提出问题。',
  ),
  windowDays: 3,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('The source does not say what starts the period; the order page shows the countdown.', '资料未说明期限从何时起算；订单页面会显示倒计时。'),
  otherWindows: [
    {
      id: 'mall',
      label: l('Shopee Mall: 15 days.', 'Shopee商城：15天。'),
      windowDays: 15,
      startsAt: null,
      counting: 'unspecified',
      deadlineKind: 'act-by',
      startNote: l('See the countdown on the order page.', '请查看订单页面的倒计时。'),
    },
  ],
  conditions: [PAYMENT_HELD],
  steps: [
    l('Do not confirm receipt until you have checked the parcel.', '检查包裹之前不要确认收货。'),
    l('If the order has not arrived, use the one-time 3-day extension.', '订单未送达的，使用一次性3天延长。'),
    ...EVIDENCE_STEPS,
  ],
  sources: [{ title: 'Shopee Malaysia help, article 78775 (Shopee Guarantee)', url: 'https://help.shopee.com.my/', siteOnly: true, article: 'article 78775' }, ...EVIDENCE_SOURCES],
  confidence: 'high',
  liveCheck: true,
  appliesWhen: { siteRegions: ['MY'] },
});

const philippines = defineEntry({
  id: 'shopee-guarantee-ph',
  kind: 'platform',
  platform: 'shopee',
  title: l('Shopee Guarantee (Philippines)', 'Shopee担保（菲律宾）'),
  summary: l(
    'Returns window: 7 days from delivery for regular sellers, 15 days for Shopee Mall. Buyer confirmation time: 3 / 7 days. Change of mind only for items labelled eligible.',
    '退货期：普通卖家自送达起7天，Shopee商城15天。买家确认收货时间：3天/7天。只有标明符合条件的商品才能因改变主意退货。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'mall',
      label: l('Shopee Mall: 15 days from delivery.', 'Shopee商城：自送达起15天。'),
      windowDays: 15,
      startsAt: 'delivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [PAYMENT_HELD],
  steps: [l('Request the return from the order before the window ends.', '在期限结束前从订单页面申请退货。'), ...EVIDENCE_STEPS],
  sources: [{ title: 'Shopee Philippines help: What is Shopee Guarantee', url: 'https://help.shopee.ph/', siteOnly: true }, ...EVIDENCE_SOURCES],
  confidence: 'high',
  liveCheck: true,
  appliesWhen: { siteRegions: ['PH'] },
});

/** Entries of Shopee. */
export const SHOPEE_ENTRIES: readonly RightEntryInput[] = [malaysia, philippines];
