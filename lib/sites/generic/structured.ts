import type { Availability, Money } from '@/lib/facts/page-facts';
import { hasType, ldString, type LdNode } from '@/lib/sites/util/json-ld';
import { decimalFromNumber, parseMoney } from '@/lib/sites/util/money';
import { cleanId, cleanText } from '@/lib/sites/util/clean-text';
import { absoluteUrl } from '@/lib/sites/util/dom';
import { availabilityFromSchema, availabilityFromText } from './availability';
import { IN_LIST } from './dom-items';
import type { PageContext, ProductRecord, SourceKind } from './types';

/**
 * Reads schema.org Product data — from JSON-LD, microdata or RDFa, all in
 * the same node shape — into a ProductRecord: the main product of the page,
 * the offer matching the variant in the URL, its price, availability and ids.
 */

const PRODUCT_TYPES = ['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car', 'Book', 'Event'];

function isProductish(n: LdNode): boolean {
  return PRODUCT_TYPES.some((t) => hasType(n, t));
}

function isOfferish(n: LdNode): boolean {
  return hasType(n, 'Offer') || hasType(n, 'AggregateOffer');
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function asNodes(v: unknown): LdNode[] {
  return asList(v).filter((x): x is LdNode => Boolean(x) && typeof x === 'object' && !Array.isArray(x));
}

/** Offers of a product, flattened (AggregateOffer.offers included), with the aggregate itself kept. */
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
function variantsOf(product: LdNode): LdNode[] {
  return [...asNodes(product.hasVariant), ...asNodes(product.model)].filter(isProductish).slice(0, 300);
}

function currencyOf(o: LdNode, ctx: PageContext): string | undefined {
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

interface OfferPrice {
  offer: LdNode;
  money: Money;
  listPrice?: Money;
}

function priceOfOffer(o: LdNode, ctx: PageContext): OfferPrice | undefined {
  const currency = currencyOf(o, ctx);
  const amount = amountOf(o.price, currency) ?? specPrice(o, currency, false) ?? amountOf(o.lowPrice, currency) ?? amountOf(o.minPrice, currency);
  if (!amount) return undefined;
  const money: Money = currency ? { amount, currency } : { amount };
  const list = specPrice(o, currency, true);
  return { offer: o, money, ...(list ? { listPrice: currency ? { amount: list, currency } : { amount: list } } : {}) };
}

/** Lower-case tokens of the page URL's path and query, for matching a variant's sku or url. */
function urlTokens(url: URL): Set<string> {
  const raw = decodeURIComponentSafe(`${url.pathname} ${url.search}`).toLowerCase();
  return new Set(raw.split(/[^a-z0-9_.-]+/).filter((t) => t.length >= 3));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when the offer or variant names the variant the URL points at (its sku, gtin, id or url). */
function matchesUrl(node: LdNode, url: URL, tokens: Set<string>): boolean {
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
function chooseOffer(offers: readonly LdNode[], ctx: PageContext): { chosen?: OfferPrice; all: Money[]; byUrl: boolean } {
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
function availabilityOf(offers: readonly LdNode[], chosen: LdNode | undefined, byUrl: boolean): Availability | undefined {
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
function parentSku(offers: readonly LdNode[], url: URL): string | undefined {
  const skus = [...new Set(offers.map((o) => ldString(o.sku)).filter((x): x is string => Boolean(x)))];
  if (skus.length === 0) return undefined;
  const first = skus[0] ?? '';
  for (const token of urlTokens(url)) {
    if (token.length < 5 || !/\d/.test(token)) continue;
    const all = skus.every((sku) => sku.toLowerCase().startsWith(token) && sku.length > token.length);
    // A single sku must continue with a separator ("ABC123-1"), so "12345678" is never cut to "123456".
    const separated = skus.length > 1 || /^[-_/.]/.test(first.slice(token.length));
    if (all && separated) return first.slice(0, token.length);
  }
  return undefined;
}

function gtinOf(...nodes: (LdNode | undefined)[]): string | undefined {
  for (const n of nodes) {
    if (!n) continue;
    for (const key of ['gtin13', 'gtin', 'gtin12', 'gtin14', 'gtin8', 'isbn', 'ean']) {
      const v = ldString(n[key])?.replace(/[\s-]/g, '');
      if (v && /^\d{8,14}$/.test(v)) return v;
    }
  }
  return undefined;
}

function skuOf(...nodes: (LdNode | undefined)[]): string | undefined {
  for (const n of nodes) {
    const v = cleanId(ldString(n?.sku));
    if (v) return v;
  }
  for (const n of nodes) {
    // `productID` is often written "sku:123" or "isbn:…".
    const raw = ldString(n?.productID);
    if (raw && !/^(isbn|gtin|ean|upc|mpn):/i.test(raw)) {
      const v = cleanId(raw.replace(/^sku:/i, ''));
      if (v) return v;
    }
  }
  return undefined;
}

/** Rating scaled to 0..5 (a page rating out of 10 or 100 is scaled). */
function ratingOf(agg: LdNode | undefined): { rating?: number; reviewCount?: number } {
  if (!agg) return {};
  const num = (v: unknown) => {
    const s = ldString(v);
    const n = s === undefined ? Number.NaN : Number.parseFloat(s.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  };
  const count = (v: unknown) => {
    const s = ldString(v)?.replace(/[\s.,\u00a0']/g, '');
    return s && /^\d{1,10}$/.test(s) ? Number(s) : undefined;
  };
  let rating = num(agg.ratingValue);
  const best = num(agg.bestRating) ?? 5;
  if (rating !== undefined && best > 5 && best <= 100) rating = (rating / best) * 5;
  const reviewCount = count(agg.ratingCount) ?? count(agg.reviewCount);
  const validRating = rating !== undefined && rating > 0 && rating <= 5 ? Math.round(rating * 100) / 100 : undefined;
  // A rating of zero ratings is a template default, not a rating.
  if (reviewCount === 0) return { reviewCount: 0 };
  return { ...(validRating !== undefined ? { rating: validRating } : {}), ...(reviewCount !== undefined ? { reviewCount } : {}) };
}

function imagesOf(product: LdNode, ctx: PageContext): string[] | undefined {
  const out: string[] = [];
  for (const img of asList(product.image).slice(0, 10)) {
    const raw = typeof img === 'string' ? img : img && typeof img === 'object' ? ldString((img as LdNode).url ?? (img as LdNode).contentUrl) : undefined;
    const abs = absoluteUrl(raw, ctx.url);
    if (abs && abs.length < 2000 && !out.includes(abs)) out.push(abs);
    if (out.length >= 5) break;
  }
  return out.length ? out : undefined;
}

function sellerOf(offers: readonly LdNode[], chosen: LdNode | undefined): string | undefined {
  for (const o of chosen ? [chosen, ...offers] : offers) {
    const v = cleanText(ldString(o.seller) ?? ldString(o.offeredBy), 300);
    if (v) return v;
  }
  return undefined;
}

/**
 * The page's main product among product-like nodes: not inside a list of
 * other products, carrying offers, named like the page's heading; ties go
 * to the first in the document.
 */
export function mainProductNode(nodes: readonly LdNode[], ctx: PageContext): LdNode | undefined {
  const products = nodes.filter((n) => isProductish(n) && (!hasType(n, 'Event') || n.offers !== undefined));
  const heading = headingText(ctx.doc);
  const score = (n: LdNode, i: number) => {
    let s = 0;
    if (n[IN_LIST]) s -= 10;
    if (n.offers !== undefined || n.hasVariant !== undefined) s += 4;
    const name = cleanText(ldString(n.name), 1000)?.toLowerCase();
    if (name && heading && (heading.includes(name) || name.includes(heading))) s += 3;
    if (hasType(n, 'ProductGroup')) s += 1;
    return s - i * 0.001;
  };
  let best: LdNode | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  products.forEach((n, i) => {
    const s = score(n, i);
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  });
  if (best) return best;
  // No Product: a lone offer (or loose microdata price) still describes the page's item.
  const offers = nodes.filter((n) => !n[IN_LIST] && (isOfferish(n) || hasType(n, 'Loose')) && (n.price !== undefined || n.lowPrice !== undefined));
  return offers.length === 1 ? offers[0] : undefined;
}

/** The page's main heading (h1, else og:title), lower-case, for naming matches. */
export function headingText(doc: Document): string | undefined {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const t = h1 && h1.length >= 3 ? h1 : og;
  return t ? t.toLowerCase().slice(0, 500) : undefined;
}

/** Reads one product node (with its offers and the URL's variant) into a record. */
export function readProductNode(node: LdNode, ctx: PageContext, source: SourceKind): ProductRecord {
  const isOffer = isOfferish(node) || hasType(node, 'Loose');
  const variants = variantsOf(node);
  const tokens = urlTokens(ctx.url);
  const variant = variants.find((v) => matchesUrl(v, ctx.url, tokens));
  const offerSource = variant ?? node;
  let offers = isOffer ? [node] : offersOf(offerSource);
  if (!variant && offers.length === 0 && variants.length) offers = variants.flatMap(offersOf);
  const { chosen, all, byUrl } = chooseOffer(offers, ctx);
  const itemOffered = isOffer ? asNodes(node.itemOffered)[0] : undefined;
  const descr = itemOffered ?? node;
  const agg = asNodes(node.aggregateRating)[0] ?? asNodes(descr.aggregateRating)[0];
  const brandRaw = ldString(variant?.brand) ?? ldString(descr.brand);
  const record: ProductRecord = {
    source,
    name: cleanText(ldString(variant?.name) ?? ldString(descr.name), 1000),
    price: chosen?.money,
    prices: all.length > 1 ? all : undefined,
    priceByUrl: byUrl || Boolean(variant) || undefined,
    offered: Boolean(chosen) || undefined,
    listPrice: chosen?.listPrice,
    availability: availabilityOf(offers, chosen?.offer, byUrl || Boolean(variant)) ?? availabilityFromSchema(ldString(node.availability)),
    sku: variant || byUrl ? skuOf(variant, chosen?.offer, descr, node) : skuOf(descr, node) ?? parentSku(offers, ctx.url) ?? skuOf(chosen?.offer),
    gtin: gtinOf(variant, chosen?.offer, descr),
    brand: cleanText(brandRaw, 200),
    ...ratingOf(agg),
    sellerName: sellerOf(offers, chosen?.offer),
    images: imagesOf(descr, ctx),
    category: cleanText(ldString(descr.category), 300),
  };
  return record;
}

/** True when a node set looks like a list of products (search, category) rather than one product. */
export function looksLikeList(nodes: readonly LdNode[], ctx: PageContext): boolean {
  const top = nodes.filter((n) => isProductish(n) && !n[IN_LIST]);
  if (top.length >= 4) {
    const heading = headingText(ctx.doc);
    const named = top.some((n) => {
      const name = cleanText(ldString(n.name), 1000)?.toLowerCase();
      return Boolean(name && heading && (heading.includes(name) || name.includes(heading)));
    });
    return !named;
  }
  return nodes.some((n) => hasType(n, 'ItemList') || hasType(n, 'SearchResultsPage') || hasType(n, 'CollectionPage')) && top.length === 0 && nodes.some((n) => isProductish(n));
}
