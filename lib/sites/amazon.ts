import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, textOf } from './util/dom';
import { attrOf, hasEnabled, labelledValue } from './util/read';
import { availabilityFromText, clean, parseCount, parsePercent, parseRating, returnWindowDays } from './util/text';

/**
 * Amazon, every country site. Three buy-box generations coexist and are all
 * read: the legacy `#merchant-info` sentence with `#priceblock_*`, the 2022+
 * `#corePrice*` blocks, and the 2023+ `offer-display` feature rows. Seller
 * reputation lives only on the seller page (`/sp?seller=`), read as a store.
 */

const VERSION = 1;

/** Local currency of each country site, for prices printed with a bare `$`/`kr`. */
const CURRENCY: Readonly<Record<string, string>> = {
  com: 'USD', ca: 'CAD', 'com.mx': 'MXN', 'com.br': 'BRL', 'co.uk': 'GBP', de: 'EUR', fr: 'EUR', it: 'EUR',
  es: 'EUR', nl: 'EUR', 'com.be': 'EUR', se: 'SEK', pl: 'PLN', 'com.tr': 'TRY', ae: 'AED', sa: 'SAR', eg: 'EGP',
  in: 'INR', 'co.jp': 'JPY', sg: 'SGD', 'com.au': 'AUD',
};

/** Merchant ids of Amazon's own retail and Warehouse accounts. */
const PLATFORM_IDS = new Set([
  'ATVPDKIKX0DER', 'A2L77EE7U53NWQ', 'A3P5ROKL5A1OLE', 'A2OAJ7377F756P', 'A3JWKAKR8XB7XF', 'A8KICS1PHF7ZO',
  'A1X6FK5RDHNB96', 'A11IL2PNWYJU7H', 'A1AT7YVPFBWXBL', 'A3DWYIK6Y9EEQB', 'AN1VRQENFRJN5', 'AVDBXBAVVSXLQ',
  'A1ZZFT5FULY4LN', 'ANEGB3WVEVKZB', 'A17D2BRD4YMT0X', 'ANU9KP01APNAG',
]);

/**
 * Amazon's own seller labels ("Amazon.com", "Amazon", "Amazon Warehouse",
 * "Amazon EU S.à r.l."). Strict on purpose: a third party calling itself
 * "Amazon Deals Official" must not pass as the platform.
 */
const PLATFORM_NAME = /^amazon(\.[a-z]{2,3}(\.[a-z]{2})?)?( (warehouse|resale|fresh|export sales,? llc|services,? (llc|inc\.?)|eu s\.? ?à\.? ?r\.? ?l\.?|media eu s\.? ?à\.? ?r\.? ?l\.?|us|retail [a-z ]{2,20}))?$/i;

/** "Sold by X" in the buy-box sentence, in the site languages. */
const SOLD_BY =
  /(?:sold by|vendu par|verkauf(?: und versand)? durch|venduto(?: e spedito)? da|vendido(?: y enviado)? por|vendido e enviado por|verkocht(?: en verzonden)? door|verzonden en verkocht door|sprzedawany przez|säljs(?: och skickas)? av|satıcı:?|يباع من قبل|(?:^|\s)販売元:?)\s*(.+?)(?:\s+(?:and|et|und|e|y|en|i|och|ve)\s+(?:fulfilled|ships|expédié|versand|spedito|enviado|verzonden|wysyłany|skickas|gönderi)|\.(?:\s|$)|$)/i;

/** The brand line under the title ("Visit the X Store", "Brand: X") in the site languages. */
const BYLINE = [
  /^(?:brand|marke|marque|marca|merk|märke|marka|ブランド)\s*[:：]\s*(.+)$/i, /^visit the (.+?) store$/i, /^visita la tienda de (.+)$/i,
  /^besuchen sie den (.+?)-store$/i, /^visiter la boutique (.+)$/i, /^visita lo store di (.+)$/i, /^bezoek de (.+?)-(?:winkel|store)$/i,
  /^odwiedź sklep (.+)$/i, /^besök (.+?)-butiken$/i, /^(.+?) mağazasını ziyaret edin$/i, /^(.+?)のストアを表示$/, /^visite a loja (?:da |de )?(.+)$/i,
  /^تفضل بزيارة متجر (.+)$/,
];

/** Japanese puts the seller first: "この商品は、X が販売、発送します。" */
const SOLD_BY_JA = /この商品は、?\s*(.+?)\s*が販売/;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/\/(dp|gp\/product|gp\/aw\/d|d)\/[A-Z0-9]{10}/i.test(p)) return 'product';
  if (/order-details|order-history|your-orders|\/gp\/buy\/thankyou|\/gp\/css\/summary/.test(p)) return 'order';
  if (/^\/(gp\/buy|checkout)\//.test(p)) return 'checkout';
  if (/^\/s(\/|$)/.test(p) || p.startsWith('/gp/search')) return 'search';
  if (/^\/(sp|gp\/aag\/main|shops|stores)\b/.test(p) && (url.searchParams.has('seller') || !p.startsWith('/sp'))) return 'store';
  return 'other';
}

const sellerIdIn = (href: string | null | undefined) => /[?&]seller=([A-Z0-9]{10,16})\b/.exec(href ?? '')?.[1];

/** Seller name and id from the buy box, newest layout first. */
function buyBoxSeller(doc: Document): { name?: string; id?: string } {
  const offer = doc.querySelector('#merchantInfoFeature_feature_div .offer-display-feature-text-message, [tabular-attribute-name="Sold by"] .tabular-buybox-text-message, .tabular-buybox-text[tabular-attribute-name="Sold by"]');
  const merchantInfo = doc.querySelector('#merchant-info');
  const trigger = doc.querySelector('#sellerProfileTriggerId');
  for (const box of [offer, merchantInfo]) {
    const link = box?.querySelector('a[href*="seller="]');
    const text = textOf(box);
    if (!text) continue;
    if (box === offer) return { name: textOf(link) ?? text, id: sellerIdIn(link?.getAttribute('href')) };
    const name = textOf(link) ?? (SOLD_BY.exec(text) ?? SOLD_BY_JA.exec(text))?.[1]?.trim();
    if (name) return { name, id: sellerIdIn(link?.getAttribute('href')) };
  }
  return { name: textOf(trigger), id: sellerIdIn(trigger?.getAttribute('href')) };
}

function readProduct(doc: Document, url: URL, currency: string | undefined) {
  const priceText = firstText(doc, [
    '#corePrice_feature_div .priceToPay .a-offscreen', '#corePriceDisplay_desktop_feature_div .priceToPay .a-offscreen',
    '#corePrice_feature_div .a-price .a-offscreen', '#corePriceDisplay_desktop_feature_div .a-price .a-offscreen',
    '#corePrice_desktop .a-price .a-offscreen', '#priceblock_dealprice', '#priceblock_saleprice', '#priceblock_ourprice',
    '#price_inside_buybox', '#newBuyBoxPrice', '#kindle-price', '#newOfferAccordionRow .header-price',
    '#buybox .offer-price', '#buyNewSection .a-color-price',
  ]);
  // Hidden fields hold the buy-box price as a plain decimal.
  const hidden = attrOf(doc, '#twister-plus-price-data-price|[data-asin-price]|#attach-base-product-price', 'value')
    ?? attrOf(doc, '[data-asin-price]', 'data-asin-price');
  const code = attrOf(doc, '[data-asin-currency-code]', 'data-asin-currency-code');
  const fromText = parseMoney(priceText, code ?? currency);
  const hiddenAmount = decimalFromNumber(hidden);
  const price = fromText ?? (hiddenAmount ? { amount: hiddenAmount, ...((code ?? currency) ? { currency: code ?? currency } : {}) } : undefined);
  const listPrice = parseMoney(firstText(doc, ['#corePriceDisplay_desktop_feature_div .basisPrice .a-offscreen', '#corePrice_feature_div .a-text-price .a-offscreen', '#priceblock_ourprice_row .priceBlockStrikePriceString', '#listPrice']), price?.currency ?? currency);

  // The visible span first: the block also holds script text.
  const stock = firstText(doc, ['#availability .a-color-success', '#availability .a-color-price', '#availability .a-color-state', '#availability span', '#availability', '#outOfStock']);
  const addToCart = hasEnabled(doc, '#add-to-cart-button, input[id^="add-to-cart-button"], #buy-now-button');
  const availability = availabilityFromText(stock) ?? (price && addToCart ? 'InStock' : undefined);

  // Brand: product overview row (locale-independent class), details table, then the byline.
  const byline = doc.querySelector('#bylineInfo');
  const bylineText = byline && !doc.querySelector('#bylineInfo .author, #bylineInfo .contributorNameID') ? textOf(byline) ?? '' : '';
  const bylineBrand = BYLINE.map((re) => re.exec(bylineText)?.[1]).find(Boolean);
  const brand = textOf(doc.querySelector('tr.po-brand td:last-child'))
    ?? labelledValue(doc, '#productDetails_techSpec_section_1 tr, #productDetails_detailBullets_sections1 tr, #detailBullets_feature_div li > span, #technicalSpecifications_section_1 tr',
      /^(brand|brand name|marke|marque|marca|merk|märke|marka|ブランド|العلامة التجارية)$/i)
    ?? bylineBrand;

  const rating = parseRating(attrOf(doc, '#acrPopover', 'title') ?? firstText(doc, ['#acrPopover .a-icon-alt', '#averageCustomerReviews .a-icon-alt']));
  const reviewCount = parseCount(firstText(doc, ['#acrCustomerReviewText']));
  const discount = parsePercent(firstText(doc, ['#corePriceDisplay_desktop_feature_div .savingsPercentage', '#corePrice_feature_div .savingsPercentage']));

  return {
    product: {
      title: firstText(doc, ['#productTitle', '#ebooksProductTitle', '#title']),
      price,
      listPrice: listPrice && price && Number(listPrice.amount) > Number(price.amount) ? listPrice : undefined,
      availability,
      sku: /\/(?:dp|gp\/product|gp\/aw\/d|d)\/([A-Z0-9]{10})/i.exec(url.pathname)?.[1] ?? attrOf(doc, 'input#ASIN|input[name="ASIN"]', 'value'),
      brand: clean(brand),
      rating: rating && rating > 0 ? rating : undefined,
      reviewCount,
    },
    discount,
  };
}

function readSearch(doc: Document, url: URL, currency: string | undefined): PageFactsInput['results'] {
  const cards = Array.from(doc.querySelectorAll('[data-component-type="s-search-result"][data-asin]')).filter((c) => c.getAttribute('data-asin'));
  return cards.slice(0, 200).map((card) => ({
    title: clean(textOf(card.querySelector('h2')), 500),
    url: absoluteUrl(card.querySelector('h2 a, a.a-link-normal[href*="/dp/"]')?.getAttribute('href'), url),
    price: parseMoney(firstText(card, ['.a-price:not([data-a-strike]) .a-offscreen', '.a-price .a-offscreen']), currency),
  })).filter((r) => r.title || r.price);
}

/** The seller profile page: name, feedback, business address country. */
function readSellerPage(doc: Document) {
  const summary = firstText(doc, ['#seller-info-feedback-summary', '#feedback-summary-table', '#seller-feedback-summary', '#effective-timeperiod-rating-year-description']);
  const count = /\(([^)]*\d[^)]*)\)/.exec(summary ?? '')?.[1];
  const address = Array.from(doc.querySelectorAll('#page-section-detail-seller-info .indent-left span, #seller-profile-container .indent-left span'))
    .map((s) => textOf(s)).filter(Boolean);
  const last = address[address.length - 1];
  return {
    name: firstText(doc, ['#seller-name', '#sellerName h1', '#sellerName']),
    feedbackPercent: parsePercent(summary),
    feedbackCount: parseCount(count),
    location: last && /^[A-Z]{2}$/.test(last) ? last : undefined,
  };
}

/** Reads a Amazon page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractAmazon(doc: Document, url: URL): PageFactsInput | null {
  const tld = /amazon\.([a-z.]+)$/.exec(url.hostname)?.[1] ?? 'com';
  const currency = CURRENCY[tld];
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'amazon' as const, pageKind, url: url.href };

  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url, currency) }, 'amazon', VERSION);
  if (pageKind === 'store') {
    const id = url.searchParams.get('seller') ?? undefined;
    const s = readSellerPage(doc);
    return finishFacts({
      ...draft,
      seller: { ...s, id, soldByPlatform: id ? PLATFORM_IDS.has(id) || (s.name ? PLATFORM_NAME.test(s.name) : false) : undefined },
    }, 'amazon', VERSION);
  }
  if (pageKind !== 'product') return finishFacts(draft, 'amazon', VERSION);

  const { product, discount } = readProduct(doc, url, currency);
  const bb = buyBoxSeller(doc);
  const id = bb.id ?? attrOf(doc, 'input#merchantID|input[name="merchantID"]', 'value');
  const name = clean(bb.name);
  const known = Boolean(name || id);
  const returnsText = firstText(doc, ['#returnsInfoFeature_feature_div .offer-display-feature-text-message', '#productSupportAndReturnPolicy-return-policy-popover-celWidget', '#returnsInfoFeature_feature_div']);

  return finishFacts({
    ...draft,
    product,
    seller: {
      name,
      id,
      url: id ? absoluteUrl(`/sp?seller=${id}`, url) : undefined,
      soldByPlatform: known ? (id ? PLATFORM_IDS.has(id) : false) || (name ? PLATFORM_NAME.test(name) : false) : undefined,
    },
    returns: { text: clean(returnsText, 1000), windowDays: returnWindowDays(returnsText) },
    claims: { discountPercent: discount },
  }, 'amazon', VERSION);
}

/** The Amazon site adapter, registered in `registry.ts`. */
export const amazonAdapter: SiteAdapter = {
  id: 'amazon',
  version: VERSION,
  matches: hostMatcher('amazon'),
  extract: extractAmazon,
};

/* Test URLs
 * https://www.amazon.com/dp/B00N150YS4               product, sold by Amazon.com
 * https://www.amazon.co.uk/dp/B07C8KMQQ6             product, third-party seller (legacy buy box)
 * https://www.amazon.de/s?k=usb+kabel                search
 * https://www.amazon.fr/sp?seller=A1X6FK5RDHNB96     seller profile
 * https://www.amazon.es/gp/your-account/order-details?orderID=...   order
 */
