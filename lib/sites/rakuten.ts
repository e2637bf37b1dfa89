import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText } from './util/dom';
import { attrOf } from './util/read';
import { ldProduct } from './util/ld-product';
import { availabilityFromText, clean, parseCount, parseRating } from './util/text';

/**
 * Rakuten Ichiba (rakuten.co.jp). Each shop lives under its own path
 * (`item.rakuten.co.jp/<shop>/<item>/`), which identifies the seller; the
 * item page carries JSON-LD or microdata, and its title ends with the shop
 * name ("【楽天市場】商品名：ショップ名"). Rakuten's own shops are the platform.
 */

const VERSION = 1;

const PLATFORM_NAME = /^(楽天ブックス|楽天24|楽天ビック|rakuten direct|楽天市場店?)$/i;
const PLATFORM_SHOPS = new Set(['book', 'rakuten24', 'biccamera', 'rakutendirect']);

function pageKindOf(url: URL): PageKind {
  const h = url.hostname;
  if (/^item\./.test(h) && /^\/[^/]+\/[^/]+/.test(url.pathname)) return 'product';
  if (/^search\./.test(h)) return 'search';
  if (/^(order|my|purchasehistory)\./.test(h) || /^order\.my\./.test(h)) return 'order';
  if (/^(basket|step|checkout)\./.test(h)) return 'checkout';
  if (/^(www\.)?rakuten\.co\.jp$/.test(h) && /^\/[a-z0-9-]+\/?$/.test(url.pathname) && url.pathname !== '/') return 'store';
  return 'other';
}

/** Reads a Rakuten page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractRakuten(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'rakuten' as const, pageKind, url: url.href };
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('.searchresultitem, [class*="searchresultitem"], .dui-card.searchresultitem')).slice(0, 200).map((card) => {
      const link = card.querySelector('a[href*="item.rakuten.co.jp"]');
      return {
        title: clean(firstText(card, ['.title', 'h2']), 500),
        url: absoluteUrl(link?.getAttribute('href'), url),
        price: parseMoney(firstText(card, ['.important', '.price--OX_YW', '[class*="price"]']), 'JPY'),
        sellerName: clean(firstText(card, ['.merchant', '[class*="merchant"]'])),
        sellerId: /item\.rakuten\.co\.jp\/([^/]+)/.exec(link?.getAttribute('href') ?? '')?.[1],
      };
    }).filter((r) => r.price || r.sellerName);
    return finishFacts({ ...draft, results }, 'rakuten', VERSION);
  }
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'rakuten', VERSION);

  const shopId = /^\/([^/]+)/.exec(url.pathname)?.[1];
  const titleShop = /：([^：]+)$/.exec(doc.title.replace(/\s+$/, ''))?.[1];
  const name = clean(firstText(doc, ['.c-spCompanyName', '#shop-name', '.shop-name', '[irc="ShopName"]']) ?? titleShop);
  const seller = {
    name,
    id: shopId,
    url: shopId ? absoluteUrl(`https://www.rakuten.co.jp/${shopId}/`, url) : undefined,
    soldByPlatform: shopId ? PLATFORM_SHOPS.has(shopId) || (name ? PLATFORM_NAME.test(name) : false) : undefined,
  };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'rakuten', VERSION);

  const ld = ldProduct(doc);
  const micro = decimalFromNumber(attrOf(doc, '[itemprop="price"]', 'content'));
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title ?? firstText(doc, ['.item_name', 'h1']), 1000),
      price: ld.product.price ?? (micro ? { amount: micro, currency: 'JPY' } : parseMoney(firstText(doc, ['.price2', '#priceCalculationConfig', '.price--OX_YW']), 'JPY')),
      availability: ld.product.availability ?? availabilityFromText(firstText(doc, ['.soldout_msg', '.item-soldout', '#soldout'])),
      sku: ld.product.sku ?? /^\/[^/]+\/([^/]+)/.exec(url.pathname)?.[1],
      rating: ld.product.rating ?? parseRating(firstText(doc, ['.revRvwUserEntryRate', '[itemprop="ratingValue"]'])),
      reviewCount: ld.product.reviewCount ?? parseCount(firstText(doc, ['.revEvaCnt', '[itemprop="reviewCount"]'])),
    },
    seller,
  }, 'rakuten', VERSION);
}

/** The Rakuten site adapter, registered in `registry.ts`. */
export const rakutenAdapter: SiteAdapter = {
  id: 'rakuten',
  version: VERSION,
  matches: hostMatcher('rakuten'),
  extract: extractRakuten,
};

/* Test URLs
 * https://item.rakuten.co.jp/someshop/item-123/   item
 * https://search.rakuten.co.jp/search/mall/cable/ search
 * https://www.rakuten.co.jp/someshop/             shop
 */
