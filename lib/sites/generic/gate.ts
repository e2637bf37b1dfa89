import type { DomPrice } from './dom-price';
import type { Layout } from './page-layout';

/**
 * Is this a product page at all? Articles, home pages, category and search
 * pages get no verdict and no badge, so the gate wants positive evidence of
 * one purchasable item: structured product data with an offer, a platform's
 * product data, or a heading with a buy button and a price beside it.
 */

export interface GateEvidence {
  /** A main product read from JSON-LD / microdata / RDFa with a price, offer or sku. */
  structuredProduct: boolean;
  /** A shop platform's product data (Shopify, WooCommerce, Magento) with a price. */
  platformProduct: boolean;
  /** Shopify's own page type when the store states it. */
  platformPageType?: string;
  /** Structured data describes a list of products with no main one. */
  listPage: boolean;
  /** OpenGraph says product and states a price. */
  openGraphProduct: boolean;
  layout: Layout;
  dom: DomPrice;
}

/** Page types a shop platform uses for pages that are not one product. */
const NOT_PRODUCT_TYPES = new Set(['home', 'index', 'collection', 'collections', 'searchresults', 'search', 'page', 'blog', 'article', 'cart', 'list-collections', 'captcha', 'password']);

export function isProductPage(e: GateEvidence): boolean {
  if (e.platformPageType && NOT_PRODUCT_TYPES.has(e.platformPageType)) return false;
  if (e.structuredProduct || e.platformProduct) return true;
  if (e.listPage) return false;
  if (e.openGraphProduct) return true;
  const best = e.dom.best;
  return Boolean(e.layout.heading && e.layout.buy.length > 0 && best && best.near);
}
