import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText } from './util/dom';
import { ldProduct } from './util/ld-product';
import { clean } from './util/text';

/**
 * Shopee (Southeast Asia, Taiwan, Latin America). Pages are rendered in the
 * browser from `/api/v4/pdp/get_pc`; what the document itself states is the
 * JSON-LD product and the URL (`…-i.<shopId>.<itemId>`), so that is read,
 * and the rendered DOM only for stable anchors.
 */

const VERSION = 1;

const CURRENCY: Readonly<Record<string, string>> = {
  sg: 'SGD', 'com.my': 'MYR', 'co.th': 'THB', ph: 'PHP', vn: 'VND', 'co.id': 'IDR', tw: 'TWD', 'com.br': 'BRL',
  cl: 'CLP', 'com.co': 'COP', 'com.mx': 'MXN',
};

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/-i\.\d+\.\d+/.test(p) || /^\/product\/\d+\/\d+/.test(p)) return 'product';
  if (/^\/search/.test(p) || /-cat\.\d+/.test(p)) return 'search';
  if (/^\/shop\/\d+/.test(p)) return 'store';
  if (/^\/user\/purchase/.test(p)) return 'order';
  if (/^\/checkout/.test(p)) return 'checkout';
  return 'other';
}

/** Reads a Shopee page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractShopee(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'shopee' as const, pageKind, url: url.href };
  const currency = CURRENCY[/shopee\.([a-z.]+)$/.exec(url.hostname)?.[1] ?? ''];
  const ids = /-i\.(\d+)\.(\d+)/.exec(url.pathname) ?? /^\/product\/(\d+)\/(\d+)/.exec(url.pathname);
  const shopId = ids?.[1] ?? /^\/shop\/(\d+)/.exec(url.pathname)?.[1];

  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('[data-sqe="item"], li.shopee-search-item-result__item')).slice(0, 200).map((card) => {
      const href = card.querySelector('a[href*="-i."]')?.getAttribute('href');
      return {
        title: clean(firstText(card, ['[data-sqe="name"]', '.line-clamp-2']), 500),
        url: absoluteUrl(href, url),
        price: parseMoney(firstText(card, ['[class*="price"]']), currency),
        sellerId: /-i\.(\d+)\./.exec(href ?? '')?.[1],
      };
    }).filter((r) => r.price);
    return finishFacts({ ...draft, results }, 'shopee', VERSION);
  }
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'shopee', VERSION);

  const ld = ldProduct(doc);
  const name = clean(ld.sellerName ?? firstText(doc, ['.page-product__shop [class*="shop-name"]', '[class*="page-product__shop"] a[href^="/"] div']));
  const seller = { name, id: shopId, url: shopId ? absoluteUrl(`/shop/${shopId}`, url) : undefined, soldByPlatform: name || shopId ? false : undefined };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'shopee', VERSION);

  const price = ld.product.price;
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      price: price && !price.currency && currency ? { ...price, currency } : price,
      sku: ids?.[2] ?? ld.product.sku,
    },
    seller,
  }, 'shopee', VERSION);
}

/** The Shopee site adapter, registered in `registry.ts`. */
export const shopeeAdapter: SiteAdapter = {
  id: 'shopee',
  version: VERSION,
  matches: hostMatcher('shopee'),
  extract: extractShopee,
};

/* Test URLs
 * https://shopee.sg/Some-Cable-i.123456789.2345678901   item
 * https://shopee.sg/product/123456789/2345678901         item
 * https://shopee.sg/search?keyword=cable                 search
 * https://shopee.sg/shop/123456789                       shop
 */
