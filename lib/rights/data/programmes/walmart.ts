import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Walmart Marketplace Promise and seller return standards (rights-facts §2; pages may be old). */
const promise = defineEntry({
  id: 'walmart-marketplace-promise',
  kind: 'platform',
  platform: 'walmart',
  title: l('Walmart Marketplace Promise', '沃尔玛第三方卖家承诺（Marketplace Promise）'),
  summary: l(
    'If a Marketplace item has not arrived 3 days after the estimated delivery date, you can ask Walmart for help; requests are accepted for 90 days after the last estimated delivery date. The seller gets 24 hours (48 hours in another copy of the page) to fix it before Walmart decides.',
    '第三方卖家的商品在预计送达日期3天后仍未送达的，您可以请沃尔玛帮助；在最后预计送达日期后90天内均可申请。卖家有24小时（另一版本页面为48小时）处理，之后由沃尔玛决定。',
  ),
  windowDays: 90,
  startsAt: 'estimatedDelivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'claim-opens',
      label: l('The Promise applies once the item has not arrived 3 days after the estimated delivery date.', '商品在预计送达日期3天后仍未送达时，承诺开始适用。'),
      windowDays: 3,
      startsAt: 'estimatedDelivery',
      counting: 'unspecified',
      deadlineKind: 'available-after',
    },
    {
      id: 'seller-returns',
      label: l('Seller minimum standard: at least a 30-day return window (certain electronics excluded); a newer seller page says it starts 7 days after the ship date.', '卖家最低标准：至少30天退货期（部分电子产品除外）；较新的卖家页面称从发货日后第7天起算。'),
      windowDays: 30,
      startsAt: null,
      counting: 'unspecified',
      deadlineKind: 'act-by',
      startNote: l('Starts 7 days after the ship date (newer seller-academy page); the extension does not track the ship date.', '从发货日后第7天起算（较新的卖家学院页面）；本扩展不记录发货日期。'),
    },
  ],
  conditions: [
    l('Restocking fee at most 20%; per the newer seller page, sellers may not charge for return shipping.', '重新上架费最多20%；根据较新的卖家页面，卖家不得收取退货运费。'),
    l('The Promise page was generated in 2019; check the live page.', '承诺页面生成于2019年；请查看最新页面。'),
  ],
  steps: [
    l('If the item is 3 days late, contact the seller and then Walmart.', '商品延迟3天的，先联系卖家，再联系沃尔玛。'),
    l('Make the request within 90 days of the last estimated delivery date.', '在最后预计送达日期后90天内提出申请。'),
  ],
  sources: [
    { title: 'Walmart help a_id=4093 (Walmart Marketplace Promise)', url: 'https://help.walmart.com/', siteOnly: true, article: 'a_id=4093', asOf: 'page generated 2019' },
    { title: 'Walmart help a_id=3039 (minimum return standards)', url: 'https://help.walmart.com/', siteOnly: true, article: 'a_id=3039' },
    { title: 'Walmart Marketplace Learn (seller academy)', url: 'https://marketplacelearn.walmart.com/', siteOnly: true },
  ],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of Walmart. */
export const WALMART_ENTRIES: readonly RightEntryInput[] = [promise];
