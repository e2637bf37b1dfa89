import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts, textOf } from './util/dom';
import { scriptValue } from './util/read';
import { pick, pickString } from './util/safe-json';
import { ldProduct } from './util/ld-product';
import { countryIn } from './util/country';
import { boundedNumber, clean, countOf, parsePercent } from './util/text';

/**
 * Lazada (six Southeast Asian sites). Item pages carry their module data
 * (`__moduleData__` / `app.run({data:{root:{fields}}})`) and JSON-LD;
 * search pages carry `pageData.mods.listItems`, else rendered cards marked
 * `data-qa-locator="product-item"` (class names are hashed and not used).
 */

const VERSION = 1;

const CURRENCY: Readonly<Record<string, string>> = { sg: 'SGD', 'com.my': 'MYR', 'co.th': 'THB', 'com.ph': 'PHP', vn: 'VND', 'co.id': 'IDR' };
/** Lazada's own retail stores. */
const PLATFORM_NAME = /^(lazada( retail)?|redmart( by lazada)?|lazmart)$/i;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/products\/|-i\d+(-s\d+)?\.html/.test(p)) return 'product';
  if (/^\/(catalog|tag)\//.test(p) || url.searchParams.has('q')) return 'search';
  if (/^\/shop\//.test(p)) return 'store';
  if (/order/.test(url.hostname) || /^\/customer\/order/.test(p)) return 'order';
  if (/checkout/.test(url.hostname + p)) return 'checkout';
  return 'other';
}

function readSearch(doc: Document, url: URL, scripts: string[], currency: string | undefined): PageFactsInput['results'] {
  const items = pick(scriptValue(doc, 'pageData', scripts), 'mods', 'listItems') ?? scriptValue(doc, 'listItems', scripts);
  if (Array.isArray(items) && items.length) {
    return items.slice(0, 200).map((it) => ({
      title: clean(pickString(it, 'name'), 500),
      url: absoluteUrl(pickString(it, 'itemUrl'), url),
      price: parseMoney(pickString(it, 'priceShow'), currency) ?? (decimalFromNumber(pick(it, 'price')) ? { amount: decimalFromNumber(pick(it, 'price')) as string, ...(currency ? { currency } : {}) } : undefined),
      sellerName: clean(pickString(it, 'sellerName')),
      sellerId: pickString(it, 'sellerId'),
    })).filter((r) => r.price || r.sellerName);
  }
  return Array.from(doc.querySelectorAll('[data-qa-locator="product-item"], [data-tracking="product-card"]')).slice(0, 200).map((card) => {
    const link = card.querySelector('a[title], a[href*="/products/"]');
    // The price is the first short text that starts with a currency symbol or code.
    const priceText = Array.from(card.querySelectorAll('span, div')).map((e) => (e.children.length ? '' : textOf(e) ?? '')).find((t) => /^(\D{1,4})\s?\d[\d.,]*$/.test(t));
    return {
      title: clean(link?.getAttribute('title') ?? textOf(link), 500),
      url: absoluteUrl(link?.getAttribute('href'), url),
      price: parseMoney(priceText, currency),
    };
  }).filter((r) => r.price);
}

/** Reads a Lazada page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractLazada(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const tld = /lazada\.([a-z.]+)$/.exec(url.hostname)?.[1] ?? '';
  const currency = CURRENCY[tld];
  const draft = { marketplace: 'lazada' as const, pageKind, url: url.href };
  const scripts = inlineScripts(doc).filter((s) => /pageData|listItems|moduleData|app\.run|"fields"/.test(s));
  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url, scripts, currency) }, 'lazada', VERSION);

  const fields = pick(scriptValue(doc, '__moduleData__', scripts), 'data', 'root', 'fields') ?? scriptValue(doc, 'fields', scripts);
  const seller = pick(fields, 'seller');
  if (pageKind === 'store') {
    const name = clean(pickString(seller, 'name') ?? firstText(doc, ['.shop-name', '[class*="shop-name"]', 'h1']));
    return finishFacts({ ...draft, seller: { name, id: pickString(seller, 'sellerId'), soldByPlatform: name ? PLATFORM_NAME.test(name) : undefined } }, 'lazada', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'lazada', VERSION);

  const ld = ldProduct(doc);
  const skuInfos = pick(fields, 'skuInfos');
  const firstSku = skuInfos && typeof skuInfos === 'object' ? Object.values(skuInfos as Record<string, unknown>)[0] : undefined;
  const salePrice = decimalFromNumber(pick(firstSku, 'price', 'salePrice', 'value'));
  const name = clean(pickString(seller, 'name') ?? ld.sellerName ?? firstText(doc, ['.seller-name__detail-name', '.seller-name a', '[class*="seller-name"]']));
  const stock = pick(firstSku, 'stock');
  const rating = boundedNumber(pick(fields, 'review', 'ratings', 'average'), 5);
  const location = pickString(seller, 'location') ?? firstText(doc, ['.location__address']);

  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(pickString(fields, 'product', 'title') ?? ld.product.title ?? firstText(doc, ['.pdp-mod-product-badge-title', 'h1']), 1000),
      price: (salePrice ? { amount: salePrice, ...(currency ? { currency } : {}) } : undefined) ?? ld.product.price
        ?? parseMoney(firstText(doc, ['.pdp-price_type_normal', '.pdp-product-price .pdp-price']), currency),
      availability: typeof stock === 'number' ? (stock > 0 ? 'InStock' : 'OutOfStock') : ld.product.availability,
      sku: pickString(fields, 'primaryKey', 'itemId') ?? /-i(\d+)(?:-s\d+)?\.html/.exec(url.pathname)?.[1] ?? ld.product.sku,
      brand: clean(pickString(fields, 'product', 'brand', 'name') ?? ld.product.brand),
      rating: rating && rating > 0 ? rating : ld.product.rating,
      reviewCount: countOf(pick(fields, 'review', 'ratings', 'rateCount')) ?? ld.product.reviewCount,
    },
    seller: {
      name,
      id: pickString(seller, 'sellerId') ?? pickString(seller, 'shopId'),
      url: absoluteUrl(pickString(seller, 'url'), url),
      soldByPlatform: name ? PLATFORM_NAME.test(name) : undefined,
      feedbackPercent: parsePercent(pickString(seller, 'positiveSellerRating') ?? firstText(doc, ['.seller-info-value.rating-positive'])),
    },
    // Overseas (LazGlobal) listings state the origin country as the location.
    shipping: { from: countryIn(location, ['en']) },
    claims: { officialStore: pick(seller, 'isLazMall') === true || undefined },
  }, 'lazada', VERSION);
}

/** The Lazada site adapter, registered in `registry.ts`. */
export const lazadaAdapter: SiteAdapter = {
  id: 'lazada',
  version: VERSION,
  matches: hostMatcher('lazada'),
  extract: extractLazada,
};

/* Test URLs
 * https://www.lazada.com.ph/products/some-diapers-i1234567890.html   item
 * https://www.lazada.com.ph/catalog/?q=diapers                       search
 * https://www.lazada.sg/shop/some-store/                             store
 */
