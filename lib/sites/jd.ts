import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts } from './util/dom';
import { labelledValue, scriptString } from './util/read';
import { availabilityFromText, parseCount } from './util/text';
import { readable } from './taobao/common';

/**
 * JD.com and JD Worldwide (jd.hk). Item pages set `pageConfig.product`
 * (sku, vendor, shop) as a script literal; the price arrives from the price
 * API into `.p-price`, read once rendered. JD's self-operated (自营) shops
 * are the platform selling.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const h = url.hostname;
  if (/^(item|npcitem|item\.m)\./.test(h) || /^\/product\/\d+\.html/.test(url.pathname)) return 'product';
  if (/^search\./.test(h)) return 'search';
  if (/^mall\./.test(h) || /^\/index-\d+\.html/.test(url.pathname)) return 'store';
  if (/^(order|details)\./.test(h)) return 'order';
  if (/^trade\./.test(h)) return 'checkout';
  return 'other';
}

/** Reads a JD page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractJd(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'jd' as const, pageKind, url: url.href };
  if (pageKind === 'search') {
    const results = Array.from(doc.querySelectorAll('#J_goodsList li.gl-item, li[data-sku]')).slice(0, 200).map((card) => ({
      title: readable(firstText(card, ['.p-name em', '.p-name'])),
      url: absoluteUrl(card.querySelector('.p-name a, a[href*="item.jd"]')?.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['.p-price i', '.p-price']), 'CNY'),
      sellerName: readable(firstText(card, ['.p-shop a', '.p-shop'])),
    })).filter((r) => r.price || r.sellerName);
    return finishFacts({ ...draft, results }, 'jd', VERSION);
  }
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'jd', VERSION);

  const scripts = inlineScripts(doc).filter((s) => s.includes('pageConfig') || s.includes('venderId'));
  const shopLink = doc.querySelector('.J-hove-wrap .name a, .shopName .name a, #popbox .mt h3 a, .popbox-inner .mt h3 a');
  const name = readable(shopLink?.getAttribute('title') ?? shopLink?.textContent ?? undefined);
  const selfRun = Boolean(doc.querySelector('.u-jd, .icon-ziying, .self-support, .goods-base .jd-logo')) || /自营/.test(name ?? '');
  const id = scriptString(scripts, 'shopId') ?? scriptString(scripts, 'venderId') ?? /index-(\d+)\.html/.exec(url.pathname)?.[1];
  const seller = {
    name: name ?? (selfRun ? '京东自营' : undefined),
    id: id && /^\d+$/.test(id) ? id : undefined,
    url: absoluteUrl(shopLink?.getAttribute('href'), url),
    soldByPlatform: name || id || selfRun ? selfRun : undefined,
  };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'jd', VERSION);

  const sku = /\/(\d+)\.html/.exec(url.pathname)?.[1] ?? scriptString(scripts, 'skuid');
  const brand = readable(firstText(doc, ['#parameter-brand li a', '#parameter-brand li'])?.replace(/^品牌[:：]\s*/, '')) ??
    readable(labelledValue(doc, '.p-parameter-list li, .Ptable-item dl dl', /^品牌$/));
  return finishFacts({
    ...draft,
    product: {
      title: readable(firstText(doc, ['.sku-name', '.itemInfo-wrap .sku-name', 'h1'])) ?? readable(scriptString(scripts, 'name')),
      price: parseMoney(firstText(doc, ['.summary-price .p-price .price', `.J-p-${sku ?? 'x'}`, '.p-price .price']), 'CNY'),
      availability: availabilityFromText(readable(firstText(doc, ['#store-prompt', '.store-prompt']))),
      sku,
      brand,
      reviewCount: parseCount(firstText(doc, ['#comment-count .count', '#detail .tab-main li[data-anchor="#comment"] s'])),
    },
    seller,
  }, 'jd', VERSION);
}

/** The JD site adapter, registered in `registry.ts`. */
export const jdAdapter: SiteAdapter = {
  id: 'jd',
  version: VERSION,
  matches: hostMatcher('jd'),
  extract: extractJd,
};

/* Test URLs
 * https://item.jd.com/100008348542.html   item
 * https://npcitem.jd.hk/100012345678.html JD Worldwide item
 * https://search.jd.com/Search?keyword=x  search
 * https://mall.jd.com/index-1000000127.html shop
 */
