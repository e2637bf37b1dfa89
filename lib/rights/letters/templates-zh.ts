import type { LetterContext, LetterKind } from './types';

/**
 * Simplified Chinese letter templates, written as Chinese letters (not
 * translations): 致/您好 opening, 此致敬礼 closing. Same one-pass assembly
 * as the English ones, so case text is never re-read as a template.
 */

type Template = (c: LetterContext) => { subject: string; lines: string[] };

const item = (c: LetterContext) => (c.product ? `"${c.product}"` : '商品');

function rightsBlock(c: LetterContext): string[] {
  return c.rights.length ? ['', '本次购买适用以下权利，我据此提出要求：', ...c.rights] : [];
}

function notesBlock(c: LetterContext, heading = '具体情况：'): string[] {
  return c.notes ? ['', heading, c.notes] : [];
}

function evidenceBlock(c: LetterContext): string[] {
  return c.evidence.length ? ['', '我已保存以下记录（文件保存时的SHA-256指纹）：', ...c.evidence] : [];
}

function orderLine(c: LetterContext): string {
  return `我于${c.orderDate}在${c.platform}向${c.seller}购买了${item(c)}（订单号：${c.orderNumber}），支付金额${c.amount}。`;
}

function closing(c: LetterContext): string[] {
  return ['', '此致', '敬礼', '', c.buyerName];
}

/** The end every letter to a seller shares: rights, notes, evidence, where to reply, signature. */
function sellerLetterTail(c: LetterContext): string[] {
  return [...rightsBlock(c), ...notesBlock(c), ...evidenceBlock(c), '', `请通过${c.platform}回复，以便平台留存我们的沟通记录。`, ...closing(c)];
}

export const ZH_TEMPLATES: Record<LetterKind, Template> = {
  'return-request': (c) => ({
    subject: `退货申请——订单号 ${c.orderNumber}`,
    lines: [
      `致：${c.seller}（通过${c.platform}）`,
      '',
      '您好：',
      '',
      `${orderLine(c)}商品已于${c.deliveryDate}签收。`,
      '',
      `我要求退货，并退还货款${c.amount}。请告知退货方式以及退款时间。`,
      ...sellerLetterTail(c),
    ],
  }),

  'non-delivery': (c) => ({
    subject: `订单 ${c.orderNumber} 未收到货`,
    lines: [
      `致：${c.seller}（通过${c.platform}）`,
      '',
      '您好：',
      '',
      orderLine(c),
      `${c.estimatedDelivery ? `预计送达日期为${c.estimatedDelivery}，` : ''}但我至今没有收到商品。`,
      '',
      `请立即发货送达，或全额退还${c.amount}。`,
      ...sellerLetterTail(c),
    ],
  }),

  'not-as-described': (c) => ({
    subject: `订单 ${c.orderNumber}：货不对板`,
    lines: [
      `致：${c.seller}（通过${c.platform}）`,
      '',
      '您好：',
      '',
      `${orderLine(c)}商品已于${c.deliveryDate}签收。`,
      '',
      '我收到的商品与您商品页面的描述不符。',
      ...(c.notes ? [c.notes] : [c.blank('说明商品与页面描述有何不同')]),
      '',
      `我要求全额退还${c.amount}，或更换与描述相符的商品。请告知您的处理方案。`,
      ...rightsBlock(c),
      ...evidenceBlock(c),
      '',
      `请通过${c.platform}回复，以便平台留存我们的沟通记录。`,
      ...closing(c),
    ],
  }),

  'chargeback-request': (c) => ({
    subject: `对支付给${c.seller}的${c.amount}款项提出争议`,
    lines: [
      '致：发卡银行/支付服务机构',
      '',
      `我对${c.paymentDate}支付给${c.seller}（${c.platform}，订单号：${c.orderNumber}）的${c.amount}款项提出争议。`,
      c.deliveryDate ? `商品已于${c.deliveryDate}签收。` : c.blank('说明是否收到商品以及收到的日期'),
      '',
      '问题：',
      c.notes || c.blank('未收到商品/货不对板——请描述问题'),
      '',
      c.blank('说明您向卖家和平台提出了什么要求、对方如何答复'),
      '',
      '请为这笔交易发起拒付（争议），并告知适用的期限以及需要我提供的材料。',
      ...rightsBlock(c),
      ...evidenceBlock(c),
      ...closing(c),
    ],
  }),

  'agency-complaint': (c) => ({
    subject: `投诉${c.seller}（${c.platform}），订单号 ${c.orderNumber}`,
    lines: [
      `致：${c.recipient}`,
      '',
      `我是一名消费者，现投诉在${c.platform}上经营的${c.seller}。`,
      '',
      orderLine(c),
      c.deliveryDate ? `商品已于${c.deliveryDate}签收。` : c.blank('说明是否收到商品以及收到的日期'),
      '',
      '事情经过：',
      c.notes || c.blank('描述问题'),
      '',
      c.blank('说明您向卖家和平台提出了什么要求、对方如何答复'),
      ...rightsBlock(c),
      ...evidenceBlock(c),
      '',
      '请登记本投诉，并告知我还可以采取哪些措施。',
      '',
      '投诉人：',
      c.buyerName,
      c.blank('您的联系方式'),
    ],
  }),
};
