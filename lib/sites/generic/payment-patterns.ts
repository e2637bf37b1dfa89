import { PAYMENT_METHODS } from '@/lib/facts/page-facts';

/**
 * The words that name a payment method, in logos' descriptions and in
 * sentences, and the words that make a text a payment context. The page
 * index asks `namesPaymentMethod` of icon classes, the payment reader
 * searches logos and sentences with the patterns.
 */

export type Method = (typeof PAYMENT_METHODS)[number];

export const PATTERNS: ReadonlyArray<[Method, RegExp]> = [
  ['paypal', /pay-?pal/i],
  ['card', /\bvisa\b|master-?card|maestro|american[-\s]?express|\bamex\b|\bjcb\b|union-?pay|credit[-\s]?card|debit[-\s]?card|kreditkarte|carte bancaire|carte de crédit|tarjeta de crédito|carta di credito|cartão de crédito|karta kredytowa|信用卡|クレジットカード|신용카드/i],
  ['klarna', /klarna/i],
  ['applepay', /apple[-\s]?pay/i],
  ['googlepay', /google[-\s]?pay|\bg-?pay\b/i],
  ['alipay', /ali-?pay|支付宝|支付寶/i],
  ['wechatpay', /we-?chat[-\s]?pay|微信支付/i],
  ['bank_transfer', /bank[-\s]?transfer|wire[-\s]?transfer|bank[-\s]?deposit|überweisung|vorkasse|virement|transferencia bancaria|depósito bancario|bonifico|transferência bancária|overboeking|przelew|bankovní převod|bankový prevod|banki átutalás|банковский перевод|银行转账|銀行轉帳|銀行振込|振込|계좌이체|chuyển khoản|\bsepa[-\s]?(?:überweisung|transfer|virement)|\bpix\b|boleto/i],
  ['crypto', /bitcoin|\bbtc\b|ethereum|crypto-?currenc|\bcrypto\b|usdt|tether|litecoin|binance pay|coinbase commerce|криптовалют|加密货币|暗号資産/i],
  ['gift_card', /gift[-\s]?cards? (?:as )?payment|pay(?:ment)? (?:by|with|via) gift[-\s]?cards?|steam (?:gift )?cards?|itunes (?:gift )?cards?|google play (?:gift )?cards?|amazon gift cards? (?:as|for) payment/i],
  ['western_union', /western[-\s]?union|moneygram|ria money/i],
  ['cash_on_delivery', /cash on delivery|\bcod\b|contra ?reembolso|pago contra entrega|nachnahme|paiement à la livraison|contrassegno|pagamento na entrega|pobranie|za pobraniem|dobírk|utánvét|наложенн(?:ый|ым) плат|货到付款|貨到付款|代金引換|代引き|착불|thanh toán khi nhận hàng|الدفع عند الاستلام/i],
];

export const PAYMENT_CONTEXT = /payment|zahlung|paiement|pago|pagamento|pagament|betaal|płatno|platb|fizetés|оплат|支付|付款|お支払|決済|결제|thanh toán|ชำระ|pembayaran|الدفع|תשלום|ödeme|we accept|wir akzeptieren|nous acceptons|aceptamos|accettiamo|aceitamos/i;

/** Any payment method's name. */
const ANY_METHOD = new RegExp(PATTERNS.map(([, re]) => re.source).join('|'), 'i');

/** True when `text` names some payment method. */
export function namesPaymentMethod(text: string): boolean {
  return ANY_METHOD.test(text);
}
