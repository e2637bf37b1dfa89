import type { Money, PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney, decimalFromNumber } from './util/money';
import { findJsonObject, pick, pickNumber, pickString, safeJsonParse } from './util/safe-json';
import { firstText, inlineScripts, absoluteUrl, textOf } from './util/dom';
import { hasEnabled } from './util/read';
import { countryIn, pageLanguages } from './util/country';
import { availabilityFromText, boundedNumber, clean, countOf, parseCount, parsePercent } from './util/text';

/**
 * AliExpress, every language subdomain. Data comes from the inline script that
 * sets `window.runParams` (2019–2022 "modules", 2023–24 "components"), read as
 * text because content scripts cannot see page globals, then from the
 * rendered DOM for the client-rendered generation (mid-2024+).
 */

const VERSION = 2;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/\/item\/(?:[^/]+\/)?\d+\.html/.test(p) || /\/i\/\d+\.html/.test(p)) return 'product';
  if (/\/p\/order\/|order_detail|\/order\/(detail|index)|\/order-list/.test(p)) return 'order';
  if (/\/p\/trade\/confirm|confirm_order|\/checkout/.test(p)) return 'checkout';
  if (/\/store\/|\/shop\//.test(p)) return 'store';
  if (/\/w\/|\/wholesale|\/category\/|\/af\//.test(p) || url.searchParams.has('SearchText')) return 'search';
  return 'other';
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

/** Ship-from and delivery days sit in JSON strings inside the freight component (parsed twice). */
function freightOf(scripts: string[]): { from?: string; daysMin?: number; daysMax?: number } {
  for (const s of scripts) {
    const m = /\\?"shipFrom(?:Code)?\\?"\s*:\s*\\?"([A-Z]{2})\\?"/.exec(s);
    if (!m) continue;
    const min = /\\?"deliveryDayMin\\?"\s*:\s*\\?"?(\d{1,3})/.exec(s)?.[1];
    const max = /\\?"deliveryDayMax\\?"\s*:\s*\\?"?(\d{1,3})/.exec(s)?.[1];
    return { from: m[1], daysMin: min ? Number(min) : undefined, daysMax: max ? Number(max) : undefined };
  }
  return {};
}

function skuMoney(sku: unknown, hint: string | undefined): Money | undefined {
  for (const key of ['skuActivityAmount', 'skuAmount']) {
    const amount = decimalFromNumber(pick(sku, 'skuVal', key, 'value'));
    const currency = pickString(sku, 'skuVal', key, 'currency') ?? hint;
    if (amount) return { amount, ...(currency ? { currency } : {}) };
  }
  return undefined;
}

/**
 * The price the page shows: the preselected SKU's price, else the lowest
 * SKU price, else the module's summary (min activity price, formatted text).
 */
function priceFrom(priceModule: unknown, skuModule: unknown, hint: string | undefined): Money | undefined {
  const raw = pick(priceModule, 'skuPriceList') ?? pick(priceModule, 'skuJson') ?? pick(skuModule, 'skuPriceList');
  const list = typeof raw === 'string' ? safeJsonParse(raw) : raw;
  if (Array.isArray(list) && list.length) {
    const selected = pickString(skuModule, 'selectedSkuAttr');
    const chosen = selected ? list.find((sku) => pickString(sku, 'skuAttr') === selected) : undefined;
    const picked = chosen ? skuMoney(chosen, hint) : undefined;
    if (picked) return picked;
    let best: Money | undefined;
    for (const sku of list.slice(0, 500)) {
      const m = skuMoney(sku, hint);
      if (m && (!best || Number(m.amount) < Number(best.amount))) best = m;
    }
    if (best) return best;
  }
  for (const key of ['minActivityAmount', 'minAmount', 'discountPrice', 'actMinPrice']) {
    const amount = decimalFromNumber(pick(priceModule, key, 'value') ?? pick(priceModule, key, 'minAmount', 'value'));
    const currency = pickString(priceModule, key, 'currency') ?? hint;
    if (amount) return { amount, ...(currency ? { currency } : {}) };
  }
  for (const key of ['formatedActivityPrice', 'formatedPrice', 'formattedPrice']) {
    const m = parseMoney(pickString(priceModule, key), hint);
    if (m) return m;
  }
  return undefined;
}

/** Brand attribute: id 2 is "Brand Name" in every language; else the localized name ("Compatible brand" excluded). */
function brandOf(specs: unknown): string | undefined {
  const props = pick(specs, 'props') ?? pick(specs, 'specsList');
  if (!Array.isArray(props)) return undefined;
  const byId = props.find((p) => pickNumber(p, 'attrNameId') === 2);
  if (byId) return pickString(byId, 'attrValue');
  const byName = props.find((p) => {
    const n = pickString(p, 'attrName') ?? '';
    return /brand|marca|marque|marke|бренд|品牌|ブランド|מותג|العلامة|merk|marka|thương hiệu|แบรนด์|브랜드/i.test(n) && !/compat|kompat|совмест|互換|兼容/i.test(n);
  });
  return pickString(byName, 'attrValue');
}

/** Search results from the embedded `itemList` (2023+), else rendered result cards. */
function readSearch(doc: Document, url: URL, scripts: string[]): PageFactsInput['results'] {
  const content = pick(moduleOf(scripts, ['itemList']), 'content');
  if (Array.isArray(content) && content.length) {
    return content.slice(0, 200).map((it) => {
      const id = pickString(it, 'productId');
      return {
        title: clean(pickString(it, 'title', 'displayTitle'), 500),
        url: id ? absoluteUrl(`/item/${id}.html`, url) : undefined,
        price: parseMoney(pickString(it, 'prices', 'salePrice', 'formattedPrice'), pickString(it, 'prices', 'salePrice', 'currencyCode')),
        sellerName: clean(pickString(it, 'store', 'storeName')),
        sellerId: pickString(it, 'store', 'storeId'),
      };
    }).filter((r) => r.price || r.sellerName);
  }
  const cards = Array.from(doc.querySelectorAll('.search-item-card-wrapper-gallery, .search-item-card-wrapper-list, [class*="search-card-item"], .list-item'));
  return cards.slice(0, 200).map((card) => {
    const store = card.querySelector('a[href*="/store/"]');
    return {
      title: clean(firstText(card, ['h3', '[class*="title"]']), 500),
      url: absoluteUrl(card.querySelector('a[href*="/item/"]')?.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['[class*="price-sale"]', '[class*="price--current"]', '[class*="price"]'])),
      sellerName: clean(textOf(store)),
      sellerId: /\/store\/(\d+)/.exec(store?.getAttribute('href') ?? '')?.[1],
    };
  }).filter((r) => r.price || r.sellerName);
}

/** Reads a AliExpress page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractAliexpress(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const scripts = inlineScripts(doc).filter((s) => /runParams|Component"|Module"|itemList|_init_data_/.test(s));
  const draft = { marketplace: 'aliexpress' as const, pageKind, url: url.href };
  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url, scripts) }, 'aliexpress', VERSION);

  const store = moduleOf(scripts, ['sellerComponent', 'storeModule']);
  const storeFeedback = moduleOf(scripts, ['storeFeedbackComponent']);
  const priceModule = moduleOf(scripts, ['priceComponent', 'priceModule']);
  const skuModule = moduleOf(scripts, ['skuComponent', 'skuModule']);
  const title = moduleOf(scripts, ['productInfoComponent', 'titleModule']);
  const feedback = moduleOf(scripts, ['feedbackComponent']);
  const currencyModule = moduleOf(scripts, ['currencyComponent', 'commonModule']);
  const inventory = moduleOf(scripts, ['inventoryComponent', 'quantityModule']);
  const specs = moduleOf(scripts, ['productPropComponent', 'specsModule']);
  const langs = pageLanguages(doc);

  const hint = pickString(currencyModule, 'currencyCode') ?? pickString(priceModule, 'minAmount', 'currency');

  // Client-rendered generation: the DOM the page's scripts produced.
  const storeLink = doc.querySelector('[data-pl="store-name"] a, a[data-pl="store-name"], [class*="store-detail--storeName"] a, [class*="store-header--storeName"] a, .shop-name a, a[href*="/store/"][class*="store"]');
  const rendered = {
    title: firstText(doc, ['h1[data-pl="product-title"]', '.product-title-text', '[class*="title--wrap"] h1']),
    price: firstText(doc, ['.product-price-current', '.pdp-comp-price-current', '.product-price-value', '[class*="price--current"]', '[class*="price-default--current"]']),
    store: textOf(storeLink) ?? firstText(doc, ['[data-pl="store-name"]', '[class*="store-detail--storeName"]', '[class*="store-header--storeName"]', '.store-name']),
    storeId: /\/store\/(\d+)/.exec(storeLink?.getAttribute('href') ?? '')?.[1],
  };

  const storeName = clean(pickString(store, 'storeName') ?? rendered.store);
  const storeId = pickString(store, 'storeNum') ?? pickString(store, 'storeNumber') ?? rendered.storeId
    ?? /\/store\/(?:[a-z-]+\/)?(\d+)/.exec(url.pathname)?.[1];
  const rate = pick(storeFeedback, 'sellerPositiveRate') ?? pick(store, 'positiveRate');
  const feedbackPercent = boundedNumber(rate, 100) ?? (typeof rate === 'string' ? parsePercent(rate) : undefined)
    ?? parsePercent(firstText(doc, ['[class*="store-detail--positive"]', '[class*="store-info--positive"]']));
  const feedbackCount = countOf(pick(storeFeedback, 'sellerPositiveNum') ?? pick(store, 'positiveNum'));
  const totalQty = pickNumber(inventory, 'totalAvailQuantity');
  const rating = boundedNumber(pick(feedback, 'evarageStar') ?? pick(title, 'feedbackRating', 'averageStar'), 5);
  const reviewCount = countOf(pick(feedback, 'totalValidNum') ?? pick(title, 'feedbackRating', 'totalValidNum'))
    ?? parseCount(firstText(doc, ['[data-pl="product-reviewer"] a', '[class*="reviewer--reviews"]']));
  const price = priceFrom(priceModule, skuModule, hint) ?? parseMoney(rendered.price, hint);
  const freight = freightOf(scripts);
  const shipFromText = Array.from(doc.querySelectorAll('[class*="sku-item--title"], [class*="sku-title"]')).map((e) => textOf(e) ?? '')
    .find((t) => /^(ships from|envío desde|enviado desde|expédié de|versand aus|spedizione da|wysyłka z|отправка из|envio de|gönderim yeri)/i.test(t));

  const hasData = Boolean(storeName || priceModule || rendered.price || storeId);
  if (!hasData && pageKind === 'product') return null;

  const years = pickNumber(store, 'openedYear');
  const buyable = hasEnabled(doc, '[data-pl="product-buynow"] button, [class*="buy-now"], .addcart');
  return finishFacts(
    {
      ...draft,
      product: {
        title: clean(pickString(title, 'subject') ?? rendered.title, 1000),
        price,
        availability: totalQty !== undefined ? (totalQty > 0 ? 'InStock' : 'OutOfStock')
          : price && (priceModule || buyable) ? 'InStock' : availabilityFromText(firstText(doc, ['[class*="quantity--info"]', '.product-quantity-tip'])),
        sku: /\/item\/(?:[^/]+\/)?(\d{6,20})\.html/.exec(url.pathname)?.[1],
        brand: clean(brandOf(specs)),
        rating: rating !== undefined && rating > 0 ? rating : undefined,
        reviewCount: reviewCount !== undefined && reviewCount > 0 ? reviewCount : undefined,
      },
      seller: {
        name: storeName,
        id: storeId,
        url: absoluteUrl(pickString(store, 'storeURL') ?? storeLink?.getAttribute('href'), url),
        // AliExpress's own "Choice"/plaza listings still name a third-party store.
        soldByPlatform: storeName || storeId ? false : undefined,
        feedbackPercent,
        feedbackCount,
        openedAt: dateFromOpenTime(pick(store, 'openTime')),
        years: years !== undefined && years >= 0 && years < 100 ? years : undefined,
        followers: countOf(pick(store, 'followingNumber')),
        location: countryIn(pickString(store, 'countryCompleteName'), ['en']),
      },
      shipping: {
        from: freight.from ?? countryIn(shipFromText?.replace(/^[^:：]*[:：]/, ''), langs),
        daysMin: freight.daysMin,
        daysMax: freight.daysMax,
      },
      claims: {
        topRated: pick(store, 'topRatedSeller') === true ? true : undefined,
        discountPercent: boundedNumber(pick(priceModule, 'discount'), 100),
      },
    },
    'aliexpress',
    VERSION,
  );
}

/** The AliExpress site adapter, registered in `registry.ts`. */
export const aliexpressAdapter: SiteAdapter = {
  id: 'aliexpress',
  version: VERSION,
  matches: hostMatcher('aliexpress'),
  extract: extractAliexpress,
};

/* Test URLs
 * https://www.aliexpress.com/item/1005001234567890.html   item (runParams components or client-rendered)
 * https://es.aliexpress.com/item/32993251330.html         item, 2019–22 modules
 * https://www.aliexpress.com/store/1234567                store
 * https://www.aliexpress.com/w/wholesale-usb-cable.html   search
 * https://www.aliexpress.com/p/order/detail.html?orderId=1 order
 */
