import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts } from './util/dom';
import { attrOf, scriptValue } from './util/read';
import { pick, pickString } from './util/safe-json';
import { ldProduct } from './util/ld-product';
import { boundedNumber, clean, countOf } from './util/text';

/**
 * Shein. Goods pages (`…-p-<goodsId>….html`) embed `productIntroData`
 * (goods, price, store, reviews) in page script and JSON-LD. SHEIN sells
 * its own brands; marketplace sellers show their store in `storeInfo`.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/-p-\d+(-cat-\d+)?\.html$/.test(p)) return 'product';
  if (/^\/store\//.test(p)) return 'store';
  if (/^\/pdsearch\/|-c-\d+\.html$|-sc-[\w]+\.html$/.test(p)) return 'search';
  if (/^\/user\/orders/.test(p)) return 'order';
  if (/^\/checkout/.test(p)) return 'checkout';
  return 'other';
}

const PLATFORM_NAME = /^shein( official( store)?)?$/i;

/** Reads a Shein page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractShein(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'shein' as const, pageKind, url: url.href };
  const scripts = inlineScripts(doc).filter((s) => /productIntroData|storeInfo|goods_name/.test(s));
  const intro = scriptValue(doc, 'productIntroData', scripts);
  const storeInfo = pick(intro, 'storeInfo') ?? scriptValue(doc, 'storeInfo', scripts);
  const storeName = clean(pickString(storeInfo, 'title') ?? pickString(storeInfo, 'storeName') ?? firstText(doc, ['[class*="store-title"]', '.product-intro__store-name']));
  const storeId = pickString(storeInfo, 'storeCode') ?? pickString(storeInfo, 'store_code') ?? url.searchParams.get('store_code') ?? undefined;
  const seller = {
    name: storeName,
    id: storeId,
    soldByPlatform: storeName ? PLATFORM_NAME.test(storeName) : undefined,
    followers: countOf(pick(storeInfo, 'followersCount')),
  };

  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('.product-card, [class*="product-list__item"], section.S-product-item')).slice(0, 200).map((card) => ({
      title: clean(firstText(card, ['.goods-title-link', '[class*="goods-title"]', 'a[title]']), 500),
      url: absoluteUrl(card.querySelector('a[href*="-p-"]')?.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['.product-item__camecase-wrap', '[class*="price"]'])),
    })).filter((r) => r.price);
    return finishFacts({ ...draft, results }, 'shein', VERSION);
  }
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'shein', VERSION);
  if (pageKind !== 'product') return finishFacts(draft, 'shein', VERSION);

  const ld = ldProduct(doc);
  const detail = pick(intro, 'detail');
  const sale = pick(intro, 'getPrice', 'salePrice') ?? pick(detail, 'salePrice');
  const amount = decimalFromNumber(pickString(sale, 'amount'));
  const currency = ld.product.price?.currency ?? attrOf(doc, 'meta[property="product:price:currency"]', 'content');
  const stock = pick(detail, 'stock');
  const rating = boundedNumber(pick(intro, 'commentInfo', 'comment_rank_average'), 5);
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(pickString(detail, 'goods_name') ?? ld.product.title, 1000),
      price: (amount ? { amount, ...(currency ? { currency } : {}) } : undefined) ?? ld.product.price,
      availability: stock !== undefined ? (Number(stock) > 0 ? 'InStock' : 'OutOfStock') : ld.product.availability,
      sku: pickString(detail, 'goods_sn') ?? ld.product.sku ?? /-p-(\d+)/.exec(url.pathname)?.[1],
      rating: rating && rating > 0 ? rating : ld.product.rating,
      reviewCount: countOf(pick(intro, 'commentInfo', 'comment_num')) ?? ld.product.reviewCount,
    },
    seller,
  }, 'shein', VERSION);
}

/** The Shein site adapter, registered in `registry.ts`. */
export const sheinAdapter: SiteAdapter = {
  id: 'shein',
  version: VERSION,
  matches: hostMatcher('shein'),
  extract: extractShein,
};

/* Test URLs
 * https://us.shein.com/Some-Dress-p-12345678-cat-1727.html   goods
 * https://us.shein.com/store/home?store_code=1234567890      store
 * https://us.shein.com/pdsearch/dress/                       search
 */
