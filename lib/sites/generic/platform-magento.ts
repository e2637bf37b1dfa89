import type { Money } from '@/lib/facts/page-facts';
import { cleanId } from '@/lib/sites/util/clean-text';
import { parseMoney } from '@/lib/sites/util/money';
import { availabilityFromText } from './availability';
import { amountOf } from './offers';
import type { PageContext, ProductRecord } from './types';
import type { PageIndex } from './page-index';

/**
 * Magento 2 (and 1) product pages: the price box's machine amount
 * (`data-price-type="finalPrice" data-price-amount`), the old price, the
 * stock line and the sku attribute of `.product-info-main`.
 */

export function isMagento(doc: Document, index: PageIndex): boolean {
  if (/\bcatalog-product-view\b/.test(index.bodyClass)) return true;
  if (index.scripts.some((s) => s.getAttribute('type') === 'text/x-magento-init')) return true;
  return index.hasClass('product-info-main') && index.hasClass('price-box');
}

function mainRoot(doc: Document): ParentNode | undefined {
  return doc.querySelector('.product-info-main') ?? doc.querySelector('.product-shop') ?? doc.querySelector('.product-essential') ?? undefined;
}

function priceOf(root: ParentNode, type: string, ctx: PageContext): Money | undefined {
  const el = root.querySelector(`[data-price-type="${type}"]`);
  if (!el) return undefined;
  const raw = el.getAttribute('data-price-amount');
  const textual = parseMoney(el.textContent, ctx.currencyHint);
  const currency = textual?.currency ?? ctx.currencyHint;
  const amount = amountOf(raw, currency) ?? textual?.amount;
  if (!amount) return undefined;
  return currency ? { amount, currency } : { amount };
}

/** What a Magento product page's price box, stock line and sku say, or undefined on other pages. */
export function readMagento(ctx: PageContext): ProductRecord | undefined {
  const { doc } = ctx;
  if (!isMagento(doc, ctx.index)) return undefined;
  const root = mainRoot(doc);
  if (!root) return undefined;
  const record: ProductRecord = { source: 'platform' };
  record.price = priceOf(root, 'finalPrice', ctx)
    ?? parseMoney(root.querySelector('.price-box .special-price .price')?.textContent, ctx.currencyHint)
    ?? parseMoney(root.querySelector('.price-box .regular-price .price')?.textContent, ctx.currencyHint);
  const old = priceOf(root, 'oldPrice', ctx) ?? parseMoney(root.querySelector('.price-box .old-price .price')?.textContent, ctx.currencyHint);
  if (old && record.price && Number(old.amount) > Number(record.price.amount)) record.listPrice = old;
  const stock = root.querySelector('.stock, .availability');
  const cls = stock?.getAttribute('class') ?? '';
  record.availability = /\b(unavailable|out-of-stock)\b/.test(cls) ? 'OutOfStock' : /\b(available|in-stock)\b/.test(cls) ? 'InStock' : availabilityFromText(stock?.textContent);
  record.sku = cleanId(root.querySelector('.product.attribute.sku .value, [itemprop="sku"]')?.textContent);
  const stated = record.price || record.availability || record.sku;
  return stated ? record : undefined;
}
