import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts, textOf } from './util/dom';
import { attrOf, scriptString } from './util/read';
import { ldProduct } from './util/ld-product';
import { countryIn, pageLanguages } from './util/country';
import { clean, parseCount, returnWindowDays } from './util/text';

/**
 * Etsy listing, search and shop pages. The buy box shows the price for the
 * shopper's currency and selected variation, which can differ from the
 * JSON-LD offer, so the displayed price wins; JSON-LD on listing pages
 * aggregates the shop's reviews, so it is read as the seller's feedback.
 */

const VERSION = 1;

/** "Ships from United States" in the languages Etsy is served in. */
const SHIPS_FROM = /(?:ships from|dispatches from|se envía desde|envío desde|versand aus|versendet aus|expédié depuis|expédition depuis|spedito da|spedizione da|verzonden vanuit|verzonden uit|wysyłka z|enviado de|envio de|skickas från|sendes fra|lähetetään maasta)\s*:?\s*/i;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname.replace(/^\/[a-z]{2}(-[a-z]{2})?(?=\/)/i, '');
  if (/^\/listing\/\d+/.test(p)) return 'product';
  if (/^\/(search|c|market)\b/.test(p)) return 'search';
  if (/^\/shop\//.test(p)) return 'store';
  if (/^\/your\/purchases|\/receipt|\/transactions/.test(p)) return 'order';
  if (/^\/cart\/.*checkout|^\/checkout|^\/cart\/payment/.test(p)) return 'checkout';
  return 'other';
}

/** The country after a "ships from" phrase anywhere in the shipping section. */
function shipFromOf(doc: Document): string | undefined {
  // Whole section text: the sentence comes after a long list of destination countries.
  const section = doc.querySelector('#shipping-variant-div, [data-delivery-data], #shipping-and-returns-div, [data-appears-component-name*="shipping"]');
  const text = (section?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 30000);
  const m = SHIPS_FROM.exec(text);
  return m ? countryIn(text.slice(m.index + m[0].length, m.index + m[0].length + 50), pageLanguages(doc)) : undefined;
}

function readSearch(doc: Document, url: URL): PageFactsInput['results'] {
  return Array.from(doc.querySelectorAll('[data-listing-id]')).filter((c) => c.querySelector('a[href*="/listing/"]')).slice(0, 200).map((card) => {
    const shop = clean(firstText(card, ['.v2-listing-card__shop', '[data-shop-name]', '.shop-name']) ?? attrOf(card, '[data-shop-name]', 'data-shop-name'));
    return {
      title: clean(firstText(card, ['h3', '.v2-listing-card__title']), 500),
      url: absoluteUrl(card.querySelector('a[href*="/listing/"]')?.getAttribute('href'), url),
      price: parseMoney(firstText(card, ['.lc-price', '.n-listing-card__price', '.currency-value'])),
      sellerName: shop,
    };
  }).filter((r) => r.price || r.sellerName);
}

/** Reads a Etsy page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractEtsy(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'etsy' as const, pageKind, url: url.href };
  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url) }, 'etsy', VERSION);

  const scripts = inlineScripts(doc).filter((s) => s.includes('shop_'));
  const ld = ldProduct(doc);
  const shopName = clean(scriptString(scripts, 'shop_name') ?? attrOf(doc, '[data-shop-name]', 'data-shop-name'));
  const shopId = scriptString(scripts, 'shop_id') ?? attrOf(doc, '[data-shop-id]', 'data-shop-id');

  if (pageKind === 'store') {
    const name = shopName ?? /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?shop\/([^/?#]+)/i.exec(url.pathname)?.[1];
    const info = firstText(doc, ['.shop-info', '[data-region="shop-info"]', '.shop-home-header']) ?? '';
    return finishFacts({
      ...draft,
      seller: {
        name,
        id: shopId,
        soldByPlatform: name ? false : undefined,
        feedbackCount: parseCount(/([\d.,]+[kK]?)\s*(?:reviews|reseñas|bewertungen|avis|recensioni|beoordelingen)/i.exec(info)?.[1]),
      },
      results: readSearch(doc, url),
    }, 'etsy', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'etsy', VERSION);

  const currency = ld.product.price?.currency ?? scriptString(scripts, 'locale_currency_code');
  const shown = parseMoney(firstText(doc, ['[data-buy-box-region="price"] [class*="wt-text-title"]', '[data-selector="price-only"]', '[data-buy-box-region="price"]']), currency);
  const listingReviews = parseCount(textOf(doc.querySelector('#same-listing-reviews-tab .wt-badge')));
  const shopReviews = parseCount(textOf(doc.querySelector('#shop-reviews-tab .wt-badge')));
  const returnsText = firstText(doc, ['[data-returns-policy]', '#shipping-and-returns-div [class*="returns"]']);

  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title ?? firstText(doc, ['h1']), 1000),
      price: shown ?? ld.product.price,
      sku: /\/listing\/(\d+)/.exec(url.pathname)?.[1],
      // Etsy puts the shop in `brand`; a handmade listing has no brand of its own.
      brand: ld.product.brand && ld.product.brand !== shopName ? ld.product.brand : undefined,
      rating: undefined,
      reviewCount: listingReviews,
    },
    seller: {
      name: shopName ?? ld.product.brand,
      id: shopId,
      url: shopName ? absoluteUrl(`/shop/${encodeURIComponent(shopName)}`, url) : undefined,
      soldByPlatform: shopName || shopId ? false : undefined,
      feedbackCount: shopReviews ?? ld.product.reviewCount,
    },
    shipping: { from: shipFromOf(doc) },
    returns: { text: clean(returnsText, 1000), windowDays: returnWindowDays(returnsText) },
  }, 'etsy', VERSION);
}

/** The Etsy site adapter, registered in `registry.ts`. */
export const etsyAdapter: SiteAdapter = {
  id: 'etsy',
  version: VERSION,
  matches: hostMatcher('etsy'),
  extract: extractEtsy,
};

/* Test URLs
 * https://www.etsy.com/listing/123456789/hand-painted-doormat   listing
 * https://www.etsy.com/es/listing/123456789/felpudo             listing, Spanish
 * https://www.etsy.com/search?q=doormat                          search
 * https://www.etsy.com/shop/SomeShop                             shop
 */
