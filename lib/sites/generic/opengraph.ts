import type { Money } from '@/lib/facts/page-facts';
import { meta } from './meta-index';
import { parseMoney } from '@/lib/sites/util/money';
import { cleanId, cleanText } from '@/lib/sites/util/clean-text';
import { availabilityFromSchema, availabilityFromText } from './availability';
import { amountOf } from './offers';
import type { PageContext, ProductRecord } from './types';

/**
 * OpenGraph / Facebook product tags (`product:price:amount`,
 * `og:price:amount`, `product:availability`, `product:brand`,
 * `product:retailer_item_id`) and their sale-price variants.
 */

function moneyOf(amountKeys: string[], currencyKeys: string[], ctx: PageContext): Money | undefined {
  const raw = meta(ctx.meta, amountKeys);
  if (!raw) return undefined;
  const currencyRaw = meta(ctx.meta, currencyKeys)?.toUpperCase();
  const currency = currencyRaw && /^[A-Z]{3}$/.test(currencyRaw) ? currencyRaw : undefined;
  const amount = amountOf(raw, currency ?? ctx.currencyHint);
  if (amount) {
    const c = currency ?? parseMoney(raw, ctx.currencyHint)?.currency;
    return c ? { amount, currency: c } : { amount };
  }
  return undefined;
}

/** True when the page declares itself a product in OpenGraph (`og:type` product or `*:product`). */
export function ogIsProduct(ctx: PageContext): boolean {
  const t = meta(ctx.meta, ['og:type'])?.toLowerCase() ?? '';
  return t === 'product' || t === 'og:product' || t.endsWith(':product') || t === 'product.item' || t.endsWith(':item');
}

/** The record the OpenGraph tags describe, or undefined when they state no product fact. */
export function readOpenGraph(ctx: PageContext): ProductRecord | undefined {
  const sale = moneyOf(['product:sale_price:amount', 'og:sale_price:amount'], ['product:sale_price:currency', 'og:sale_price:currency', 'product:price:currency', 'og:price:currency'], ctx);
  const regular = moneyOf(['product:price:amount', 'og:price:amount', 'product:price', 'og:price'], ['product:price:currency', 'og:price:currency'], ctx);
  const original = moneyOf(['product:original_price:amount', 'og:original_price:amount'], ['product:original_price:currency', 'product:price:currency', 'og:price:currency'], ctx);
  const price = sale ?? regular;
  const listCandidate = sale ? regular : original;
  const listPrice = listCandidate && price && Number(listCandidate.amount) > Number(price.amount) ? listCandidate : undefined;
  const availRaw = meta(ctx.meta, ['product:availability', 'og:availability']);
  const record: ProductRecord = {
    source: 'opengraph',
    ...(ogIsProduct(ctx) ? { name: cleanText(meta(ctx.meta, ['og:title']), 1000) } : {}),
    price,
    listPrice,
    availability: availabilityFromSchema(availRaw) ?? availabilityFromText(availRaw),
    sku: cleanId(meta(ctx.meta, ['product:retailer_item_id', 'product:sku', 'og:sku'])),
    gtin: cleanId(meta(ctx.meta, ['product:ean', 'product:gtin', 'product:upc', 'product:isbn']))?.replace(/\D/g, '') || undefined,
    brand: cleanText(meta(ctx.meta, ['product:brand', 'og:brand']), 200),
    sellerName: cleanText(meta(ctx.meta, ['product:retailer_title']), 300),
  };
  if (record.gtin && !/^\d{8,14}$/.test(record.gtin)) delete record.gtin;
  const stated = Object.entries(record).some(([k, v]) => k !== 'source' && k !== 'name' && v !== undefined);
  return stated ? record : undefined;
}
