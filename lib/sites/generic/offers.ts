import type { Availability, Money } from '@/lib/facts/page-facts';
import { hasType, ldString, type LdNode } from '@/lib/sites/util/json-ld';
import { decimalFromNumber, parseMoney } from '@/lib/sites/util/money';
import { availabilityFromSchema, availabilityFromText } from './availability';
import { asNodes, isProductish } from './ld-nodes';
import type { PageContext } from './types';

/**
 * Offers of a schema.org product: flattening, the price of each, the offer
 * the URL selects (a variant's sku, gtin or url), and what the set of
 * offers says about availability and the product-level sku.
 */

export function offersOf(product: LdNode): LdNode[] {
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    for (const o of asNodes(v).slice(0, 300)) {
      out.push(o);
      if (o.offers) visit(o.offers, depth + 1);
    }
  };
  visit(product.offers, 0);
  return out;
}

/** Variants of a ProductGroup (`hasVariant`) or of a Product listing its models. */
export function variantsOf(product: LdNode): LdNode[] {
  return [...asNodes(product.hasVariant), ...asNodes(product.model)].filter(isProductish).slice(0, 300);
}

/** The offer's ISO currency, else the page's currency hint. */
export function currencyOf(o: LdNode, ctx: PageContext): string | undefined {
  const raw = ldString(o.priceCurrency) ?? ldString((o.priceSpecification as LdNode | undefined)?.priceCurrency);
  const c = raw?.trim().toUpperCase();
  if (c && /^[A-Z]{3}$/.test(c)) return c === 'RMB' ? 'CNY' : c;
  return ctx.currencyHint;
}

/** A positive amount from a structured value: number, machine string, or display text. */
export function amountOf(raw: unknown, currency: string | undefined): string | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const amount = decimalFromNumber(v, currency) ?? (typeof v === 'string' ? parseMoney(v, currency)?.amount : undefined);
  // A zero price is what templates print when the field is empty.
  return amount && Number(amount) > 0 ? amount : undefined;
}

/** Price specifications other than list / strike-through prices. */
function specPrice(o: LdNode, currency: string | undefined, wantList: boolean): string | undefined {
  for (const spec of asNodes(o.priceSpecification)) {
    const type = (ldString(spec.priceType) ?? '').toLowerCase();
    const isList = /listprice|strikethrough|srp|msrp|regular/.test(type);
    if (isList !== wantList) continue;
    const amount = amountOf(spec.price ?? spec.minPrice, ldString(spec.priceCurrency)?.toUpperCase() ?? currency);
    if (amount) return amount;
  }
  return undefined;
}

export interface OfferPrice {
  offer: LdNode;
  money: Money;
  listPrice?: Money;
}

/** The offer's selling price (price, price specification, or low price) and its list price, if stated. */
export function priceOfOffer(o: LdNode, ctx: PageContext): OfferPrice | undefined {
  const currency = currencyOf(o, ctx);
  const amount = amountOf(o.price, currency) ?? specPrice(o, currency, false) ?? amountOf(o.lowPrice, currency) ?? amountOf(o.minPrice, currency);
  if (!amount) return undefined;
  const money: Money = currency ? { amount, currency } : { amount };
  const list = specPrice(o, currency, true);
  return { offer: o, money, ...(list ? { listPrice: currency ? { amount: list, currency } : { amount: list } } : {}) };
}

/** Lower-case tokens of the page URL's path and query, for matching a variant's sku or url. */
export function urlTokens(url: URL): Set<string> {
  const raw = decodeURIComponentSafe(`${url.pathname} ${url.search}`).toLowerCase().slice(0, 2000);
  const out = new Set<string>();
  for (const token of raw.split(/[^a-z0-9_.-]+/)) {
    if (token.length >= 3) out.add(token);
    // Slugs glue the id to the name ("rain-jacket-rj221a00x-q11.html"): add runs of up to four pieces.
    const pieces = token.split(/[-.]/).filter(Boolean).slice(0, 24);
    for (let i = 0; i < pieces.length; i++) {
      for (let n = 1; n <= 4 && i + n <= pieces.length; n++) {
        const run = pieces.slice(i, i + n).join('-');
        if (run.length >= 3) out.add(run);
      }
    }
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when the offer or variant names the variant the URL points at (its sku, gtin, id or url). */
export function matchesUrl(node: LdNode, url: URL, tokens: Set<string>): boolean {
  const href = url.href.toLowerCase();
  for (const key of ['sku', 'gtin', 'gtin13', 'gtin12', 'gtin14', 'gtin8', 'productID', 'mpn']) {
    const v = ldString(node[key])?.toLowerCase();
    if (v && v.length >= 3 && (tokens.has(v) || tokens.has(v.replace(/^sku:/, '')))) return true;
  }
  const own = ldString(node.url) ?? ldString(node['@id']);
  if (own) {
    try {
      const u = new URL(own, url);
      if (u.search && u.search.length > 1 && href.includes(u.search.toLowerCase().slice(1))) return true;
    } catch {
      // not a URL
    }
  }
  return false;
}

/**
 * Picks the offer that is the page's current price: the one the URL names,
 * else the only price, else the first; every distinct price is kept for the
 * caller to cross-check against the visible page.
 */
export function chooseOffer(offers: readonly LdNode[], ctx: PageContext): { chosen?: OfferPrice; all: Money[]; byUrl: boolean } {
  const priced = offers.map((o) => priceOfOffer(o, ctx)).filter((p): p is OfferPrice => Boolean(p));
  const all: Money[] = [];
  for (const p of priced) if (!all.some((m) => m.amount === p.money.amount)) all.push(p.money);
  const tokens = urlTokens(ctx.url);
  const byUrl = priced.filter((p) => matchesUrl(p.offer, ctx.url, tokens));
  if (byUrl.length >= 1 && byUrl.length < priced.length) return { chosen: byUrl[0], all, byUrl: true };
  // Aggregate offers list a range; a concrete offer inside is more precise.
  const concrete = priced.filter((p) => !hasType(p.offer, 'AggregateOffer'));
  return { chosen: concrete[0] ?? priced[0], all, byUrl: false };
}

/**
 * The selected offer's availability when the URL selected one; otherwise
 * the product can be bought when any of its offers (sizes, colours) can.
 */
export function availabilityOf(offers: readonly LdNode[], chosen: LdNode | undefined, byUrl: boolean): Availability | undefined {
  const read = (o: LdNode) => availabilityFromSchema(ldString(o.availability)) ?? availabilityFromText(ldString(o.availability));
  if (byUrl && chosen) {
    const own = read(chosen);
    if (own) return own;
  }
  const all = offers.map(read).filter((a): a is Availability => Boolean(a));
  if (all.includes('InStock')) return 'InStock';
  if (all.includes('LimitedAvailability')) return 'LimitedAvailability';
  if (all[0]) return all[0];
  // An aggregate of current offers from sellers ("offerCount": 2) says the item is on sale.
  const counted = offers.some((o) => hasType(o, 'AggregateOffer') && Number(ldString(o.offerCount)) >= 1);
  return counted ? 'InStock' : undefined;
}

/**
 * The product-level id when only variants carry skus: a token of the page
 * URL that every variant sku starts with ("abc123-x11" in the URL,
 * "ABC123-X110400000" per size), in the case the data writes it.
 */
export function parentSku(offers: readonly LdNode[], url: URL): string | undefined {
  const skus = [...new Set(offers.map((o) => ldString(o.sku)).filter((x): x is string => Boolean(x)))];
  if (skus.length === 0) return undefined;
  const first = skus[0] ?? '';
  // Longest first: "abc123-x11" before its piece "abc123".
  for (const token of [...urlTokens(url)].sort((a, b) => b.length - a.length)) {
    if (token.length < 5 || !/\d/.test(token)) continue;
    const all = skus.every((sku) => sku.toLowerCase().startsWith(token) && sku.length > token.length);
    // A single sku must continue with a separator ("ABC123-1"), so "12345678" is never cut to "123456".
    const separated = skus.length > 1 || /^[-_/.]/.test(first.slice(token.length));
    if (all && separated) return first.slice(0, token.length);
  }
  return undefined;
}
