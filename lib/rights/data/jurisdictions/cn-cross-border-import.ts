import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';
import { CN_12315 } from './cn';

/**
 * Mainland China, cross-border retail import (跨境电商零售进口): Chinese
 * shoppers buying from overseas sellers via Tmall Global, JD Worldwide and
 * similar (rights-facts §1.1). Its own file because it is a separate regime
 * with much weaker sources than the general consumer law in `cn.ts`.
 */

/** Notice 486, cited in the research by this gov.cn URL (page itself not checked there). */
export const NOTICE_486_SOURCE = {
  title: '商财发〔2018〕486号 (MOFCOM and five other departments, effective 1 Jan 2019)',
  url: 'https://www.gov.cn/zhengce/zhengceku/2018-12/31/content_5437823.htm',
};

const crossBorderImport = defineEntry({
  id: 'cn-cross-border-retail-import',
  kind: 'statutory',
  jurisdiction: 'CN',
  title: l('Cross-border retail import: no universal no-reason return', '跨境电商零售进口：没有统一的无理由退货权'),
  summary: l(
    'Goods bought through cross-border retail import (Tmall Global, JD Worldwide and similar) are supervised as personal-use articles. A 7-day no-reason return is not guaranteed for them: it depends on the platform and on the label of the item.',
    '通过跨境电商零售进口（天猫国际、京东国际等）购买的商品按个人自用进境物品监管。这类商品不一定享有七日无理由退货：取决于平台规则和商品标识。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'customs-return',
      label: l(
        'Customs return: request the return within 30 days of release of the declaration list (申报清单); the goods must be back at the original customs-supervised site within 45 days. If both limits are met, taxes are not levied or are refunded and your annual quota is restored.',
        '海关退货：自申报清单放行之日起30日内申请退货，并在45日内将商品运抵原海关监管场所。两个期限都满足的，不征税或退税，并恢复个人年度交易限值。',
      ),
      windowDays: 30,
      startsAt: null,
      counting: 'unspecified',
      deadlineKind: 'act-by',
      startNote: l('From the release of the customs declaration list; the extension does not know this date (see the order\'s customs status).', '自申报清单放行之日起计算；本扩展不知道这个日期（请查看订单的清关状态）。'),
    },
  ],
  conditions: [
    l('Limits: RMB 5,000 per transaction and RMB 26,000 per person per year (财关税〔2018〕49号).', '限值：单次交易5000元，个人年度交易26000元（财关税〔2018〕49号）。'),
    l('The goods are supervised as personal-use articles, with no first-import licence, registration or filing requirement; you may not resell them.', '商品按个人自用进境物品监管，不执行首次进口许可批件、注册或备案要求；消费者不得再次销售。'),
    l('A typical purchase notice (告知书) says: the goods follow the standards of the country of origin, which may differ from Chinese standards; they may carry no Chinese label; they are for personal use only; the real-name identities of orderer, payer and recipient must match.', '常见的消费者告知书说明：商品符合原产地标准，可能与我国标准不同；可能没有中文标签；仅限个人自用；订购人、支付人、收件人的实名身份信息须一致。'),
    l('Tmall Global items carrying the "Cross-border Refunds" (跨境退货) logo can be returned without reason within 7 days after signing; other items may not.', '带有天猫国际"跨境退货"标识的商品，可在签收后七天内无理由退货；其他商品不一定可以。'),
  ],
  steps: [
    l('Before paying, look for "支持7天无理由" / "不支持7天无理由" and any cross-border refund label on the item, and capture it at checkout.', '付款前查看商品上的"支持7天无理由"/"不支持7天无理由"以及跨境退货标识，并在结算时截图。'),
    l('Do not confirm receipt before checking the goods.', '检查商品之前不要确认收货。'),
    l('If the platform does not help, 12315 can act only when the operator, its domestic agent, bonded-warehouse operator or importer is registered in mainland China.', '平台不处理的，只有当经营者或其境内代理人、保税仓经营者、进口商在中国大陆注册时，12315才能处理。'),
  ],
  complaints: [CN_12315, ECONSUMER],
  sources: [
    NOTICE_486_SOURCE,
    { title: '财关税〔2018〕49号 (transaction limits), as given in repository notes and a shop\'s purchase-notice template' },
    { title: 'US-China Health Products Association, citing cifnews: Tmall Global "Cross-border Refunds" (10 Sep 2020, effective 30 Sep 2020)', url: 'https://uschinahpa.org/', siteOnly: true },
  ],
  confidence: 'low',
  appliesWhen: { sellerLocation: 'foreign' },
  unverified: [
    l('The customs return limits (30 and 45 days) come from one unattributed platform-policy excerpt; their attribution to GACC Announcement 2018 No. 194 is not verified.', '海关退货期限（30日和45日）仅来自一段未注明出处的平台规则摘录；其出自海关总署2018年第194号公告一说未经核实。'),
    l('Notice 486 reportedly also gives cross-border platforms and sellers duties of consumer-rights protection, returns service, recalls and advance compensation (先行赔付) by the platform; not checked against the gov.cn text.', '据称486号文还规定了跨境平台和商家的消费者权益保障、退货服务、召回以及平台先行赔付等责任；尚未对照gov.cn原文核实。'),
    l('No source settles whether CRPL art. 25 (7-day no-reason return) binds overseas sellers under this import model.', '没有资料能确定《消费者权益保护法》第二十五条（七日无理由退货）是否约束这种进口模式下的境外卖家。'),
  ],
});

/** Entries of cross-border retail import into mainland China. */
export const CN_CROSS_BORDER_ENTRIES: readonly RightEntryInput[] = [crossBorderImport];
