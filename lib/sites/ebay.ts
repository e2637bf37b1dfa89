import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, textOf } from './util/dom';
import { attrOf, valueAfterLabel } from './util/read';
import { ldAvailability, ldProduct } from './util/ld-product';
import { countryIn, pageLanguages } from './util/country';
import { availabilityFromText, boundedNumber, clean, parseCount, parsePercent, returnWindowDays } from './util/text';

/**
 * eBay, every country site. Item pages in the legacy ViewItem layout
 * (stable ids, microdata) and the 2022+ `x-sellercard` / `ux-labels-values`
 * layout (plus its JSON-LD); search pages in the `s-item` and 2025 `s-card`
 * layouts; seller profile and store pages.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/itm\//.test(p) || /^\/p\/\d+/.test(p)) return 'product';
  if (/^\/sch\//.test(p) || /^\/b\//.test(p)) return url.searchParams.has('_ssn') ? 'store' : 'search';
  if (/^\/(usr|str)\//.test(p)) return 'store';
  if (/purchase\/success|\/vod\/|FetchOrderDetails|\/ord\/|\/mye\/myebay\/(v2\/)?purchase/i.test(p)) return 'order';
  if (/^(pay|checkout)\./.test(url.hostname) || /\/(rxo|chkout)\b/.test(p)) return 'checkout';
  return 'other';
}

/** "Located in: Shenzhen, China" / "Lieu où se trouve l'objet : Galway, Irlande". */
const LOCATION_LABEL = /^(located in|item location|lieu où se trouve l'objet|artikelstandort|standort|posizione dell'oggetto|ubicación del artículo|ubicado en|localização do item|objectlocatie|lokalizacja przedmiotu|se encuentra en|situé à|si trova a)\s*:?\s*/i;
const BRAND_LABEL = /^(brand|marque|marke|marca|merk|marka)$/i;
const MAKER_LABEL = /^(manufacturer|make|hersteller|fabricant|fabricante|produttore|fabrikant|producent)$/i;

function userOf(href: string | null | undefined): string | undefined {
  const m = /\/usr\/([^/?#]+)/.exec(href ?? '') ?? /[?&]_ssn=([^&#]+)/.exec(href ?? '');
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

function readSeller(doc: Document) {
  // Seller cards of both layouts; reviewer links elsewhere on the page also point to /usr/.
  const card = doc.querySelector('.x-sellercard-atf, [data-testid="x-sellercard-atf"], .x-store-information, [data-testid="x-store-information"], #RightSummaryPanel .si-cnt, .si-content, #CenterPanelInternal .mbg');
  const userLink = card?.querySelector('a[href*="/usr/"], a[href*="_ssn="]');
  const name = clean(
    firstText(doc, ['.x-sellercard-atf__info__about-seller a span', '.x-sellercard-atf__info__about-seller', '.x-store-information__store-name', '.mbg-nw']) ??
      attrOf(doc, '.x-sellercard-atf__info__about-seller', 'title'),
  );
  const cardText = textOf(card) ?? '';
  const feedbackText = firstText(doc, ['#si-fb', '.x-sellercard-atf__data-item', '.x-store-information__highlights']) ?? cardText;
  const countText = firstText(doc, ['.mbg-l a', '.x-sellercard-atf__about-seller-item']) ?? /\(([\d.,\s]+[kKmM]?)\)/.exec(cardText)?.[1];
  return {
    name,
    id: userOf(userLink?.getAttribute('href')) ?? (doc.querySelector('.mbg-nw') ? name : undefined),
    feedbackPercent: parsePercent(feedbackText),
    feedbackCount: parseCount(countText),
  };
}

function readItem(doc: Document, url: URL) {
  const ld = ldProduct(doc);
  const langs = pageLanguages(doc);
  const code = attrOf(doc, '[itemprop="priceCurrency"]', 'content');
  const priceText = firstText(doc, ['#prcIsum', '#prcIsum_bidPrice', '#mm-saleDscPrc', '.x-price-primary', '.x-bin-price__content .x-price-primary', '[itemprop="price"]']);
  const micro = decimalFromNumber(attrOf(doc, '[itemprop="price"]', 'content'));
  const shown = parseMoney(priceText, code);
  const price = micro ? { amount: micro, ...((code ?? shown?.currency) ? { currency: code ?? shown?.currency } : {}) } : ld.product.price ?? shown;

  const ended = firstText(doc, ['.d-statusmessage', '#msgPanel .msgTextAlign', '.vi-inl-msg']);
  const availability = ldAvailability(attrOf(doc, '[itemprop="availability"]', 'content') ?? attrOf(doc, 'link[itemprop="availability"]', 'href'))
    ?? ld.product.availability
    ?? (ended && /ended|beendet|terminée|finalizad|terminat|scaduto|zakończon|beëindigd/i.test(ended) ? 'OutOfStock' : availabilityFromText(ended));

  const labels = '.itemAttr td.attrLabels, .ux-labels-values__labels, .x-about-this-item dt';
  const brand = textOf(doc.querySelector('[itemprop="brand"] [itemprop="name"], [itemprop="brand"]'))
    ?? valueAfterLabel(doc, labels, BRAND_LABEL) ?? ld.product.brand ?? valueAfterLabel(doc, labels, MAKER_LABEL);

  const locationText = firstText(doc, ['#itemLocation', '.ux-labels-values--itemLocation', '[data-testid="ux-labels-values--itemLocation"]', '.d-shipping-minview .ux-textspans--SECONDARY'])
    ?? Array.from(doc.querySelectorAll('.ux-labels-values--shipping .ux-textspans, .ux-layout-section--shipping .ux-textspans')).map((e) => textOf(e) ?? '').find((t) => LOCATION_LABEL.test(t));
  const shipFrom = countryIn(locationText?.replace(/^[^:：]*[:：]/, '').replace(LOCATION_LABEL, ''), langs);
  const returnsText = firstText(doc, ['#vi-ret-accrd-txt', '.ux-labels-values--returns .ux-labels-values__values', '[data-testid="x-returns-minview"] .ux-labels-values__values']);

  const ratingMicro = boundedNumber(attrOf(doc, '[itemprop="ratingValue"]', 'content') ?? textOf(doc.querySelector('[itemprop="ratingValue"]')), 5);
  const reviewMicro = parseCount(attrOf(doc, '[itemprop="reviewCount"]', 'content') ?? textOf(doc.querySelector('[itemprop="reviewCount"]')));
  const gtin = attrOf(doc, '[itemprop^="gtin"]', 'content') ?? textOf(doc.querySelector('[itemprop^="gtin"]')) ?? ld.product.gtin;

  return {
    product: {
      title: clean(firstText(doc, ['#itemTitle', 'h1.x-item-title__mainTitle', 'h1']), 1000)?.replace(/^(Details about|Détails sur l'annonce|Details zu)\s+/i, ''),
      price,
      availability,
      sku: /\/itm\/(?:[^/]+\/)?(\d{9,15})/.exec(url.pathname)?.[1] ?? clean(firstText(doc, ['#descItemNumber', '.ux-layout-section__textual-display--itemId .ux-textspans--BOLD'])),
      gtin: clean(gtin, 40),
      brand: clean(brand),
      rating: ratingMicro ?? ld.product.rating,
      reviewCount: reviewMicro ?? ld.product.reviewCount,
    },
    shipFrom,
    returns: { text: clean(returnsText, 1000), windowDays: returnWindowDays(returnsText), free: returnsText ? /free returns|retours gratuits|kostenlose rücknahme/i.test(returnsText) || undefined : undefined },
  };
}

/** Result cards of both search layouts; eBay's "Shop on eBay" placeholder (item 123456) is skipped. */
function readSearch(doc: Document, url: URL): PageFactsInput['results'] {
  const out: NonNullable<PageFactsInput['results']> = [];
  for (const card of Array.from(doc.querySelectorAll('li.s-card, li.s-item, div.s-item')).slice(0, 250)) {
    const href = card.querySelector('a[href*="/itm/"]')?.getAttribute('href') ?? '';
    if (!/\/itm\/(?:[^/?]+\/)?\d{9,}/.test(href)) continue;
    const price = parseMoney(firstText(card, ['.s-card__price', '.s-item__price']));
    const sellerText = firstText(card, ['.s-item__seller-info-text', '.s-card__seller-info'])
      ?? Array.from(card.querySelectorAll('.s-card__attribute-row')).map((r) => textOf(r) ?? '').find((t) => /\d\s*%/.test(t) && /\(/.test(t));
    const sellerName = clean(/^(.+?)\s*(?:\(|\d{1,3}(?:[.,]\d)?\s*%)/.exec(sellerText ?? '')?.[1]);
    if (!price && !sellerName) continue;
    out.push({
      title: clean(firstText(card, ['.s-card__title', '.s-item__title'])?.replace(/(Opens in a new window or tab|New listing)/gi, ''), 500),
      url: absoluteUrl(href, url),
      price,
      sellerName,
      sellerId: sellerName,
    });
  }
  return out;
}

/** Seller profile (`/usr/name`) and store (`/str/name`) pages. */
function readStorePage(doc: Document, url: URL) {
  const text = firstText(doc, ['.str-seller-card', '.str-about-description', '[data-testid="str-seller-card"]', '.mbg', '#user_info', 'main']) ?? '';
  const positive = /(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:positive|positiv|positif|positivo)/i.exec(text);
  const followers = /([\d.,]+\s*[kKmM]?)\s*(followers|follower|abonnés|Follower|seguidores)/.exec(text);
  return {
    name: clean(firstText(doc, ['.str-seller-card__store-name', '.str-seller-card__store-name a', 'h1'])),
    id: userOf(url.href) ?? /^\/usr\/([^/?#]+)/.exec(url.pathname)?.[1],
    feedbackPercent: positive ? parsePercent(`${positive[1]}%`) : undefined,
    followers: followers ? parseCount(followers[1]) : undefined,
  };
}

/** Reads a eBay page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractEbay(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'ebay' as const, pageKind, url: url.href };
  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url) }, 'ebay', VERSION);
  if (pageKind === 'store') {
    const s = readStorePage(doc, url);
    return finishFacts({ ...draft, seller: { ...s, soldByPlatform: s.name || s.id ? false : undefined }, results: readSearch(doc, url) }, 'ebay', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'ebay', VERSION);

  const item = readItem(doc, url);
  const seller = readSeller(doc);
  return finishFacts({
    ...draft,
    product: item.product,
    seller: {
      ...seller,
      url: seller.id ? absoluteUrl(`/usr/${encodeURIComponent(seller.id)}`, url) : undefined,
      // eBay itself does not sell on its marketplace.
      soldByPlatform: seller.name || seller.id ? false : undefined,
    },
    shipping: { from: item.shipFrom },
    returns: item.returns,
  }, 'ebay', VERSION);
}

/** The eBay site adapter, registered in `registry.ts`. */
export const ebayAdapter: SiteAdapter = {
  id: 'ebay',
  version: VERSION,
  matches: hostMatcher('ebay'),
  extract: extractEbay,
};

/* Test URLs
 * https://www.ebay.com/itm/381228738769           item, legacy layout
 * https://www.ebay.de/itm/256012345678            item, 2022+ layout
 * https://www.ebay.co.uk/sch/i.html?_nkw=blu+ray  search (s-card)
 * https://www.ebay.com/usr/some-seller            seller profile
 * https://www.ebay.com/str/somestore              store
 */
