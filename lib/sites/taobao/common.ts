import type { Availability, Money, PageKind } from '@/lib/facts/page-facts';
import { parseMoney } from '../util/money';
import { firstText } from '../util/dom';
import { labelledValue } from '../util/read';
import { availabilityFromText, clean } from '../util/text';

/**
 * Reading shared by Taobao and Tmall item pages (same Alibaba page
 * framework): `g_config` script literals, attribute lists, price panels.
 */

/**
 * Text decoded with the wrong charset (GBK pages declared late or served
 * as UTF-8) contains U+FFFD: such text is not evidence of anything.
 */
export function readable(s: string | undefined): string | undefined {
  return s && !s.includes('\uFFFD') ? clean(s) : undefined;
}

/** Page kind from the host and path; `itemHost` is the marketplace's item-page host. */
export function pageKindOf(url: URL, itemHost: RegExp): PageKind {
  const h = url.hostname;
  const p = url.pathname;
  if (itemHost.test(h) || /^\/item\.htm/.test(p)) return 'product';
  if (/^(buyertrade|trade)\./.test(h) || /trade\/(itemlist|detail)|order/.test(p)) return 'order';
  if (/^buy\./.test(h) || /buy_now|confirm_order/.test(p)) return 'checkout';
  if (/^(s|list|search)\./.test(h) || /^\/search/.test(p)) return 'search';
  // Shop subdomains (`someshop.taobao.com`, `suning.tmall.com`); service subdomains are not shops.
  if (!/^(www|login|cart|favorite|i|my|h5|m|world|rate|rule|service|help|pages|ai|market|ju|chaoshi|err|detail)\./.test(h)) return 'store';
  return 'other';
}

/** The price shown: the promotion panel when it holds a price, else the regular price (a range gives its low end). */
export function shownPrice(doc: Document): Money | undefined {
  const t = firstText(doc, [
    '#J_PromoPrice .tm-price', '#J_PromoPriceNum', '#J_PromoPrice .tb-rmb-num', '#J_StrPriceModBox .tm-price',
    '#J_StrPrice .tb-rmb-num', '.tm-price', '[class*="highlightPrice"] [class*="text"]', '[class*="Price--priceText"]',
  ]);
  return parseMoney(t, 'CNY');
}

/** The "品牌" (brand) row of the attribute list. */
export function brandOf(doc: Document): string | undefined {
  return readable(labelledValue(doc, '#J_AttrUL li, .attributes-list li, .tb-attributes-list li, [class*="Attrs--attr"]', /^(品牌|brand)$/i));
}

/** Stock count where shown, else the state of the buy button. */
export function availabilityOf(doc: Document): Availability | undefined {
  const stock = /\d+/.exec(firstText(doc, ['#J_SpanStock', '#J_EmStock']) ?? '')?.[0];
  if (stock !== undefined) return Number(stock) > 0 ? 'InStock' : 'OutOfStock';
  const sold = availabilityFromText(readable(firstText(doc, ['.tb-off-sale', '.sold-out', '#J_Sold-out-recommend', '.tm-sold-out'])));
  if (sold) return sold;
  const buy = doc.querySelector('#J_LinkBuy, .J_LinkBuy, #J_LinkBasket, [class*="Actions--leftButtons"] button');
  return buy && !/disabled|noPost/.test(buy.className) ? 'InStock' : undefined;
}
