import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { finishFacts } from './util/finish';
import { parseMoney, decimalFromNumber } from './util/money';
import { findJsonObject, pick, pickNumber, pickString, safeJsonParse } from './util/safe-json';
import { firstText, inlineScripts, absoluteUrl } from './util/dom';

/**
 * AliExpress, every language subdomain. Data comes from the inline script that
 * sets `window.runParams` (2019–2022 "modules", 2023–24 "components"), read as
 * text because content scripts cannot see page globals, then from the
 * rendered DOM for the client-rendered generation.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  if (/\/item\/\d+/.test(url.pathname) || /\/i\/\d+\.html/.test(url.pathname)) return 'product';
  if (/\/store\/|\/shop\//.test(url.pathname) || /^\/?$/.test(url.pathname) && url.hostname.split('.').length > 3) return 'store';
  if (/\/w\/|\/wholesale|\/category\/|SearchText=/.test(url.pathname + url.search)) return 'search';
  if (/\/p\/order\/|order_detail|\/order\//.test(url.pathname)) return 'order';
  return 'other';
}

function itemIdOf(url: URL): string | undefined {
  return /\/item\/(?:[^/]+\/)?(\d{6,20})\.html/.exec(url.pathname)?.[1];
}

/** Finds the first runParams module present under any of its historical names. */
function moduleOf(scripts: string[], keys: string[]): unknown {
  for (const key of keys) {
    for (const s of scripts) {
      if (!s.includes(`"${key}"`)) continue;
      const v = findJsonObject(s, key);
      if (v && typeof v === 'object') return v;
    }
  }
  return undefined;
}

function dateFromOpenTime(ms: unknown): string | undefined {
  const n = typeof ms === 'number' ? ms : typeof ms === 'string' ? Number(ms) : NaN;
  if (!Number.isFinite(n) || n < 9e11 || n > 4e12) return undefined;
  return new Date(n).toISOString().slice(0, 10);
}

function shipFromOf(scripts: string[]): string | undefined {
  for (const s of scripts) {
    const m = /\\?"shipFrom(?:Code)?\\?"\s*:\s*\\?"([A-Z]{2})\\?"/.exec(s);
    if (m) return m[1];
  }
  return undefined;
}

function priceFrom(priceModule: unknown, currencyHint: string | undefined) {
  // 2023–24: skuPriceList[].skuVal.skuActivityAmount / skuAmount
  const skuList = pick(priceModule, 'skuPriceList') ?? pick(priceModule, 'skuJson');
  const list = typeof skuList === 'string' ? safeJsonParse(skuList) : skuList;
  if (Array.isArray(list)) {
    for (const sku of list.slice(0, 50)) {
      for (const key of ['skuActivityAmount', 'skuAmount']) {
        const amount = decimalFromNumber(pick(sku, 'skuVal', key, 'value'));
        const currency = pickString(sku, 'skuVal', key, 'currency') ?? currencyHint;
        if (amount) return { amount, ...(currency ? { currency } : {}) };
      }
    }
  }
  for (const key of ['minActivityAmount', 'minAmount', 'discountPrice', 'actMinPrice']) {
    const amount = decimalFromNumber(pick(priceModule, key, 'value') ?? pick(priceModule, key, 'minAmount', 'value'));
    const currency = pickString(priceModule, key, 'currency') ?? currencyHint;
    if (amount) return { amount, ...(currency ? { currency } : {}) };
  }
  for (const key of ['formatedActivityPrice', 'formatedPrice', 'formattedPrice']) {
    const m = parseMoney(pickString(priceModule, key), currencyHint);
    if (m) return m;
  }
  return undefined;
}

export function extractAliexpress(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const scripts = inlineScripts(doc).filter((s) => s.includes('runParams') || s.includes('Component"') || s.includes('Module"'));

  const store = moduleOf(scripts, ['sellerComponent', 'storeModule']);
  const storeFeedback = moduleOf(scripts, ['storeFeedbackComponent']);
  const priceModule = moduleOf(scripts, ['priceComponent', 'priceModule']);
  const title = moduleOf(scripts, ['productInfoComponent', 'titleModule']);
  const feedback = moduleOf(scripts, ['feedbackComponent']);
  const currencyModule = moduleOf(scripts, ['currencyComponent']);
  const inventory = moduleOf(scripts, ['inventoryComponent', 'quantityModule', 'actionModule']);
  const specs = moduleOf(scripts, ['productPropComponent', 'specsModule']);

  const currencyHint = pickString(currencyModule, 'currencyCode') ?? pickString(priceModule, 'minAmount', 'currency');

  const rendered = {
    title: firstText(doc, ['h1[data-pl="product-title"]', '.product-title-text', 'h1']),
    price: firstText(doc, ['.product-price-current', '.pdp-comp-price-current', '.product-price-value', '[class*="price--current"]']),
    store: firstText(doc, ['[data-pl="store-name"]', '.store-header--storeName', '[class*="store-detail--storeName"]', '.shop-name a', '.store-name']),
  };

  const storeName = pickString(store, 'storeName') ?? rendered.store;
  const storeId = pickString(store, 'storeNum') ?? pickString(store, 'storeNumber') ?? /\/store\/(\d+)/.exec(url.pathname)?.[1];
  const feedbackPercent = pickNumber(storeFeedback, 'sellerPositiveRate') ?? pickNumber(store, 'positiveRate');
  const feedbackCount = pickNumber(storeFeedback, 'sellerPositiveNum') ?? pickNumber(store, 'positiveNum');
  const totalQty = pickNumber(inventory, 'totalAvailQuantity') ?? pickNumber(inventory, 'totalAvailQuantity');
  const props = (pick(specs, 'props') ?? pick(specs, 'specsList')) as unknown;
  const brand = Array.isArray(props)
    ? props.map((p) => ({ name: pickString(p, 'attrName'), value: pickString(p, 'attrValue') }))
        .find((p) => p.name && /^(brand name|nombre de marca|marca|marque|marke|бренд|品牌|ブランド名|اسم العلامة التجارية|שם המותג|merk|nazwa marki)/i.test(p.name))?.value
    : undefined;
  const rating = pickNumber(feedback, 'evarageStar') ?? pickNumber(title, 'feedbackRating', 'averageStar');
  const reviewCount = pickNumber(feedback, 'totalValidNum') ?? pickNumber(title, 'feedbackRating', 'totalValidNum');

  const hasData = Boolean(storeName || priceModule || rendered.price);
  if (!hasData && pageKind !== 'store') return pageKind === 'product' ? null : null;

  const openedAt = dateFromOpenTime(pick(store, 'openTime'));
  const years = pickNumber(store, 'openedYear');

  return finishFacts(
    {
      marketplace: 'aliexpress',
      pageKind,
      url: url.href,
      product: {
        title: pickString(title, 'subject') ?? rendered.title,
        price: priceFrom(priceModule, currencyHint) ?? parseMoney(rendered.price, currencyHint),
        availability: totalQty === undefined ? (priceModule ? 'InStock' : undefined) : totalQty > 0 ? 'InStock' : 'OutOfStock',
        sku: itemIdOf(url),
        brand,
        rating: rating !== undefined && rating > 0 && rating <= 5 ? rating : undefined,
        reviewCount: reviewCount !== undefined && reviewCount > 0 ? Math.round(reviewCount) : undefined,
      },
      seller: {
        name: storeName,
        id: storeId,
        url: absoluteUrl(pickString(store, 'storeURL'), url),
        soldByPlatform: storeName ? false : undefined,
        feedbackPercent: feedbackPercent !== undefined && feedbackPercent >= 0 && feedbackPercent <= 100 ? feedbackPercent : undefined,
        feedbackCount: feedbackCount !== undefined ? Math.round(feedbackCount) : undefined,
        openedAt,
        years: years !== undefined && years >= 0 && years < 100 ? years : undefined,
        followers: pickNumber(store, 'followingNumber'),
      },
      shipping: { from: shipFromOf(scripts) },
      claims: { topRated: pick(store, 'topRatedSeller') === true ? true : undefined },
    },
    'aliexpress',
    VERSION,
  );
}

export const aliexpressAdapter: SiteAdapter = {
  id: 'aliexpress',
  version: VERSION,
  matches: (url) => /(^|\.)aliexpress\.(com|us|ru)$/.test(url.hostname),
  extract: extractAliexpress,
};
