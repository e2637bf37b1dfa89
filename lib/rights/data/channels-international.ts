import type { Channel } from '@/lib/rights/schema';
import { l } from './define';

/** Complaint channels that serve shoppers of several countries (rights-facts §3). */

export const ECONSUMER: Channel = {
  id: 'econsumer-gov',
  name: l('econsumer.gov (ICPEN)', 'econsumer.gov（国际消费者保护和执法网络 ICPEN）'),
  url: 'https://econsumer.gov/en/Home/About',
  scope: l(
    'Report international scams and cross-border shopping problems. Agencies from more than 65 countries take part; reports are shared with law enforcement through the FTC\'s Consumer Sentinel. It does not resolve individual complaints. Available in 9 languages (EN, FR, DE, KO, JA, PL, ES, PT, TR), not in Chinese.',
    '举报国际诈骗和跨境网购问题。65个以上国家的机构参与，举报通过美国联邦贸易委员会（FTC）的 Consumer Sentinel 与执法部门共享。它不处理个人投诉纠纷。提供9种语言（英、法、德、韩、日、波兰、西班牙、葡萄牙、土耳其语），没有中文。',
  ),
  traderScope: 'any',
  confidence: 'high',
  sources: [{ title: 'econsumer.gov — About', url: 'https://econsumer.gov/en/Home/About' }],
};

export const ECC_NET: Channel = {
  id: 'ecc-net',
  name: l('European Consumer Centres Network (ECC-Net)', '欧洲消费者中心网络（ECC-Net）'),
  url: 'https://eccnet.eu/',
  scope: l(
    'Free advice and help when the trader is in another EU country, Iceland or Norway. Complain to the trader in writing first, then to the ECC in your country of residence. It cannot handle traders outside the EU, Iceland and Norway (for example a seller based in China) and has no enforcement powers. The EU ODR platform is closed: no new complaints since 20 March 2025.',
    '当商家位于另一个欧盟国家、冰岛或挪威时，提供免费咨询和帮助。请先书面向商家投诉，再联系您居住国的欧洲消费者中心。它不能处理欧盟、冰岛和挪威以外的商家（例如位于中国的卖家），也没有执法权。欧盟在线争议解决（ODR）平台已关闭：自2025年3月20日起不再受理新投诉。',
  ),
  traderScope: 'eu-other-member',
  confidence: 'high',
  sources: [
    { title: 'ECC Estonia — About us', url: 'https://consumer.ee/en/about-us' },
    { title: 'ECC-Net', url: 'https://eccnet.eu/', siteOnly: true },
    { title: 'Bird & Bird on the closure of the EU ODR platform', url: 'https://twobirds.com/', siteOnly: true },
  ],
};
