import type { Locale } from '@/lib/i18n/translator';
import { dateInZone, localTimeZone, toCivilDate, type DateInput } from '@/lib/rights/calendar';
import type { Deadline } from '@/lib/rights/deadlines';
import { formatDate, formatDateTime, formatMoney } from '@/lib/rights/format';
import { needsCheck, type RightEntry } from '@/lib/rights/schema';
import { cleanBlock, cleanLine, cleanSha256 } from './sanitize';
import type { LetterCase, LetterContext, LetterKind, LetterOptions } from './types';

/** Brand names as shoppers know them in each language. */
const PLATFORM_NAMES: Record<string, { en: string; zh_CN: string }> = {
  aliexpress: { en: 'AliExpress', zh_CN: '速卖通（AliExpress）' },
  amazon: { en: 'Amazon', zh_CN: '亚马逊（Amazon）' },
  ebay: { en: 'eBay', zh_CN: 'eBay' },
  temu: { en: 'Temu', zh_CN: 'Temu' },
  shein: { en: 'SHEIN', zh_CN: 'SHEIN' },
  etsy: { en: 'Etsy', zh_CN: 'Etsy' },
  walmart: { en: 'Walmart', zh_CN: '沃尔玛（Walmart）' },
  shopee: { en: 'Shopee', zh_CN: 'Shopee（虾皮）' },
  lazada: { en: 'Lazada', zh_CN: 'Lazada' },
  mercadolibre: { en: 'Mercado Libre', zh_CN: 'Mercado Libre' },
  rakuten: { en: 'Rakuten', zh_CN: '乐天（Rakuten）' },
  taobao: { en: 'Taobao', zh_CN: '淘宝' },
  tmall: { en: 'Tmall', zh_CN: '天猫' },
  jd: { en: 'JD.com', zh_CN: '京东' },
  alibaba: { en: 'Alibaba.com', zh_CN: '阿里巴巴（Alibaba.com）' },
  wish: { en: 'Wish', zh_CN: 'Wish' },
};

/** Labels of blanks the shopper fills in. */
const BLANKS: Record<Locale, Record<string, string>> = {
  en: {
    platform: 'platform or shop', seller: 'seller', orderNumber: 'order number', productTitle: 'item',
    orderDate: 'order date', paymentDate: 'payment date', deliveryDate: 'delivery date', amountPaid: 'amount paid',
    buyerName: 'your name', recipient: 'name of the consumer agency',
  },
  zh_CN: {
    platform: '平台或店铺', seller: '卖家', orderNumber: '订单号', productTitle: '商品',
    orderDate: '下单日期', paymentDate: '付款日期', deliveryDate: '收货日期', amountPaid: '支付金额',
    buyerName: '您的姓名', recipient: '消费者保护机构名称',
  },
};

/** Which rights each letter cites: the ones the addressee can act on. */
function fitsKind(e: RightEntry, kind: LetterKind): boolean {
  switch (kind) {
    case 'chargeback-request':
      return e.kind === 'payment' || (e.kind === 'statutory' && e.appliesWhen.paymentMethods !== undefined);
    case 'agency-complaint':
      return e.kind === 'statutory';
    default:
      return e.kind !== 'payment' && e.appliesWhen.paymentMethods === undefined;
  }
}

function rightLine(e: RightEntry, lang: Locale, deadlines: readonly Deadline[] | undefined, today: string): string {
  const src = e.sources.find((s) => s.url) ?? e.sources[0];
  const cite = src ? [src.title, src.article].filter(Boolean).join(', ') : '';
  const due = deadlines?.find((d) => d.entryId === e.id && d.windowId === 'main' && d.kind === 'act-by' && d.dueDate);
  const dueText = due?.dueDate
    ? lang === 'zh_CN' ? `，期限至${formatDate(due.dueDate, lang, { relativeTo: today })}` : `; last day ${formatDate(due.dueDate, lang, { relativeTo: today })}`
    : '';
  const url = src?.url ? ` ${src.url}` : '';
  return `- ${e.title[lang]}${dueText}${cite ? (lang === 'zh_CN' ? `（依据：${cite}）` : ` (source: ${cite})`) : ''}${url}`;
}

/** Formats and cleans everything a template prints, noting which case fields were missing. */
export function buildContext(kind: LetterKind, lang: Locale, c: LetterCase, opts: LetterOptions): { ctx: LetterContext; missing: (keyof LetterCase)[]; omitted: string[] } {
  const tz = opts.timeZone ?? localTimeZone();
  const todayCivil = dateInZone(opts.now ?? Date.now(), tz);
  const missing = new Set<keyof LetterCase>();
  const blank = (what: string) => `[${BLANKS[lang][what] ?? what}]`;
  const need = (field: keyof LetterCase, value: string) => {
    if (value) return value;
    missing.add(field);
    return blank(field);
  };
  const date = (v: DateInput | undefined) => {
    const d = toCivilDate(v, tz);
    return d ? formatDate(d, lang, { year: true }) : '';
  };
  const platformRaw = cleanLine(c.platform, 100);
  const platform = PLATFORM_NAMES[platformRaw.toLowerCase()]?.[lang] ?? platformRaw;
  const amount = c.amountPaid && cleanLine(c.amountPaid.amount, 40) ? formatMoney(cleanLine(c.amountPaid.amount, 40), cleanLine(c.amountPaid.currency, 3) || undefined, lang) : '';

  const eligible = (opts.rights ?? []).filter((e) => fitsKind(e, kind));
  const omitted = eligible.filter(needsCheck).map((e) => e.id);
  const rights = eligible.filter((e) => !needsCheck(e)).map((e) => rightLine(e, lang, opts.deadlines, todayCivil));

  const evidence = (c.evidence ?? []).slice(0, 50).map((ev, i) => {
    const hash = cleanSha256(ev.sha256);
    const when = ev.capturedAt !== undefined ? toInstant(ev.capturedAt) : undefined;
    const parts = [
      cleanLine(ev.label, 200) || (lang === 'zh_CN' ? '证据' : 'Evidence'),
      when !== undefined ? formatDateTime(when, lang, tz) : '',
      hash ? `SHA-256: ${hash}` : lang === 'zh_CN' ? '（无有效的SHA-256）' : '(no valid SHA-256)',
      cleanLine(ev.url, 500),
    ].filter(Boolean);
    return `${i + 1}. ${parts.join(' — ')}`;
  });

  const ctx: LetterContext = {
    today: formatDate(todayCivil, lang, { year: true }),
    platform: need('platform', platform),
    seller: need('seller', cleanLine(c.seller, 200)),
    orderNumber: need('orderNumber', cleanLine(c.orderNumber, 100)),
    product: cleanLine(c.productTitle, 200),
    orderDate: need('orderDate', date(c.orderDate)),
    paymentDate: date(c.paymentDate) || date(c.orderDate) || need('paymentDate', ''),
    // Only a return or a not-as-described letter presumes delivery; the others mention it when known.
    deliveryDate: kind === 'return-request' || kind === 'not-as-described' ? need('deliveryDate', date(c.deliveryDate)) : kind === 'non-delivery' ? '' : date(c.deliveryDate),
    estimatedDelivery: date(c.estimatedDelivery),
    amount: need('amountPaid', amount),
    buyerName: need('buyerName', cleanLine(c.buyerName, 200)),
    notes: cleanBlock(c.notes),
    recipient: opts.channel ? opts.channel.name[lang] : blank('recipient'),
    rights,
    evidence,
    blank,
  };
  return { ctx, missing: [...missing], omitted };
}

function toInstant(v: DateInput): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}
