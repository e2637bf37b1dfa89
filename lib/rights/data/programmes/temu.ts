import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Temu returns and Purchase Protection (rights-facts §2; US pages, EU/UK versions not checked). */
const returns = defineEntry({
  id: 'temu-returns-purchase-protection',
  kind: 'platform',
  platform: 'temu',
  title: l('Temu returns and Purchase Protection', 'Temu退货政策和购物保障'),
  summary: l(
    'Most items can be returned within 90 days after the day of purchase; the first return per order is free. Purchase Protection gives a full refund if the item cannot be delivered, arrives late or damaged, is lost, or does not match the description (you may have to send it back).',
    '大多数商品可在购买日后90天内退货；每个订单的首次退货免费。购物保障：商品无法送达、延迟送达、损坏、丢失或与描述不符的，可全额退款（可能需要寄回商品）。',
  ),
  windowDays: 90,
  startsAt: 'order',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('Send the package back within 14 days of submitting the return.', '提交退货申请后14天内寄出包裹。'),
    l('Based on US pages (one dated "Last Updated: November 2, 2022"); the EU and UK versions were not checked and may differ.', '依据的是美国站页面（其中一页注明"最后更新：2022年11月2日"）；欧盟和英国版本未经核对，可能不同。'),
  ],
  exceptions: [
    l('Clothing that was worn or washed, or has its tags or hygiene sticker removed.', '穿过或洗过、或吊牌、卫生贴已被撕掉的服装。'),
    l('Items labelled non-returnable.', '标明不可退货的商品。'),
    l('Free gifts.', '赠品。'),
  ],
  steps: [
    l('Start the return from the order within the 90 days.', '在90天内从订单页面发起退货。'),
    l('Ship the parcel within 14 days of submitting the return and keep the receipt.', '提交退货后14天内寄出包裹并保留寄件凭证。'),
  ],
  sources: [
    { title: 'Temu Return and Refund Policy (US)', url: 'https://www.temu.com/return-and-refund-policy.html', asOf: 'Last Updated: November 2, 2022' },
    { title: 'Temu Purchase Protection (US)', url: 'https://www.temu.com/temu-purchase-protection.html' },
  ],
  confidence: 'medium',
  liveCheck: true,
});

/** Entries of Temu. */
export const TEMU_ENTRIES: readonly RightEntryInput[] = [returns];
