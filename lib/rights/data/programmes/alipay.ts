import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/**
 * Alipay (rights-facts §2): no source for escrow or auto-confirm periods,
 * and the research says not to ship Alipay day counts until verified. The
 * one sourced fact is E-Commerce Law art. 57 on unauthorised payments.
 */
const alipay = defineEntry({
  id: 'alipay-payment-protection',
  kind: 'payment',
  platform: 'alipay',
  title: l('Alipay: unauthorised payments (E-Commerce Law art. 57); escrow periods not verified', '支付宝：未授权支付（《电子商务法》第五十七条）；担保交易期限未经核实'),
  summary: l(
    'Under E-Commerce Law art. 57, losses from unauthorised payments fall on the payment provider unless you were at fault. No reliable source gives Alipay\'s escrow or auto-confirm periods, so no day count is shown.',
    '根据《电子商务法》第五十七条，未经授权的支付造成的损失由支付服务提供者承担，但能够证明是用户过错的除外。没有可靠资料说明支付宝担保交易或自动确认收货的期限，因此这里不显示天数。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  steps: [
    l('Do not confirm receipt (确认收货) before you have checked the goods, and watch the auto-confirm countdown in the order.', '检查商品之前不要确认收货，并留意订单中的自动确认收货倒计时。'),
    l('If a payment was not made by you, report it to Alipay and keep the records.', '如果某笔付款不是您本人操作的，向支付宝报告并保留记录。'),
  ],
  sources: [
    { title: 'LawRefBook/Laws, E-Commerce Law of the PRC (2018)', article: 'art. 57' },
    { title: 'Alipay rules site (named by the research as where to verify; not checked)', url: 'https://render.alipay.com/', siteOnly: true },
  ],
  confidence: 'unverified',
  unverified: [
    l('General model: on Taobao and Tmall, the money is held until you confirm receipt (确认收货) or receipt is confirmed automatically after a set period, which you can extend.', '一般模式：在淘宝和天猫上，货款由平台保管，直到您确认收货，或在一定期限后自动确认收货；该期限可以延长。'),
  ],
});

/** Entries of Alipay. */
export const ALIPAY_ENTRIES: readonly RightEntryInput[] = [alipay];
