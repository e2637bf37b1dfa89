import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';

/** Mainland China: Consumer Rights Protection Law, E-Commerce Law (rights-facts §1.1, §3). */

export const CN_12315: Channel = {
  id: 'cn-12315',
  name: l('National 12315 platform (12315.cn), hotline 12315', '全国12315平台（12315.cn），热线12315'),
  url: 'https://12315.cn/',
  phone: '12315',
  scope: l(
    'National complaint platform of the market regulator (web, app, WeChat mini-program). Complaints go to the regulator where the operator is located (SAMR Order No. 20); the department must handle a complaint and inform you within 7 working days of receiving it (CRPL art. 46). It works when the operator, or its domestic agent, bonded-warehouse operator or importer, is registered in mainland China; overseas platform entities may be outside its reach. No official cross-border channel of 12315 is known.',
    '市场监管部门的全国投诉平台（网站、App、微信小程序）。投诉由经营者所在地的市场监管部门处理（市场监管总局令第20号）；有关行政部门应当自收到投诉之日起七个工作日内予以处理并告知消费者（消法第四十六条）。当经营者或其境内代理人、保税仓经营者、进口商在中国大陆注册时，该渠道才能发挥作用；境外平台主体可能不在其管辖范围内。目前没有已知的12315官方跨境投诉渠道。',
  ),
  traderScope: 'any',
  confidence: 'medium',
  sources: [
    { title: 'China Justice Observer on the 12315 platform', url: 'https://chinajusticeobserver.com/', siteOnly: true },
    { title: 'heredg.com on 12315 complaints', url: 'https://heredg.com/', siteOnly: true },
  ],
};

const CRPL_SOURCES = [
  { title: 'Consumer Rights Protection Law of the PRC (2013 amendment), official text', url: 'https://www.npc.gov.cn/', siteOnly: true },
  { title: 'LawRefBook/Laws, 民法商法/消费者权益保护法(2013-10-25).md, commit 2f4c5c2' },
];

const INTERIM_MEASURES_SOURCES = [
  {
    title: 'SAMR: 网络购买商品七日无理由退货暂行办法',
    url: 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_26ca8fe29e184edd899fa0a7a060d935.html',
  },
  { title: 'MOJ: 网络购买商品七日无理由退货暂行办法', url: 'https://www.moj.gov.cn/pub/sfbgw/flfggz/flfggzbmgz/201701/t20170124_145952.html' },
];

const noReasonReturn = defineEntry({
  id: 'cn-crpl-art25-no-reason-return',
  kind: 'statutory',
  jurisdiction: 'CN',
  title: l('Seven-day no-reason return (Consumer Rights Protection Law art. 25)', '七日无理由退货（《消费者权益保护法》第二十五条）'),
  summary: l(
    'Goods bought online, by TV, by phone or by mail order may be returned within 7 days of receipt without giving a reason. In practice the 7 days are counted from the day after you sign for the parcel.',
    '通过网络、电视、电话、邮购等方式购买的商品，自收到商品之日起七日内可以无理由退货。实践中从签收次日起计算七天。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'next-day',
  deadlineKind: 'act-by',
  startNote: l('Counted from the day after you sign for the parcel (签收次日); signing is the delivery time (E-Commerce Law art. 51).', '从签收次日起计算；快递签收时间即为交付时间（《电子商务法》第五十一条）。'),
  conditions: [
    l('The goods must be intact (完好): original quality and function preserved; goods, accessories and brand marks complete. Opening the package to inspect, or a reasonable trial to check quality and function, does not make goods "not intact".', '商品应当完好：保持原有品质和功能，商品本身、配件、商标标识齐全。为检查而拆封查验，或为确认品质和功能进行的合理调试，不影响商品完好。'),
    l('Examples of "not intact": food, cosmetics and medical devices with the single-use seal broken; electronics with activation traces or unauthorised repair; clothing with tags removed or soiled.', '"不完好"的例子：食品、化妆品、医疗器械的一次性密封被拆；电子产品有激活痕迹或被非授权维修；服装吊牌被拆或已被污损。'),
    l('You pay the return shipping unless agreed otherwise. The seller refunds within 7 days of receiving the goods back.', '退回商品的运费由消费者承担，另有约定的除外。经营者应当自收到退回商品之日起七日内返还价款。'),
  ],
  exceptions: [
    l('Goods made to your order.', '消费者定作的商品。'),
    l('Fresh and perishable goods.', '鲜活易腐的商品。'),
    l('Digital goods downloaded online, and audio-visual products or software you have unsealed.', '在线下载或者消费者拆封的音像制品、计算机软件等数字化商品。'),
    l('Newspapers and periodicals already delivered.', '交付的报纸、期刊。'),
    l('Other goods unsuitable for return by their nature, but only where you confirmed this when buying. The Interim Measures name: goods whose quality easily changes, or which affect safety or health, once unsealed; goods whose value falls significantly once activated or tried; goods sold as near expiry or with disclosed defects.', '其他根据商品性质不宜退货、并经消费者在购买时确认的商品。《暂行办法》列出的是：拆封后易导致品质改变或影响人身安全、健康的商品；一经激活或试用后价值贬损较大的商品；销售时已明示临近保质期或有瑕疵的商品。'),
  ],
  steps: [
    l('Before paying, look for "支持7天无理由" or "不支持7天无理由" on the product page and capture it: exclusions count only if you confirmed them at purchase.', '付款前查看商品页面上的"支持7天无理由"或"不支持7天无理由"标识并保存截图：排除退货只有在您购买时确认过才有效。'),
    l('Request the return on the platform within the 7 days and keep the goods intact.', '在七天内通过平台申请退货，并保持商品完好。'),
    l('If the seller refuses, ask the platform to step in, then complain to 12315.', '卖家拒绝的，请平台介入处理，然后向12315投诉。'),
  ],
  complaints: [CN_12315],
  sources: [
    ...CRPL_SOURCES.map((s) => ({ ...s, article: 'art. 25' })),
    ...INTERIM_MEASURES_SOURCES,
    { title: 'heredg.com: 2017 explainer on counting from the day after signing', url: 'https://heredg.com/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('Which article of the Interim Measures lists which exclusions (art. 6 or art. 7) is not verified; the Measures are cited here without article numbers. Their 2020 revision (SAMR Order No. 31) is known only from a secondary source.', '《暂行办法》中哪一条列出哪些排除情形（第六条还是第七条）尚未核实，因此此处引用时不标条号。其2020年修订（市场监管总局令第31号）仅见于二手资料。'),
    l('The CRPL Implementing Regulations (State Council Decree No. 778, in force 1 July 2024), art. 19, reportedly forbid sellers to widen the excluded goods on their own; known only from a secondary note.', '据称《消费者权益保护法实施条例》（国务院令第778号，2024年7月1日施行）第十九条禁止经营者擅自扩大不适用无理由退货的商品范围；仅见于二手资料。'),
    l('Whether this article binds overseas sellers in cross-border retail import is not settled by any source.', '该条是否约束跨境电商零售进口中的境外卖家，没有资料给出定论。'),
  ],
});

const qualityReturn = defineEntry({
  id: 'cn-crpl-art24-quality-return',
  kind: 'statutory',
  jurisdiction: 'CN',
  title: l('Return of goods with quality problems (CRPL art. 24)', '商品质量问题退货（《消费者权益保护法》第二十四条）'),
  summary: l(
    'If goods have a quality problem and no state rule or agreement says otherwise, you may return them within 7 days of receipt. After that you may still return them if the legal conditions for terminating the contract are met; otherwise you may demand repair or replacement. The seller pays transport and other necessary costs.',
    '商品存在质量问题，没有国家规定和当事人约定的，消费者可以自收到商品之日起七日内退货；七日后符合法定解除合同条件的，可以及时退货；不符合的，可以要求经营者更换、修理。由此产生的运输等必要费用由经营者承担。',
  ),
  windowDays: 7,
  startsAt: 'delivery',
  counting: 'unspecified',
  deadlineKind: 'act-by',
  steps: [
    l('Photograph or film the defect as soon as you find it, with the parcel label.', '发现问题后立即拍照或录像，并拍下快递面单。'),
    l('Ask the seller in writing, on the platform, for a return with costs paid by the seller (CRPL art. 24).', '通过平台书面要求卖家退货，并由卖家承担运费（消法第二十四条）。'),
    l('If refused, ask the platform to step in, then complain to 12315.', '被拒绝的，请平台介入，然后向12315投诉。'),
  ],
  complaints: [CN_12315],
  sources: CRPL_SOURCES.map((s) => ({ ...s, article: 'art. 24' })),
  confidence: 'high',
});

const platformLiability = defineEntry({
  id: 'cn-crpl-art44-platform-liability',
  kind: 'statutory',
  jurisdiction: 'CN',
  title: l('Claims against the platform (CRPL art. 44, E-Commerce Law art. 38)', '向平台索赔（《消费者权益保护法》第四十四条、《电子商务法》第三十八条）'),
  summary: l(
    'You may claim against the platform if it cannot give the seller\'s real name, address and contact details. The platform is jointly liable if it knew or should have known that the seller infringed your rights and took no measures.',
    '平台不能提供销售者真实名称、地址和有效联系方式的，消费者可以向平台要求赔偿。平台明知或者应知销售者利用其平台侵害消费者合法权益、未采取必要措施的，依法与该销售者承担连带责任。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  conditions: [
    l('In a dispute the operator must produce the original contract and transaction records; losing, forging or withholding them makes it legally liable (E-Commerce Law art. 62).', '发生争议时，经营者应当提供原始合同和交易记录；丢失、伪造或者拒绝提供的，依法承担法律责任（《电子商务法》第六十二条）。'),
    l('Transport risk lies with the seller unless you chose the courier (E-Commerce Law art. 20).', '运输途中的风险由卖家承担，但消费者另行选择快递物流服务的除外（《电子商务法》第二十条）。'),
    l('Dispute routes: negotiation, mediation by a consumer organisation, complaint, arbitration, litigation; platforms must actively assist the consumer (E-Commerce Law arts. 59–63).', '争议解决途径：协商、消费者组织调解、投诉、仲裁、诉讼；平台应当积极协助消费者维权（《电子商务法》第五十九至六十三条）。'),
  ],
  steps: [
    l('Ask the platform in writing for the seller\'s real name, address and contact details.', '书面要求平台提供卖家的真实名称、地址和联系方式。'),
    l('Keep the order and chat records; ask the platform to produce its transaction records if the seller disputes them.', '保存订单和聊天记录；卖家有异议时，要求平台提供交易记录。'),
  ],
  complaints: [CN_12315],
  sources: [
    ...CRPL_SOURCES.map((s) => ({ ...s, article: 'art. 44' })),
    { title: 'LawRefBook/Laws, E-Commerce Law of the PRC (2018)', article: 'arts. 20, 38, 59–63' },
  ],
  confidence: 'high',
});

const fraudCompensation = defineEntry({
  id: 'cn-crpl-art55-fraud-compensation',
  kind: 'statutory',
  jurisdiction: 'CN',
  title: l('Three-fold compensation for fraud (CRPL art. 55)', '欺诈三倍赔偿（《消费者权益保护法》第五十五条）'),
  summary: l(
    'Where the seller committed fraud, you may claim additional compensation of three times the price paid, and at least RMB 500.',
    '经营者提供商品有欺诈行为的，消费者可以要求增加赔偿，金额为购买商品价款的三倍；不足五百元的，为五百元。',
  ),
  windowDays: null,
  startsAt: null,
  counting: 'unspecified',
  deadlineKind: 'act-by',
  steps: [
    l('Keep the listing as shown at purchase (the extension\'s evidence capture) and the goods as received.', '保存购买时显示的商品页面（可用本扩展的取证功能）以及收到的商品。'),
    l('Claim the compensation from the seller in writing; if refused, complain to 12315.', '书面向卖家主张赔偿；被拒绝的，向12315投诉。'),
  ],
  complaints: [CN_12315],
  sources: CRPL_SOURCES.map((s) => ({ ...s, article: 'art. 55' })),
  confidence: 'high',
});

/** Entries of mainland China's general consumer law. */
export const CN_ENTRIES: readonly RightEntryInput[] = [noReasonReturn, qualityReturn, platformLiability, fraudCompensation];
