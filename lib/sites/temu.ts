import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts, textOf } from './util/dom';
import { scriptValue } from './util/read';
import { pick, pickString } from './util/safe-json';
import { hasType, jsonLdNodes, ldString, type LdNode } from './util/json-ld';
import { ldProduct } from './util/ld-product';
import { clean, parseCount } from './util/text';

/**
 * Temu. Goods pages (`…-g-<goodsId>.html`) carry JSON-LD and the page state
 * `window.rawData` (read as script text); store pages (`…-m-<mallId>.html`)
 * carry an `Organization` node whose name Temu masks with asterisks, so the
 * mall id from the URL identifies the seller and a masked name is dropped.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/-g-\d+\.html$/.test(p) || /^\/goods\.html/.test(p)) return 'product';
  if (/-m-\d+\.html$/.test(p) || /^\/mall\.html/.test(p)) return 'store';
  if (/^\/(search_result|channel)|-o3-|-o\d-\d+\.html$/.test(p)) return 'search';
  if (/^\/bgt_order|order_detail|\/orders?\b/.test(p)) return 'order';
  if (/check_?out/.test(p)) return 'checkout';
  return 'other';
}

/** A store name Temu masked ("* * Home *") is no name. */
const unmasked = (s: string | undefined) => (s && !s.includes('*') ? clean(s.replace(/\s*[-|]\s*Temu$/i, '')) : undefined);

/** Reads a Temu page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractTemu(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'temu' as const, pageKind, url: url.href };
  const scripts = inlineScripts(doc).filter((s) => s.includes('rawData'));
  const store = pick(scriptValue(doc, 'rawData', scripts), 'store');
  const mallId = /-m-(\d+)\.html/.exec(url.pathname)?.[1] ?? url.searchParams.get('mall_id') ?? pickString(store, 'goods', 'mallId') ?? pickString(store, 'mall', 'mallId');
  const mallName = unmasked(pickString(store, 'mall', 'mallName') ?? pickString(store, 'mallName'));

  if (pageKind === 'store') {
    const org = jsonLdNodes(doc).find((n) => hasType(n, 'Organization') && /-m-\d+/.test(ldString(n.url) ?? '')) as LdNode | undefined;
    const info = firstText(doc, ['[class*="mallInfo"]', '[class*="storeInfo"]']) ?? '';
    return finishFacts({
      ...draft,
      seller: {
        name: mallName ?? unmasked(ldString(org?.name)) ?? unmasked(firstText(doc, ['h1'])),
        id: mallId,
        soldByPlatform: mallId ? false : undefined,
        followers: parseCount(/([\d.,]+\s*[kKmM]?)\s*followers/i.exec(info)?.[1]),
      },
    }, 'temu', VERSION);
  }
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('[data-tooltip^="goodContainer"], [class*="goodsItem"], a[href*="-g-"]')).slice(0, 200).map((card) => {
      const link = card.matches('a') ? card : card.querySelector('a[href*="-g-"]');
      return {
        title: clean(link?.getAttribute('title') ?? textOf(card.querySelector('h2, h3')), 500),
        url: absoluteUrl(link?.getAttribute('href'), url),
        price: parseMoney(firstText(card, ['[data-type="price"]', '[class*="price"]'])),
      };
    }).filter((r) => r.price);
    return finishFacts({ ...draft, results }, 'temu', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'temu', VERSION);

  const ld = ldProduct(doc);
  const goods = pick(store, 'goods');
  const minPrice = decimalFromNumber(pick(goods, 'minOnSalePrice'));
  const currency = ld.product.price?.currency ?? pickString(store, 'currency');
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title ?? pickString(goods, 'goodsName'), 1000),
      price: ld.product.price ?? (minPrice ? { amount: minPrice, ...(currency ? { currency } : {}) } : undefined),
      sku: /-g-(\d+)\.html/.exec(url.pathname)?.[1] ?? pickString(goods, 'goodsId') ?? ld.product.sku,
    },
    seller: {
      name: mallName ?? unmasked(ld.sellerName) ?? unmasked(firstText(doc, ['[class*="mallName"]', '[data-type="mallName"]'])),
      id: mallId,
      soldByPlatform: mallId ? false : undefined,
    },
  }, 'temu', VERSION);
}

/** The Temu site adapter, registered in `registry.ts`. */
export const temuAdapter: SiteAdapter = {
  id: 'temu',
  version: VERSION,
  matches: hostMatcher('temu'),
  extract: extractTemu,
};

/* Test URLs
 * https://www.temu.com/some-goods-g-601099512345678.html   goods
 * https://www.temu.com/--home--m-3597628347664.html          store
 * https://www.temu.com/search_result.html?search_key=cable   search
 * https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-1   order
 */
