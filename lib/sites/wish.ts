import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText, metaContent, textOf } from './util/dom';
import { ldProduct } from './util/ld-product';
import { clean } from './util/text';

/**
 * Wish. Product pages render in the browser; the document states the
 * product in JSON-LD / Open Graph, and the merchant as a link to
 * `/merchant/<name>`, which is the merchant's id.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/(c|product)\/[0-9a-f]{24}/.test(p) || url.searchParams.has('product_id')) return 'product';
  if (/^\/merchant\//.test(p)) return 'store';
  if (/^\/(search|feed)\b/.test(p)) return 'search';
  if (/^\/transaction/.test(p)) return 'order';
  if (/^\/(cart|checkout)/.test(p)) return 'checkout';
  return 'other';
}

/** Reads a Wish page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractWish(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'wish' as const, pageKind, url: url.href };
  const merchantFromUrl = /^\/merchant\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (pageKind === 'store') {
    return finishFacts({ ...draft, seller: { name: clean(firstText(doc, ['h1']) ?? merchantFromUrl), id: merchantFromUrl, soldByPlatform: merchantFromUrl ? false : undefined } }, 'wish', VERSION);
  }
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('a[href*="/c/"], a[href*="/product/"]')).slice(0, 200).map((a) => ({
      title: clean(a.getAttribute('title') ?? textOf(a.querySelector('[class*="title"], [class*="Name"]')), 500),
      url: absoluteUrl(a.getAttribute('href'), url),
      price: parseMoney(firstText(a, ['[class*="price"]', '[class*="Price"]'])),
    })).filter((r) => r.price);
    return finishFacts({ ...draft, results }, 'wish', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'wish', VERSION);

  const ld = ldProduct(doc);
  const merchant = doc.querySelector('a[href*="/merchant/"]');
  const id = /\/merchant\/([^/?#]+)/.exec(merchant?.getAttribute('href') ?? '')?.[1];
  const ogAmount = metaContent(doc, ['og:price:amount', 'product:price:amount']);
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title ?? metaContent(doc, ['og:title']), 1000),
      price: ld.product.price ?? parseMoney(ogAmount, metaContent(doc, ['og:price:currency', 'product:price:currency'])),
      sku: /^\/(?:c|product)\/([0-9a-f]{24})/.exec(url.pathname)?.[1] ?? ld.product.sku,
    },
    seller: { name: clean(textOf(merchant) ?? ld.sellerName), id, soldByPlatform: id || merchant ? false : undefined },
  }, 'wish', VERSION);
}

/** The Wish site adapter, registered in `registry.ts`. */
export const wishAdapter: SiteAdapter = {
  id: 'wish',
  version: VERSION,
  matches: hostMatcher('wish'),
  extract: extractWish,
};

/* Test URLs
 * https://www.wish.com/c/5f1a2b3c4d5e6f7a8b9c0d1e   product
 * https://www.wish.com/merchant/somemerchant       merchant
 * https://www.wish.com/search/cable                search
 */
