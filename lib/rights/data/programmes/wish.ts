import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Wish returns and Money Back Guarantee (rights-facts §2; ownership changed in 2024). */
const returns = defineEntry({
  id: 'wish-returns-money-back',
  kind: 'platform',
  platform: 'wish',
  title: l('Wish returns and Money Back Guarantee', 'Wish退货和退款保证'),
  summary: l(
    'Request a return or refund within 30 days of the delivery date. For non-delivery, request within 30 days after the maximum delivery date.',
    '在送达日期后30天内申请退货或退款。未送达的，在最晚送达日期后30天内申请。',
  ),
  windowDays: 30,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'non-delivery',
      label: l('Not delivered: within 30 days after the maximum delivery date.', '未送达：在最晚送达日期后30天内。'),
      windowDays: 30,
      startsAt: 'estimatedDelivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    l('Wish changed owners in 2024 and its policies may have changed. Clone sites quote 90 days; disregard them.', 'Wish于2024年易主，政策可能已变。仿冒网站称90天，请勿采信。'),
  ],
  steps: [l('Request the return or refund from the order within the 30 days.', '在30天内从订单页面申请退货或退款。')],
  sources: [{ title: 'Wish customer support help article', url: 'https://cs-help.wish.com/hc/en-us/articles/360028449191' }],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of Wish. */
export const WISH_ENTRIES: readonly RightEntryInput[] = [returns];
