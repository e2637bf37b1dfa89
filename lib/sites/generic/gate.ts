import type { DomPrice, PriceCandidate } from './dom-price';
import type { Layout } from './page-layout';

/**
 * Is this a product page at all? Articles, home pages, category and search
 * pages get no verdict and no badge, so the gate wants positive evidence of
 * one purchasable item: structured product data with an offer, a platform's
 * product data, or a heading with a buy button and a price beside it (or,
 * sold out, a stock line saying so and the item's code in place of the button;
 * a sold-out page that shows no price at all needs OpenGraph's product type
 * in place of the price).
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
  /** OpenGraph's type says product, with or without a price. */
  openGraphType?: boolean;
  /** The URL is a search (`?q=`, `/search`). */
  searchUrl: boolean;
  /**
   * No buy button, but the product's area says sold out and labels one
   * item's code: a sold-out page whose shop took the button away.
   */
  soldOutItem?: boolean;
  layout: Layout;
  dom: DomPrice;
}

/** Page types a shop platform uses for pages that are not one product. */
const NOT_PRODUCT_TYPES = new Set(['home', 'index', 'collection', 'collections', 'searchresults', 'search', 'page', 'blog', 'article', 'cart', 'list-collections', 'captcha', 'password']);

/** True when the evidence shows one purchasable product (see the module comment for the rules). */
export function isProductPage(e: GateEvidence): boolean {
  if (e.platformPageType && NOT_PRODUCT_TYPES.has(e.platformPageType)) return false;
  if (e.structuredProduct || e.platformProduct) return true;
  if (e.listPage || e.searchUrl) return false;
  if (e.openGraphProduct) return true;
  const best = e.dom.best;
  if (looksLikeGrid(e)) return false;
  if (!e.layout.heading) return false;
  if ((e.layout.buy.length > 0 || e.soldOutItem) && best?.near) return true;
  // Sold out with the price taken away too (a shop that prints "R$ 0,00" nowhere): the page's own type says product.
  return Boolean(e.soldOutItem && e.openGraphType && !best);
}

/**
 * Many buy controls, each next to a different price: a grid of products
 * (search, category, home page). A product page repeats one buy box (desktop,
 * mobile, sticky bar) around one price; a control nested in another counts once.
 */
function looksLikeGrid(e: GateEvidence): boolean {
  const controls = e.layout.buy.filter((b) => !e.layout.buy.some((other) => other !== b && other.contains(b)));
  if (controls.length < 4) return false;
  const priceWithin = firstCandidateWithin(e.dom.allCandidates());
  const amounts = new Set<string>();
  for (const control of controls) {
    let scope: Element | null = control.parentElement;
    for (let level = 0; scope && level < 5; level++, scope = scope.parentElement) {
      const price = priceWithin.get(scope);
      if (price) {
        amounts.add(price.money.amount);
        break;
      }
    }
  }
  return amounts.size >= 3;
}

/**
 * For every element holding a price candidate (the candidate's own element
 * included), the first such candidate in list order. Asking each of hundreds
 * of controls' ancestors "which candidate do you contain?" one candidate at a
 * time cost controls × levels × candidates `contains` calls (about a
 * millisecond on a 360-button page); each candidate's ancestors are walked once here.
 */
function firstCandidateWithin(candidates: readonly PriceCandidate[]): Map<Element, PriceCandidate> {
  const within = new Map<Element, PriceCandidate>();
  for (const c of candidates) {
    // An ancestor already mapped holds an earlier candidate, and so do all of its ancestors.
    for (let el: Element | null = c.el; el && !within.has(el); el = el.parentElement) within.set(el, c);
  }
  return within;
}
