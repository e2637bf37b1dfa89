import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Etsy Purchase Protection (rights-facts §2). */
const purchaseProtection = defineEntry({
  id: 'etsy-purchase-protection',
  kind: 'platform',
  platform: 'etsy',
  title: l('Etsy Purchase Protection', 'Etsy购物保障'),
  summary: l(
    'Once the estimated delivery date (or ship-by date) has passed and at least 48 hours have passed since you messaged the seller via "Help with order", you have 100 days to open a case for non-delivery, not as described, damaged or late items.',
    '当预计送达日期（或最晚发货日期）已过，且您通过"订单帮助"联系卖家已满48小时后，您有100天时间就未送达、货不对板、损坏或延迟送达的商品提出申诉。',
  ),
  windowDays: 100,
  startsAt: 'estimatedDelivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('From when you become eligible: the estimated delivery date has passed and 48 hours have passed since you messaged the seller. The date shown counts from the estimated delivery date, so it may be a little early.', '从您具备申诉资格时起算：预计送达日期已过，且联系卖家已满48小时。这里显示的日期从预计送达日期起算，因此可能略早。'),
  conditions: [
    l('Coverage cap (as of that page version): $250, doubled to $500 for orders placed 1 Nov–31 Dec; orders above $500 are not eligible.', '保障上限（以该页面版本为准）：250美元，11月1日至12月31日下的订单加倍至500美元；超过500美元的订单不在保障范围内。'),
    l('A third-party blog says 30 days; Etsy\'s own page (100 days) prevails.', '某第三方博客称30天；以Etsy官方页面（100天）为准。'),
  ],
  steps: [
    l('Message the seller via "Help with order" and wait 48 hours.', '通过"订单帮助"联系卖家并等待48小时。'),
    l('Open the case within 100 days of becoming eligible.', '在具备资格后100天内提出申诉。'),
  ],
  sources: [
    { title: 'Etsy Help (seller view)', url: 'https://help.etsy.com/hc/en-us/articles/360016126873' },
    { title: 'Etsy Help (buyer view)', url: 'https://help.etsy.com/hc/en-us/articles/5745586898199' },
    { title: 'Etsy Purchase Protection', url: 'https://www.etsy.com/etsy-purchase-protection' },
  ],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of Etsy. */
export const ETSY_ENTRIES: readonly RightEntryInput[] = [purchaseProtection];
