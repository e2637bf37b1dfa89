import type { Money } from '@/lib/facts/page-facts';
import { cleanId } from '@/lib/sites/util/clean-text';
import { parseMoney } from '@/lib/sites/util/money';
import { safeJsonParse } from '@/lib/sites/util/safe-json';
import { availabilityFromText } from './availability';
import { amountOf } from './offers';
import type { PageContext, ProductRecord } from './types';
import type { PageIndex } from './page-index';

/**
 * WooCommerce product pages: the summary's price (`ins` is the sale price),
 * the stock line (`.stock.in-stock` / `.out-of-stock`), `.sku`, and for
 * variable products the variations JSON in `form.variations_form`.
 */

type Json = Record<string, unknown>;

/** True for WooCommerce pages: the body class, its price markup or its plugin assets. */
export function isWooCommerce(doc: Document, index: PageIndex): boolean {
  const body = doc.body?.getAttribute('class') ?? '';
  if (/\bwoocommerce\b/.test(body)) return true;
  if (index.hasClass('woocommerce-Price-amount') || index.hasClass('variations_form')) return true;
  return Boolean(doc.head?.querySelector('link[href*="/plugins/woocommerce/"], script[src*="/plugins/woocommerce/"]'));
}

function variations(doc: Document): Json[] {
  const raw = doc.querySelector('form.variations_form[data-product_variations]')?.getAttribute('data-product_variations');
  const v = raw ? safeJsonParse(raw) : undefined;
  return Array.isArray(v) ? v.filter((x): x is Json => Boolean(x) && typeof x === 'object').slice(0, 300) : [];
}

/** The variation whose attributes all match the URL's `attribute_*` parameters. */
function variationFromUrl(list: readonly Json[], url: URL): Json | undefined {
  const wanted = [...url.searchParams.entries()].filter(([k]) => k.startsWith('attribute_'));
  if (!wanted.length) return undefined;
  return list.find((v) => {
    const attrs = (v.attributes && typeof v.attributes === 'object' ? v.attributes : {}) as Json;
    return wanted.every(([k, val]) => attrs[k] === '' || String(attrs[k]).toLowerCase() === val.toLowerCase());
  });
}

function summaryRoot(doc: Document): ParentNode {
  return doc.querySelector('.product .summary, .product .entry-summary, .summary.entry-summary, div.product') ?? doc;
}

function summaryPrice(root: ParentNode, ctx: PageContext): { price?: Money; listPrice?: Money } {
  const box = root.querySelector('.price');
  if (!box) return {};
  const sale = box.querySelector('ins .woocommerce-Price-amount, ins .amount');
  const regular = box.querySelector('del .woocommerce-Price-amount, del .amount');
  const first = sale ?? box.querySelector('.woocommerce-Price-amount, .amount');
  const price = parseMoney(first?.textContent, ctx.currencyHint);
  const listPrice = sale ? parseMoney(regular?.textContent, ctx.currencyHint) : undefined;
  return { price, listPrice };
}

/** What a WooCommerce product page says, or undefined on other pages. */
export function readWooCommerce(ctx: PageContext): ProductRecord | undefined {
  const { doc, url } = ctx;
  if (!isWooCommerce(doc, ctx.index)) return undefined;
  const root = summaryRoot(doc);
  const list = variations(doc);
  const chosen = variationFromUrl(list, url);
  const record: ProductRecord = { source: 'platform' };
  const currency = parseMoney(root.querySelector('.woocommerce-Price-currencySymbol')?.textContent ?? '', ctx.currencyHint)?.currency ?? ctx.currencyHint;
  const variationMoney = (v: Json | undefined) => {
    const amount = amountOf(v?.display_price, currency);
    return amount ? (currency ? { amount, currency } : { amount }) : undefined;
  };
  const distinct = [...new Set(list.map((v) => amountOf(v.display_price, currency)).filter(Boolean))];
  if (chosen) {
    record.price = variationMoney(chosen);
    record.availability = chosen.is_in_stock === false ? 'OutOfStock' : chosen.is_in_stock === true ? 'InStock' : undefined;
    record.sku = cleanId(chosen.sku);
    record.variantFromUrl = true;
  } else if (list.length && distinct.length === 1) {
    record.price = variationMoney(list[0]);
  }
  if (!record.price) Object.assign(record, summaryPrice(root, ctx));
  if (!record.availability) {
    const stock = root.querySelector('.stock');
    const cls = stock?.getAttribute('class') ?? '';
    record.availability = /\bout-of-stock\b/.test(cls) ? 'OutOfStock' : /\bin-stock\b/.test(cls) ? 'InStock' : /\bavailable-on-backorder\b/.test(cls) ? 'PreOrder' : availabilityFromText(stock?.textContent);
  }
  if (!record.availability && root.querySelector('button.single_add_to_cart_button:not([disabled]), button[name="add-to-cart"]:not([disabled])')) record.availability = 'InStock';
  record.sku ??= cleanId(root.querySelector('.sku_wrapper .sku, .product_meta .sku')?.textContent ?? doc.querySelector('.product_meta .sku')?.textContent);
  const stated = record.price || record.availability || record.sku;
  return stated ? record : undefined;
}
