import type { Channel, RightEntryInput } from '@/lib/rights/schema';
import { defineEntry, l } from '../define';
import { ECONSUMER } from '../channels-international';

/** Brazil: Consumer Defence Code (rights-facts §1.12, §3). */

export const BR_CONSUMIDOR: Channel = {
  id: 'br-consumidor-gov',
  name: l('consumidor.gov.br (Senacon); state Procons', 'consumidor.gov.br（巴西国家消费者秘书处）；各州 Procon'),
  url: 'https://consumidor.gov.br/',
  scope: l('Consumer complaints platform of Senacon; state consumer agencies (Procon) also take complaints.', '巴西国家消费者秘书处的消费者投诉平台；各州消费者保护机构（Procon）也受理投诉。'),
  traderScope: 'any',
  confidence: 'medium',
  sources: [{ title: 'cearaagora.com.br', url: 'https://cearaagora.com.br/', siteOnly: true }],
};

const withdrawal = defineEntry({
  id: 'br-cdc-art49-withdrawal',
  kind: 'statutory',
  jurisdiction: 'BR',
  title: l('7-day withdrawal for purchases outside a shop (Código de Defesa do Consumidor, art. 49)', '店外购物7天撤回权（巴西《消费者保护法典》第49条）'),
  summary: l(
    'For contracts made outside a commercial establishment (internet, phone, at home), you may withdraw within 7 days of signing or of receiving the product or service. Everything you paid is returned immediately, with monetary adjustment.',
    '对于在商业场所之外订立的合同（网络、电话、上门），您可以在签约或收到商品、服务之日起7天内撤回。您支付的全部款项应立即退还，并作货币调整。',
  ),
  windowDays: 7,
  startsAt: 'order',
  startAlt: { event: 'delivery', use: 'if-later' },
  counting: 'unspecified',
  deadlineKind: 'act-by',
  startNote: l('The code counts from signing or from receipt of the product; the date shown uses the later of the two once the delivery date is known.', '法典规定从签约或收到商品之日起算；知道交付日期后，这里显示的日期按两者中较晚的一个计算。'),
  conditions: [
    l('Doctrine and practice include shipping costs in the refund.', '学说和实践中，退款包括运费。'),
  ],
  steps: [
    l('Tell the seller in writing, within the 7 days, that you withdraw.', '在7天内书面告知卖家您撤回合同。'),
    l('If the seller does not refund, complain on consumidor.gov.br or to your state Procon.', '卖家不退款的，在 consumidor.gov.br 或向所在州的 Procon 投诉。'),
  ],
  complaints: [BR_CONSUMIDOR, ECONSUMER],
  sources: [
    { title: 'brazilianwill.com (art. 49 text)', url: 'https://brazilianwill.com/', siteOnly: true, article: 'art. 49' },
    { title: 'feijaoadvocacia.com.br', url: 'https://feijaoadvocacia.com.br/', siteOnly: true },
    { title: 'juridicobrasil.com', url: 'https://juridicobrasil.com/', siteOnly: true },
  ],
  confidence: 'high',
  unverified: [
    l('Decree 7.962/2013 (e-commerce) adds information and withdrawal-procedure duties; details not verified.', '第7.962/2013号法令（电子商务）增加了信息披露和撤回程序方面的义务；细节未经核实。'),
  ],
});

/** Entries of Brazil. */
export const BR_ENTRIES: readonly RightEntryInput[] = [withdrawal];
