import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/**
 * Lazada returns (rights-facts §2). The research's two sources carry no URL
 * (an apparent staging Zendesk page, a 2023 PH seller community page), so the
 * only link is the live site, labelled as such: the shopper must check there.
 */
const returns = defineEntry({
  id: 'lazada-returns',
  kind: 'platform',
  platform: 'lazada',
  title: l('Lazada returns', 'Lazada退货政策'),
  summary: l(
    'Sources (low confidence) give 7 days from delivery for Marketplace, LazGlobal and Taobao items, and 30 days from delivery for LazMall and Choice. The window varies by country and seller type: check the live return policy of your country\'s site.',
    '资料（可信度低）显示：普通商家、LazGlobal和淘宝商品自送达起7天，LazMall和Choice自送达起30天。期限因国家和卖家类型而异：请查看您所在国家站点的最新退货政策。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'lazmall',
      label: l('LazMall and Choice: 30 days from delivery.', 'LazMall和Choice：自送达起30天。'),
      windowDays: 30,
      startsAt: 'delivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    l('Older pages say 15 days.', '较早的页面写的是15天。'),
  ],
  steps: [
    l('Check the return policy on your country\'s Lazada site before relying on these days.', '在依赖这些天数之前，先查看您所在国家Lazada站点的退货政策。'),
    l('Request the return from the order before the window ends.', '在期限结束前从订单页面申请退货。'),
  ],
  sources: [
    { title: '"Lazada\'s Return Info" (a Zendesk page that appears to be a staging site; no URL recorded)' },
    { title: 'Lazada PH seller community page, 2023 (no URL recorded)' },
    { title: 'Lazada live site — the research recorded no help-page URL; check the return policy there', url: 'https://www.lazada.com.ph/', siteOnly: true },
  ],
  confidence: 'low',
  liveCheck: true,
});

/** Entries of Lazada. */
export const LAZADA_ENTRIES: readonly RightEntryInput[] = [returns];
