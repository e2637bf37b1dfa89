import type { LetterContext, LetterKind } from './types';

/**
 * English letter templates. Each is a function of already-cleaned values
 * that joins strings once: nothing a seller name contains is ever read as a
 * template, so a name like "{orderNumber}" stays literal text.
 */

type Template = (c: LetterContext) => { subject: string; lines: string[] };

const item = (c: LetterContext) => (c.product ? `"${c.product}"` : 'an item');

function rightsBlock(c: LetterContext): string[] {
  return c.rights.length ? ['', 'I rely on the following rights that apply to this purchase:', ...c.rights] : [];
}

function notesBlock(c: LetterContext, heading = 'Details:'): string[] {
  return c.notes ? ['', heading, c.notes] : [];
}

function evidenceBlock(c: LetterContext): string[] {
  return c.evidence.length ? ['', 'I have kept the following records (SHA-256 fingerprints of the files as captured):', ...c.evidence] : [];
}

function orderLine(c: LetterContext): string {
  return `On ${c.orderDate} I ordered ${item(c)} from ${c.seller} on ${c.platform} (order ${c.orderNumber}) and paid ${c.amount}.`;
}

function closing(c: LetterContext): string[] {
  return ['', 'Yours sincerely,', c.buyerName];
}

/** The end every letter to a seller shares: rights, notes, evidence, where to reply, signature. */
function sellerLetterTail(c: LetterContext): string[] {
  return [...rightsBlock(c), ...notesBlock(c), ...evidenceBlock(c), '', `Please reply through ${c.platform}, so that our exchange is recorded there.`, ...closing(c)];
}

export const EN_TEMPLATES: Record<LetterKind, Template> = {
  'return-request': (c) => ({
    subject: `Return request – order ${c.orderNumber}`,
    lines: [
      `To: ${c.seller}, via ${c.platform}`,
      '',
      `Dear ${c.seller},`,
      '',
      `${orderLine(c)} The goods were delivered on ${c.deliveryDate}.`,
      '',
      `I wish to return the goods and ask for a refund of ${c.amount}. Please tell me how to send them back and when the refund will be made.`,
      ...sellerLetterTail(c),
    ],
  }),

  'non-delivery': (c) => ({
    subject: `Order ${c.orderNumber} not delivered`,
    lines: [
      `To: ${c.seller}, via ${c.platform}`,
      '',
      `Dear ${c.seller},`,
      '',
      orderLine(c),
      `${c.estimatedDelivery ? `Delivery was expected by ${c.estimatedDelivery}. ` : ''}I have not received the goods.`,
      '',
      `Please deliver the goods without further delay, or refund ${c.amount} in full.`,
      ...sellerLetterTail(c),
    ],
  }),

  'not-as-described': (c) => ({
    subject: `Order ${c.orderNumber}: item not as described`,
    lines: [
      `To: ${c.seller}, via ${c.platform}`,
      '',
      `Dear ${c.seller},`,
      '',
      `${orderLine(c)} The goods were delivered on ${c.deliveryDate}.`,
      '',
      'The item I received does not match the description in your listing.',
      ...(c.notes ? [c.notes] : [c.blank('describe how the item differs from the listing')]),
      '',
      `I ask for a full refund of ${c.amount}, or a replacement that matches the listing. Please tell me how you will resolve this.`,
      ...rightsBlock(c),
      ...evidenceBlock(c),
      '',
      `Please reply through ${c.platform}, so that our exchange is recorded there.`,
      ...closing(c),
    ],
  }),

  'chargeback-request': (c) => ({
    subject: `Dispute of a payment of ${c.amount} to ${c.seller}`,
    lines: [
      'To: my card issuer / payment provider',
      '',
      `I dispute the payment of ${c.amount} made on ${c.paymentDate} to ${c.seller} on ${c.platform} (order ${c.orderNumber}).`,
      c.deliveryDate ? `The goods were delivered on ${c.deliveryDate}.` : c.blank('say whether the goods arrived, and when'),
      '',
      'What went wrong:',
      c.notes || c.blank('goods not received / not as described — describe the problem'),
      '',
      c.blank('what you asked the seller and the platform, and their answer'),
      '',
      'Please open a chargeback (dispute) for this transaction, and tell me the deadline you apply and any form you need from me.',
      ...rightsBlock(c),
      ...evidenceBlock(c),
      ...closing(c),
    ],
  }),

  'agency-complaint': (c) => ({
    subject: `Complaint about ${c.seller} (${c.platform}), order ${c.orderNumber}`,
    lines: [
      `To: ${c.recipient}`,
      '',
      `I am a consumer and wish to complain about ${c.seller}, selling on ${c.platform}.`,
      '',
      orderLine(c),
      c.deliveryDate ? `The goods were delivered on ${c.deliveryDate}.` : c.blank('say whether the goods arrived, and when'),
      '',
      'What happened:',
      c.notes || c.blank('describe the problem'),
      '',
      c.blank('what you asked the seller and the platform, and their answer'),
      ...rightsBlock(c),
      ...evidenceBlock(c),
      '',
      'Please record this complaint and tell me what further steps are available to me.',
      '',
      'Yours sincerely,',
      c.buyerName,
      c.blank('your contact details'),
    ],
  }),
};
