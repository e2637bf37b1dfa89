import type { Availability, PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { findProductNode, jsonLdNodes, ldString, offersOf, type LdNode } from './util/json-ld';
import { metaContent } from './util/dom';

/**
 * Any shop: structured data first (JSON-LD, OpenGraph product tags). A page
 * with none of these is not treated as a shop page.
 */

function availabilityOf(v: unknown): Availability | undefined {
  const s = ldString(v)?.replace(/^https?:\/\/schema\.org\//, '').toLowerCase();
  if (!s) return undefined;
  if (s.includes('outofstock') || s.includes('soldout') || s.includes('discontinued')) return 'OutOfStock';
  if (s.includes('preorder') || s.includes('presale')) return 'PreOrder';
  if (s.includes('limited')) return 'LimitedAvailability';
  if (s.includes('instock') || s.includes('onlineonly') || s.includes('instoreonly')) return 'InStock';
  return undefined;
}

function priceOf(offers: LdNode[]) {
  for (const o of offers) {
    const currency = ldString(o.priceCurrency)?.toUpperCase();
    const raw = o.price ?? o.lowPrice ?? ldString((o.priceSpecification as LdNode | undefined)?.price);
    const amount = decimalFromNumber(raw) ?? parseMoney(typeof raw === 'string' ? raw : undefined, currency)?.amount;
    if (amount) return { amount, ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}) };
  }
  return undefined;
}

export function extractGeneric(doc: Document, url: URL): PageFactsInput | null {
  const product = findProductNode(jsonLdNodes(doc));
  const ogType = metaContent(doc, ['og:type'])?.toLowerCase();
  const ogAmount = metaContent(doc, ['product:price:amount', 'og:price:amount']);
  if (!product && ogType !== 'product' && !ogAmount) return null;

  const offers = product ? offersOf(product) : [];
  const ogCurrency = metaContent(doc, ['product:price:currency', 'og:price:currency'])?.toUpperCase();
  const price = priceOf(offers) ?? (ogAmount ? parseMoney(ogAmount, ogCurrency) : undefined);
  const seller = offers.map((o) => ldString(o.seller)).find(Boolean);
  const rating = product?.aggregateRating as LdNode | undefined;
  const ratingValue = Number.parseFloat(ldString(rating?.ratingValue) ?? '');
  const reviewCount = Number.parseInt(ldString(rating?.reviewCount ?? rating?.ratingCount) ?? '', 10);

  return finishFacts(
    {
      marketplace: 'shop',
      pageKind: 'product',
      url: url.href,
      product: {
        title: ldString(product?.name) ?? metaContent(doc, ['og:title']),
        price,
        availability: availabilityOf(offers.map((o) => o.availability).find(Boolean)) ?? availabilityOf(metaContent(doc, ['product:availability', 'og:availability'])),
        sku: ldString(product?.sku) ?? ldString(offers.map((o) => o.sku).find(Boolean)),
        gtin: ldString(product?.gtin13 ?? product?.gtin ?? product?.gtin12 ?? product?.gtin14 ?? product?.gtin8),
        brand: ldString(product?.brand),
        rating: Number.isFinite(ratingValue) && ratingValue >= 0 && ratingValue <= 5 ? ratingValue : undefined,
        reviewCount: Number.isFinite(reviewCount) && reviewCount >= 0 ? reviewCount : undefined,
      },
      seller: { name: seller },
    },
    'generic',
    1,
  );
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  version: 1,
  matches: () => true,
  extract: extractGeneric,
};
