import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney, decimalFromNumber } from './util/money';
import { absoluteUrl, firstText, inlineScripts } from './util/dom';
import { scriptString, scriptValue } from './util/read';
import { pickString } from './util/safe-json';
import { parseCount } from './util/text';
import { availabilityOf, brandOf, pageKindOf, readable, shownPrice } from './taobao/common';

/**
 * Tmall and Tmall Global (tmall.com, tmall.hk). Item pages run
 * `TShop.Setup({itemDO, ...})` and set `g_config` with the seller id and the
 * URL-encoded seller nick, which survives a wrong charset when the shop name
 * in the DOM does not. Tmall's own supermarket and Tmall Global direct
 * stores are the platform selling.
 */

const VERSION = 1;

const PLATFORM_NAME = /^(天猫超市|天猫国际(官方直营|直营|进口超市)|tmall supermarket|tmall global( official)?( direct)?)/i;

function decodeNick(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return readable(decodeURIComponent(raw));
  } catch {
    return undefined;
  }
}

/** Reads a Tmall page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractTmall(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url, /^detail\.(tmall\.com|tmall\.hk)$/);
  const draft = { marketplace: 'tmall' as const, pageKind, url: url.href };
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('.product[data-id], [class*="Card--doubleCardWrapper"]')).slice(0, 200).map((card) => ({
      title: readable(firstText(card, ['.productTitle', '[class*="Title--title"]'])),
      url: absoluteUrl(card.querySelector('a[href*="detail"]')?.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['.productPrice em', '[class*="Price--priceInt"]']), 'CNY'),
      sellerName: readable(firstText(card, ['.productShop-name', '[class*="ShopInfo--shopName"]'])),
    })).filter((r) => r.price || r.sellerName);
    return finishFacts({ ...draft, results }, 'tmall', VERSION);
  }
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'tmall', VERSION);

  const scripts = inlineScripts(doc).filter((s) => /g_config|TShop|sellerId/.test(s));
  const setup = scriptValue(doc, 'itemDO', scripts);
  const shopLink = doc.querySelector('.slogo-shopname, .shopLink, [class*="ShopHeader--title"]');
  const name = readable(shopLink?.textContent ?? undefined) ?? decodeNick(scriptString(scripts, 'sellerNickName'));
  const id = scriptString(scripts, 'sellerId');
  const seller = {
    name,
    id: id && /^\d+$/.test(id) ? id : undefined,
    url: absoluteUrl(shopLink?.getAttribute('href'), url),
    soldByPlatform: name ? PLATFORM_NAME.test(name) : id ? false : undefined,
  };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'tmall', VERSION);

  const reserve = decimalFromNumber(pickString(setup, 'reservePrice'));
  return finishFacts({
    ...draft,
    product: {
      title: readable(pickString(setup, 'title') ?? firstText(doc, ['.tb-detail-hd h1', '[class*="ItemHeader--mainTitle"]', 'h1'])),
      price: shownPrice(doc) ?? (reserve ? { amount: reserve, currency: 'CNY' } : undefined),
      availability: availabilityOf(doc),
      sku: url.searchParams.get('id') ?? pickString(setup, 'itemId'),
      brand: readable(pickString(setup, 'brand')) ?? brandOf(doc),
      reviewCount: parseCount(firstText(doc, ['#J_ItemRates .tm-count', '.tm-ind-reviewCount .tm-count'])),
    },
    seller,
    claims: { officialStore: name ? /官方旗舰店|official/i.test(name) || undefined : undefined },
  }, 'tmall', VERSION);
}

/** The Tmall site adapter, registered in `registry.ts`. */
export const tmallAdapter: SiteAdapter = {
  id: 'tmall',
  version: VERSION,
  matches: hostMatcher('tmall'),
  extract: extractTmall,
};

/* Test URLs
 * https://detail.tmall.com/item.htm?id=605258110430   item
 * https://detail.tmall.hk/hk/item.htm?id=600000000000 Tmall Global item
 * https://list.tmall.com/search_product.htm?q=iphone  search
 * https://suning.tmall.com/                           flagship store
 */
