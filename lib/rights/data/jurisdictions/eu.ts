import type { RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECC_NET, ECONSUMER } from '../channels-international';

/** European Union: Consumer Rights Directive, Sale of Goods Directive (rights-facts §1.2). */

const MEMBER_STATES_NOTE = l(
  'EU directives apply through each member state\'s national law; check your national consumer authority for national details.',
  '欧盟指令通过各成员国的国内法实施；具体细节请向本国消费者保护机构核实。',
);

const withdrawal = defineEntry({
  id: 'eu-crd-withdrawal',
  kind: 'statutory',
  jurisdiction: 'EU',
  title: l('14-day right of withdrawal (Consumer Rights Directive 2011/83/EU, art. 9)', '14天撤回权（欧盟消费者权利指令2011/83/EU第9条）'),
  summary: l(
    'For goods bought at a distance, you may withdraw within 14 days without giving a reason. The period starts on the day you, or a person you name (not the carrier), take physical possession of the goods.',
    '远程购买的商品，您可以在14天内无理由撤回合同。期限从您或您指定的人（承运人除外）实际占有商品之日起算。',
  ),
  windowDays: 14,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  otherWindows: [
    {
      id: 'not-informed',
      label: l(
        'If the trader did not inform you of the right of withdrawal: the period ends 12 months after the end of the original 14 days. If the information reaches you within those 12 months, 14 days run from the day you receive it (art. 10).',
        '如果商家没有告知您撤回权：期限在原14天届满后再延长12个月。如果您在这12个月内收到告知，则从收到之日起重新计算14天（第10条）。',
      ),
      windowMonths: 12,
      windowDays: 14,
      startsAt: 'delivery',
      counting: 'unspecified',
      deadlineKind: 'act-by',
    },
  ],
  conditions: [
    l('Several goods delivered separately: the period starts when the last one arrives. Goods in several lots or pieces: when the last lot or piece arrives. Regular deliveries over a period: when the first one arrives.', '分开交付的多件商品：从最后一件到达时起算。分批或分件交付的商品：从最后一批或最后一件到达时起算。一段时间内定期交付的：从第一次交付时起算。'),
    l('For services, the period starts on the day the contract is concluded.', '服务合同的期限从合同订立之日起算。'),
    l('Custom goods are excepted even if the trader has not yet started making them (CJEU C-529/19 Möbel Kraft, 21 Oct 2020). Choosing among the trader\'s preset options is not personalisation (Commission guidance, as quoted second-hand).', '定制商品即使商家尚未开始制作也属于例外（欧盟法院C-529/19 Möbel Kraft案，2020年10月21日）。在商家预设选项中进行选择不属于个性化定制（欧盟委员会指南，转引自二手资料）。'),
    MEMBER_STATES_NOTE,
  ],
  exceptions: [
    l('Goods made to your specifications or clearly personalised.', '按您的要求制作或明显个性化的商品。'),
    l('Goods liable to deteriorate or expire rapidly.', '容易变质或很快过期的商品。'),
    l('Sealed goods unsuitable for return for health or hygiene reasons, once unsealed.', '出于健康或卫生原因不宜退回的密封商品，在拆封之后。'),
    l('Goods inseparably mixed with other items after delivery.', '交付后与其他物品不可分离地混合的商品。'),
    l('Sealed audio, video or software, once unsealed.', '已拆封的密封音像制品或软件。'),
    l('Newspapers and magazines, except subscriptions.', '报纸和杂志（订阅除外）。'),
    l('Public auctions.', '公开拍卖。'),
    l('Digital content not on a tangible medium, once performance has begun with your consent and acknowledgment.', '非有形载体的数字内容，在经您同意和确认后已开始提供的。'),
  ],
  steps: [
    l('Tell the trader clearly, in writing, that you withdraw from the contract, within the 14 days.', '在14天内以书面形式明确告知商家您撤回合同。'),
    l('Keep proof of when you received the goods, when you sent your withdrawal and when you sent the goods back.', '保留收货时间、发出撤回通知时间和寄回商品时间的证明。'),
    l('If a trader in another EU country, Iceland or Norway does not answer, contact the European Consumer Centre of your country. Do not use the EU ODR platform: it is closed.', '如果位于另一个欧盟国家、冰岛或挪威的商家不回应，请联系您所在国的欧洲消费者中心。不要使用欧盟ODR平台：它已关闭。'),
  ],
  complaints: [ECC_NET, ECONSUMER],
  sources: [
    { title: 'Directive 2011/83/EU (legislation.gov.uk copy)', url: 'https://www.legislation.gov.uk/eudr/2011/83/article/9', article: 'art. 9' },
    { title: 'European e-Justice Portal (title of art. 10)', url: 'https://e-justice.europa.eu/', siteOnly: true, article: 'art. 10' },
    { title: 'mvvp.be on the art. 16 exceptions and C-529/19', url: 'https://mvvp.be/', siteOnly: true, article: 'art. 16' },
    { title: 'Garrigues on C-529/19 Möbel Kraft', url: 'https://garrigues.com/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('Refunds (arts. 13–14): the trader refunds all payments, including standard delivery, within 14 days of being told, and may wait until the goods are back or you show proof of dispatch; you send the goods back within 14 days and pay the direct return cost if told so in advance; you are liable for loss of value from handling beyond what is needed to check the goods.', '退款（第13–14条）：商家在收到撤回通知后14天内退还所有款项（含标准运费），并可在收回商品或您出示寄回凭证前暂缓退款；您应在14天内寄回商品，并在事先被告知的情况下承担直接退货费用；超出检查所需的使用造成的贬值由您负责。'),
    l('Buying from a non-EU trader (Temu, Shein, AliExpress…): if the trader directs its activity to your country, a choice-of-law clause cannot remove the protection of your home law (Rome I art. 6), and you may sue in your home courts (Brussels I bis arts. 17–18). Enforcing against a non-EU trader can still be difficult.', '向欧盟以外的商家（Temu、Shein、速卖通等）购买：如果商家面向您的国家开展经营，法律选择条款不能剥夺您本国法律的保护（罗马条例I第6条），您可以在本国法院起诉（布鲁塞尔条例I修订版第17–18条）。但对欧盟以外商家的执行仍可能很困难。'),
    l('The 12-month extension (art. 10) is well established, but the article text itself was not checked.', '12个月的延长期（第10条）是公认规则，但条文原文未经核对。'),
    l('Whether the hygiene exception covers a mattress whose protective film was removed (CJEU C-681/17 slewo): the outcome that it can still be returned is not verified.', '卫生例外是否适用于拆除了保护膜的床垫（欧盟法院C-681/17 slewo案）："仍可退货"这一结论未经核实。'),
  ],
});

const legalGuarantee = defineEntry({
  id: 'eu-legal-guarantee',
  kind: 'statutory',
  jurisdiction: 'EU',
  title: l('Legal guarantee of conformity: at least 2 years (Sale of Goods Directive (EU) 2019/771)', '法定合格保证：至少2年（欧盟商品销售指令2019/771）'),
  summary: l(
    'The seller is liable for a lack of conformity that appears within at least 2 years of delivery. Member states may set longer periods, so 2 years is a minimum, not a maximum.',
    '对于交付后至少2年内出现的不符合约定的问题，卖家承担责任。成员国可以规定更长的期限，因此2年是最低期限而不是上限。',
  ),
  windowDays: null,
  windowMonths: 24,
  atLeast: true,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('Applies since 1 Jan 2022.', '自2022年1月1日起适用。'),
    l('National periods differ: your country may give you longer.', '各国期限不同：您的国家可能给予更长期限。'),
    l('AliExpress\'s own promotional page acknowledges a 2-year legal conformity warranty for most EU countries.', '速卖通自己的促销页面承认在大多数欧盟国家提供2年法定合格保证。'),
  ],
  steps: [
    l('Tell the seller in writing what is wrong and when it appeared, with photos.', '书面告知卖家问题是什么、何时出现，并附照片。'),
    l('Ask for repair or replacement; keep the exchange in writing.', '要求修理或更换；往来沟通保留书面记录。'),
  ],
  complaints: [ECC_NET, ECONSUMER],
  sources: [
    { title: 'adrcyprus.com on Directive (EU) 2019/771 (applies since 1 Jan 2022)', url: 'https://adrcyprus.com/', siteOnly: true },
    { title: 'AliExpress promotional page (sale.aliexpress.com)', url: 'https://sale.aliexpress.com/', siteOnly: true },
  ],
  confidence: 'medium',
  claimUnverified: true,
  unverified: [
    l('Art. 10 (liability for at least 2 years from delivery, longer periods allowed) was not checked against the directive\'s text.', '第10条（自交付起至少2年的责任，允许更长期限）未对照指令原文核实。'),
    l('Art. 11: a defect appearing within 1 year is presumed to have existed at delivery; member states may extend this to 2 years. Not checked against the text.', '第11条：交付后1年内出现的缺陷推定在交付时已存在；成员国可延长至2年。未对照原文核实。'),
  ],
});

/** Entries of the European Union. */
export const EU_ENTRIES: readonly RightEntryInput[] = [withdrawal, legalGuarantee];
