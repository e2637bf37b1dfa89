import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts } from './util/dom';
import { scriptString } from './util/read';
import { parseCount } from './util/text';
import { availabilityOf, brandOf, pageKindOf, readable, shownPrice } from './taobao/common';

/**
 * Taobao. Item pages set `g_config` (shop name as `\u` escapes, seller id)
 * in a script literal, read as text; price, stock and attributes from the
 * page. Taobao has no platform-run shops.
 */

const VERSION = 1;

/** Reads a Taobao page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractTaobao(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url, /^item\.taobao\.com$/);
  const draft = { marketplace: 'taobao' as const, pageKind, url: url.href };
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('.item.J_MouserOnverReq, [class*="Card--doubleCardWrapper"], [data-category="auctions"]')).slice(0, 200).map((card) => ({
      title: readable(firstText(card, ['.title', '[class*="Title--title"]'])),
      url: absoluteUrl(card.querySelector('a[href*="item.htm"], a[href*="detail"]')?.getAttribute('href') ?? card.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['.price', '[class*="Price--priceInt"]']), 'CNY'),
      sellerName: readable(firstText(card, ['.shopname', '[class*="ShopInfo--shopName"]'])),
    })).filter((r) => r.price || r.sellerName);
    return finishFacts({ ...draft, results }, 'taobao', VERSION);
  }
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'taobao', VERSION);

  const scripts = inlineScripts(doc).filter((s) => /g_config|shopName|sellerId/.test(s));
  const shopLink = doc.querySelector('.tb-shop-name a, .shop-name-link, [class*="ShopHeader--title"]');
  const name = readable(scriptString(scripts, 'shopName')) ?? readable(shopLink?.getAttribute('title') ?? shopLink?.textContent ?? undefined);
  const id = scriptString(scripts, 'sellerId') ?? /[?&]user_number_id=(\d+)/.exec(url.search)?.[1];
  const seller = {
    name,
    id: id && /^\d+$/.test(id) ? id : undefined,
    url: absoluteUrl(shopLink?.getAttribute('href'), url),
    soldByPlatform: name || id ? false : undefined,
  };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'taobao', VERSION);

  const price = shownPrice(doc);
  return finishFacts({
    ...draft,
    product: {
      title: readable(doc.querySelector('.tb-main-title')?.getAttribute('data-title') ?? firstText(doc, ['.tb-main-title', '[class*="ItemHeader--mainTitle"]', 'h1'])),
      price,
      availability: availabilityOf(doc),
      sku: url.searchParams.get('id') ?? scriptString(scripts, 'itemId'),
      brand: brandOf(doc),
      reviewCount: parseCount(firstText(doc, ['#J_RateCounter'])),
    },
    seller,
  }, 'taobao', VERSION);
}

/** The Taobao site adapter, registered in `registry.ts`. */
export const taobaoAdapter: SiteAdapter = {
  id: 'taobao',
  version: VERSION,
  matches: hostMatcher('taobao'),
  extract: extractTaobao,
};

/* Test URLs
 * https://item.taobao.com/item.htm?id=562283240178   item
 * https://s.taobao.com/search?q=keyboard             search
 * https://someshop.taobao.com/                       shop
 * https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm   orders
 */
