import type { Money } from '@/lib/facts/page-facts';
import { cleanId, cleanText } from '@/lib/sites/util/clean-text';
import { jsonAfter, jsonScripts, objectsStartingWith } from './script-data';
import type { PageContext, ProductRecord } from './types';

/**
 * Shopify stores: `ShopifyAnalytics.meta` / `var meta = {"product":…}`,
 * the theme's product JSON (`{{ product | json }}`: variants with price in
 * cents, `available`, `sku`, `barcode`), `Shopify.currency.active`, and the
 * selected variant from `?variant=<id>`.
 */

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** True for Shopify stores: their CDN assets or their `Shopify.shop` / analytics snippets. */
export function isShopify(doc: Document, scripts: readonly string[]): boolean {
  // Head assets only: a small subtree, so the check stays cheap on huge pages.
  if (doc.head?.querySelector('link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], meta[name="shopify-digital-wallet"], meta[name="shopify-checkout-api-token"]')) return true;
  // One scan per script for the common word, the exact tests only where it occurs.
  return scripts.some((s) => s.includes('Shopify') && (s.includes('Shopify.shop') || s.includes('ShopifyAnalytics')));
}

/** Shopify prices in theme JSON are integer cents; strings with a dot are already units. */
function centsToMoney(v: unknown, currency: string | undefined): Money | undefined {
  let amount: string | undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1e13) amount = (v / 100).toFixed(2).replace(/\.?0+$/, '');
  else if (typeof v === 'string' && /^\d+\.\d{1,2}$/.test(v) && Number(v) > 0) amount = v.replace(/\.?0+$/, '');
  else if (typeof v === 'string' && /^\d+$/.test(v) && Number(v) > 0) amount = (Number(v) / 100).toFixed(2).replace(/\.?0+$/, '');
  if (!amount) return undefined;
  return currency ? { amount, currency } : { amount };
}

function currencyOf(scripts: readonly string[]): string | undefined {
  for (const s of scripts) {
    const m = /Shopify\.currency\s*=\s*\{[^}]{0,200}?"active"\s*:\s*"([A-Z]{3})"/.exec(s) ?? /ShopifyAnalytics\.meta\.currency\s*=\s*['"]([A-Z]{3})['"]/.exec(s);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function variantsOf(p: Json): Json[] {
  return Array.isArray(p.variants) ? p.variants.filter(isObj).slice(0, 300) : [];
}

/** The theme's product object: id, title or handle, and variants with prices. */
function productJson(scriptElements: readonly Element[], scripts: readonly string[]): Json | undefined {
  const looksLikeProduct = (v: Json) => variantsOf(v).length > 0 && ('handle' in v || 'title' in v) && variantsOf(v).some((x) => 'price' in x);
  for (const v of jsonScripts(scriptElements, 'script[type="application/json"][data-product-json], script[type="application/json"][id^="ProductJson"], script[type="application/json"][data-product], script[type="application/json"][id*="product-json" i]')) {
    if (isObj(v) && looksLikeProduct(v)) return v;
    if (isObj(v) && isObj(v.product) && looksLikeProduct(v.product)) return v.product;
  }
  for (const s of scripts) {
    if (!s.includes('"variants"')) continue;
    const found = objectsStartingWith(s, ['id'], looksLikeProduct, 1)[0];
    if (found) return found;
  }
  return undefined;
}

/** `var meta = {"product":…,"page":…}` from the analytics snippet. */
function analyticsMeta(scripts: readonly string[]): Json | undefined {
  for (const s of scripts) {
    if (!s.includes('ShopifyAnalytics') && !s.includes('var meta')) continue;
    const v = jsonAfter(s, /var meta\s*=\s*/);
    if (isObj(v)) return v;
  }
  return undefined;
}

/** Shopify's page type (`product`, `collection`, `home`, `searchresults`…), when stated. */
export function shopifyPageType(scripts: readonly string[]): string | undefined {
  const meta = analyticsMeta(scripts);
  const page = isObj(meta?.page) ? meta?.page : undefined;
  const t = page && typeof page.pageType === 'string' ? page.pageType : undefined;
  return t?.toLowerCase();
}

/**
 * The variant the theme rendered, as Dawn states it:
 * `<script type="application/json" data-selected-variant>` holds
 * `product.selected_or_first_available_variant` (with its sku and barcode).
 */
function renderedVariant(scriptElements: readonly Element[]): Json | undefined {
  for (const v of jsonScripts(scriptElements, 'script[type="application/json"][data-selected-variant]', 2)) {
    if (isObj(v) && 'id' in v && 'price' in v) return v;
  }
  return undefined;
}

function pickVariant(variants: readonly Json[], url: URL, rendered: Json | undefined): { variant?: Json; fromUrl: boolean } {
  const wanted = url.searchParams.get('variant');
  if (wanted) {
    const v = variants.find((x) => String(x.id) === wanted);
    if (v) return { variant: v, fromUrl: true };
  }
  // The theme's own word first; Shopify renders the selected-or-first-available variant when the URL names none.
  if (rendered) return { variant: rendered, fromUrl: false };
  return { variant: variants.find((x) => x.available === true) ?? variants[0], fromUrl: false };
}

/** What the Shopify page data says about the product, or undefined on other platforms / pages. */
export function readShopify(ctx: PageContext, scripts: readonly string[]): ProductRecord | undefined {
  if (!isShopify(ctx.doc, scripts)) return undefined;
  const currency = currencyOf(scripts) ?? ctx.currencyHint;
  const pj = productJson(ctx.index.scripts, scripts);
  const meta = analyticsMeta(scripts);
  const mp = isObj(meta?.product) ? meta?.product : undefined;
  const rendered = renderedVariant(ctx.index.scripts);
  if (!pj && !mp && !rendered) return undefined;
  const variants = pj ? variantsOf(pj) : mp ? variantsOf(mp) : [];
  const { variant, fromUrl } = pickVariant(variants, ctx.url, rendered);
  const price = centsToMoney(variant?.price, currency) ?? centsToMoney(pj?.price, currency);
  const compare = centsToMoney(variant?.compare_at_price, currency);
  const prices: Money[] = [];
  for (const v of variants) {
    const m = centsToMoney(v.price, currency);
    if (m && !prices.some((p) => p.amount === m.amount)) prices.push(m);
  }
  const available = typeof variant?.available === 'boolean' ? variant.available : typeof pj?.available === 'boolean' ? pj.available : undefined;
  const barcode = typeof variant?.barcode === 'string' ? variant.barcode.replace(/\s/g, '') : undefined;
  return {
    source: 'platform',
    name: cleanText(pj?.title, 1000),
    price,
    prices: prices.length > 1 ? prices : undefined,
    variantFromUrl: fromUrl || undefined,
    listPrice: compare && price && Number(compare.amount) > Number(price.amount) ? compare : undefined,
    availability: available === undefined ? undefined : available ? 'InStock' : 'OutOfStock',
    sku: cleanId(variant?.sku),
    gtin: barcode && /^\d{8,14}$/.test(barcode) ? barcode : undefined,
    brand: cleanText(pj?.vendor ?? mp?.vendor, 200),
  };
}
