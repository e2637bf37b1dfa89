import type { Money, PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText } from './util/dom';
import { scriptJson } from './util/read';
import { pick, pickString } from './util/safe-json';
import { ldProduct } from './util/ld-product';
import { boundedNumber, clean, countOf, parseCount, parseRating } from './util/text';

/**
 * Walmart (walmart.com, walmart.ca). Everything comes from `__NEXT_DATA__`:
 * the product on item pages, `itemStacks` on search pages. A PerimeterX
 * "Robot or human?" wall is recognised by its title (the phrase also occurs
 * inside scripts of normal pages) and reported as an `other` page.
 */

const VERSION = 1;

/** Walmart's own seller account on walmart.com. */
const WALMART_SELLER_ID = 'F55CDC31AB754BB68FE0B39041159D63';
const PLATFORM_NAME = /^walmart(\.com|\.ca| canada)?$/i;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname.replace(/^\/(en|fr)(?=\/)/, '');
  if (/^\/ip\//.test(p)) return 'product';
  if (/^\/(search|browse|cp|shop)\b/.test(p)) return 'search';
  if (/^\/(seller|brand)\//.test(p)) return 'store';
  if (/^\/(orders|account\/wmpurchasehistory|account\/order)/.test(p)) return 'order';
  if (/^\/checkout/.test(p)) return 'checkout';
  return 'other';
}

function moneyOf(priceInfo: unknown, currency: string): Money | undefined {
  const amount = decimalFromNumber(pick(priceInfo, 'currentPrice', 'price'));
  if (amount) return { amount, currency: pickString(priceInfo, 'currentPrice', 'currencyUnit') ?? currency };
  for (const key of ['linePrice', 'itemPrice', 'currentPrice.priceString']) {
    const m = parseMoney(pickString(priceInfo, ...key.split('.')), currency);
    if (m) return m;
  }
  return undefined;
}

const isPlatform = (name?: string, id?: string) => (id ? id === WALMART_SELLER_ID : false) || (name ? PLATFORM_NAME.test(name) : false);

/** Reads a Walmart page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractWalmart(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'walmart' as const, pageKind, url: url.href };
  if (/robot or human/i.test(doc.title)) return finishFacts({ ...draft, pageKind: 'other' }, 'walmart', VERSION);

  const currency = url.hostname.endsWith('.ca') ? 'CAD' : 'USD';
  const data = pick(scriptJson(doc, 'script#__NEXT_DATA__'), 'props', 'pageProps', 'initialData');

  if (pageKind === 'search' || pageKind === 'store') {
    const stacks = pick(data, 'searchResult', 'itemStacks');
    const items = Array.isArray(stacks) ? stacks.flatMap((s) => (Array.isArray(pick(s, 'items')) ? (pick(s, 'items') as unknown[]) : [])) : [];
    const results = items.slice(0, 200).filter((it) => pickString(it, '__typename') === 'Product' || pickString(it, 'name')).map((it) => ({
      title: clean(pickString(it, 'name'), 500),
      url: absoluteUrl(pickString(it, 'canonicalUrl'), url),
      price: moneyOf(pick(it, 'priceInfo'), currency),
      sellerName: clean(pickString(it, 'sellerName')),
      sellerId: pickString(it, 'sellerId') ?? pickString(it, 'catalogSellerId'),
    })).filter((r) => r.price || r.sellerName);
    const sellerPage = pick(data, 'seller') ?? pick(data, 'sellerInfo');
    const sellerName = clean(pickString(sellerPage, 'sellerDisplayName') ?? pickString(sellerPage, 'sellerName'));
    const sellerId = /^\/seller\/(\d+)/.exec(url.pathname)?.[1];
    return finishFacts({
      ...draft,
      results,
      ...(pageKind === 'store' ? { seller: { name: sellerName, id: sellerId, soldByPlatform: sellerName || sellerId ? isPlatform(sellerName, sellerId) : undefined, feedbackPercent: boundedNumber(pick(sellerPage, 'positiveRatingPercentage'), 100) } } : {}),
    }, 'walmart', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'walmart', VERSION);

  const product = pick(data, 'data', 'product') ?? pick(data, 'product');
  const ld = ldProduct(doc);
  const status = pickString(product, 'availabilityStatus');
  const sellerName = clean(pickString(product, 'sellerDisplayName') ?? pickString(product, 'sellerName') ?? firstText(doc, ['[data-testid="product-seller-info"] a', '[data-testid="seller-name-link"]']));
  const sellerId = pickString(product, 'sellerId');
  const returnWindow = pick(product, 'returnPolicy', 'returnWindow');
  const rating = boundedNumber(pick(product, 'averageRating'), 5);

  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(pickString(product, 'name') ?? ld.product.title, 1000),
      price: moneyOf(pick(product, 'priceInfo'), currency) ?? ld.product.price ?? parseMoney(firstText(doc, ['[itemprop="price"]', '[data-testid="price-wrap"] [aria-hidden="true"]']), currency),
      availability: status ? (/IN_STOCK/.test(status) ? 'InStock' : /OUT_OF_STOCK|NOT_AVAILABLE/.test(status) ? 'OutOfStock' : undefined) : ld.product.availability,
      sku: pickString(product, 'usItemId') ?? /\/ip\/(?:[^/]+\/)?(\d+)/.exec(url.pathname)?.[1] ?? ld.product.sku,
      gtin: pickString(product, 'upc') ?? ld.product.gtin,
      brand: clean(pickString(product, 'brand') ?? ld.product.brand),
      rating: rating && rating > 0 ? rating : ld.product.rating ?? parseRating(firstText(doc, ['[itemprop="ratingValue"]'])),
      reviewCount: countOf(pick(product, 'numberOfReviews')) ?? ld.product.reviewCount ?? parseCount(firstText(doc, ['[itemprop="reviewCount"]'])),
    },
    seller: {
      name: sellerName,
      id: sellerId,
      url: sellerId && sellerId !== WALMART_SELLER_ID ? absoluteUrl(`/seller/${sellerId}`, url) : undefined,
      soldByPlatform: sellerName || sellerId ? isPlatform(sellerName, sellerId) : undefined,
    },
    returns: {
      windowDays: pickString(returnWindow, 'unitType') === 'Day' ? countOf(pick(returnWindow, 'value')) : undefined,
      free: typeof pick(product, 'returnPolicy', 'freeReturns') === 'boolean' ? (pick(product, 'returnPolicy', 'freeReturns') as boolean) : undefined,
    },
  }, 'walmart', VERSION);
}

/** The Walmart site adapter, registered in `registry.ts`. */
export const walmartAdapter: SiteAdapter = {
  id: 'walmart',
  version: VERSION,
  matches: hostMatcher('walmart'),
  extract: extractWalmart,
};

/* Test URLs
 * https://www.walmart.com/ip/Some-Product/123456789   item
 * https://www.walmart.ca/en/search?q=diapers          search
 * https://www.walmart.com/seller/101234567            seller
 * https://www.walmart.com/orders/2000123456789        order
 */
