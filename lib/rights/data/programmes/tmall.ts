import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { NOTICE_486_SOURCE } from '../jurisdictions/cn-cross-border-import';

/** Tmall Global "Cross-border Refunds" (跨境退货) (rights-facts §1.1, §2). */
const crossBorderRefunds = defineEntry({
  id: 'tmall-global-cross-border-refunds',
  kind: 'platform',
  platform: 'tmall',
  title: l('Tmall Global "Cross-border Refunds" (跨境退货)', '天猫国际"跨境退货"服务'),
  summary: l(
    'Only for merchants who opted in (the item shows the logo): you may request a no-reason return within 7 days after signing for the goods. A 7-day no-reason return is not guaranteed for other cross-border items.',
    '仅适用于加入该服务的商家（商品带有标识）：签收后7天内可以申请无理由退货。其他跨境商品不一定享有七日无理由退货。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'next-day',
  deadlineKind: 'act-by',
  startNote: l('Within 7 days after signing for the goods.', '签收后7天内。'),
  conditions: [
    l('Service specification announced 10 Sep 2020, effective 30 Sep 2020.', '服务规范于2020年9月10日公布，2020年9月30日生效。'),
    l('Customs return limits (low confidence): request within 30 days of release of the declaration list; goods back at the customs-supervised site within 45 days.', '海关退货期限（可信度低）：自申报清单放行起30日内申请，45日内运抵海关监管场所。'),
  ],
  steps: [
    l('Check for the "Cross-border Refunds" logo on the item before paying, and capture it.', '付款前查看商品是否带有"跨境退货"标识，并截图保存。'),
    l('Do not confirm receipt before checking the goods; request the return within the 7 days.', '检查商品前不要确认收货；在7天内申请退货。'),
  ],
  sources: [
    { title: 'US-China Health Products Association, citing cifnews (Tmall Global cross-border refunds)', url: 'https://uschinahpa.org/', siteOnly: true },
    NOTICE_486_SOURCE,
  ],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of Tmall (Tmall Global). */
export const TMALL_ENTRIES: readonly RightEntryInput[] = [crossBorderRefunds];
