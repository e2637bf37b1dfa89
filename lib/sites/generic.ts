import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { countryIn, pageLanguages } from './util/country';
import { finishFacts } from './util/finish';
import { inlineScripts } from './util/dom';
import { jsonLdNodes, type LdNode } from './util/json-ld';
import { pageCurrencyHint } from './util/locale';
import { markLists, microdataNodes, rdfaNodes } from './generic/dom-items';
import { findDomAvailability } from './generic/dom-availability';
import { findLabelledValues, labelsOneItem } from './generic/dom-labels';
import { findDomPrice } from './generic/dom-price';
import { findDomListPrice } from './generic/dom-list-price';
import { findDomRating, refineRating } from './generic/dom-rating';
import { findMarkedBrand } from './generic/dom-brand';
import { withReadMemo } from './generic/read-memo';
import { isProductPage } from './generic/gate';
import { mergeRecords } from './generic/merge';
import { metaIndex } from './generic/meta-index';
import { buildPageIndex } from './generic/page-index';
import { lazyTexts } from './generic/page-text';
import { ogIsProduct, readOpenGraph } from './generic/opengraph';
import { pageLayout } from './generic/page-layout';
import { reconcileWithPage } from './generic/reconcile';
import { isMagento, readMagento } from './generic/platform-magento';
import { isShopify, readShopify, shopifyPageType } from './generic/platform-shopify';
import { isWooCommerce, readWooCommerce } from './generic/platform-woocommerce';
import { readShopSignals } from './generic/shop-signals';
import { looksLikeList, mainProductNode, readProductNode, standaloneRating } from './generic/structured';
import type { PageContext, ProductRecord, SourceKind } from './generic/types';
import { confirmedUrlId } from './generic/url-id';
import { siteNames, soldBySite } from './generic/seller';

/**
 * Any shop. Structured data first (JSON-LD, microdata, RDFa, shop-platform
 * page data, OpenGraph), visible-DOM heuristics second, never a guess: a
 * field no source states stays unknown and is listed in
 * `extraction.missing`. Pages that are not one product return null.
 */

const VERSION = 2;

function structuredRecord(nodes: LdNode[], ctx: PageContext, source: SourceKind): { record?: ProductRecord; list: boolean } {
  const list = looksLikeList(nodes, ctx);
  // Several products, none of them the page's heading: a listing, not a product's page.
  const main = list ? undefined : mainProductNode(nodes, ctx);
  if (!main) return { list };
  return { record: readProductNode(main, ctx, source), list };
}

/** Search result URLs: a query parameter or a search path. */
function isSearchUrl(url: URL): boolean {
  return /(^|\/)(search|suche|recherche|busca|buscar|ricerca|zoeken|catalogsearch|s)(\/|$|\.)/i.test(url.pathname) || ['q', 'query', 'search', 'keyword', 'keywords', 'k', 'searchterm', 'text'].some((k) => url.searchParams.has(k));
}

function hasProductFacts(r: ProductRecord | undefined): boolean {
  return Boolean(r && (r.price || r.sku || r.availability || r.gtin));
}

/**
 * Reads any shop's product page into PageFacts (marketplace `shop`), or
 * returns null when the page is not one product's page.
 */
export function extractGeneric(doc: Document, url: URL): PageFactsInput | null {
  return withReadMemo(() => readGeneric(doc, url));
}

function readGeneric(doc: Document, url: URL): PageFactsInput | null {
  // 40,000: the longest of the body-wide text walks (returns); the price and label readers ask for a prefix.
  const index = buildPageIndex(doc);
  const ctx: PageContext = { doc, url, currencyHint: pageCurrencyHint(doc, url), meta: metaIndex(index.metas), index, bodyTexts: lazyTexts(doc.body, 40000, index.menus) };
  const scripts = inlineScripts(doc, index.scripts);

  const ldNodes = jsonLdNodes(doc, { deep: true, scripts: index.scripts });
  markLists(ldNodes);
  const ld = structuredRecord(ldNodes, ctx, 'json-ld');
  if (ld.record && ld.record.rating === undefined && ld.record.reviewCount === undefined) Object.assign(ld.record, standaloneRating(ldNodes));
  const md = structuredRecord(microdataNodes(ctx.index), ctx, 'microdata');
  const rdfa = structuredRecord(rdfaNodes(ctx.index), ctx, 'rdfa');
  // Each platform test scans the page's scripts or queries the document: asked once per read.
  const onShopify = isShopify(doc, scripts);
  const onWooCommerce = isWooCommerce(doc, ctx.index);
  const onMagento = isMagento(doc, ctx.index);
  const shopify = onShopify ? readShopify(ctx, scripts) : undefined;
  const woo = onWooCommerce ? readWooCommerce(ctx) : undefined;
  const magento = onMagento ? readMagento(ctx) : undefined;
  const og = readOpenGraph(ctx);

  const layout = pageLayout(doc, ctx.index);
  const dom = findDomPrice(ctx, layout);
  const platformPageType = onShopify ? shopifyPageType(scripts) : undefined;

  const structured = [ld.record, md.record, rdfa.record].filter(hasProductFacts) as ProductRecord[];
  const platform = [shopify, woo, magento].filter(hasProductFacts) as ProductRecord[];
  const openGraphType = ogIsProduct(ctx);
  // A sold-out item's page often drops its buy button, and sometimes its price: read its stock line and labels before the gate then.
  const soldOutCandidate = layout.buy.length === 0 && Boolean(layout.heading && (dom.best?.near || (openGraphType && !dom.best)));
  let labelled = soldOutCandidate ? findLabelledValues(doc, layout, ctx.bodyTexts?.(30000)) : undefined;
  let domAvailability = soldOutCandidate ? findDomAvailability(ctx.index, layout) : undefined;
  const productPage = isProductPage({
    structuredProduct: structured.length > 0,
    platformProduct: platform.some((r) => r.price),
    ...(platformPageType ? { platformPageType } : {}),
    listPage: ld.list || md.list,
    openGraphProduct: Boolean(og?.price) && openGraphType,
    openGraphType,
    searchUrl: isSearchUrl(url),
    soldOutItem: Boolean(domAvailability?.availability === 'OutOfStock' && labelled && labelsOneItem(labelled)),
    layout,
    dom,
  });
  if (!productPage) return null;

  labelled ??= findLabelledValues(doc, layout, ctx.bodyTexts?.(30000));
  domAvailability ??= findDomAvailability(ctx.index, layout);
  const dataRecords = [...structured, ...platform, ...(og ? [og] : [])];
  const domRecord: ProductRecord = {
    source: 'dom',
    availability: domAvailability.availability,
    sku: labelled.sku,
    gtin: labelled.gtin,
    // An unlabelled brand element is the last resort: asked only when nothing else names one.
    brand: labelled.brand ?? (dataRecords.some((r) => r.brand) ? undefined : findMarkedBrand(layout, ctx.index)),
  };
  const records = [...dataRecords, domRecord];
  const merged = reconcileWithPage(mergeRecords(records, dom), { records, layout, domAvailability, labelled });
  merged.sku ??= confirmedUrlId(doc, url, scripts);
  // A sale the markup does not describe: the former price the page prints beside the price.
  if (merged.price && !merged.listPrice) merged.listPrice = findDomListPrice(dom, layout, merged.price);
  const rating = refineRating({ rating: merged.rating, reviewCount: merged.reviewCount }, findDomRating(layout, ctx.index));
  const sellerName = merged.sellerName ?? labelled.seller;
  const title = merged.name ?? (layout.heading?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000);
  const platformName = onShopify ? 'shopify' : onWooCommerce ? 'woocommerce' : onMagento ? 'magento' : undefined;
  const signals = readShopSignals(ctx, { ...(platformName ? { platform: platformName } : {}), ...(layout.main ? { productArea: layout.main } : {}) });
  const discount = merged.listPrice && merged.price ? Math.round((1 - Number(merged.price.amount) / Number(merged.listPrice.amount)) * 100) : undefined;

  return finishFacts(
    {
      marketplace: 'shop',
      pageKind: 'product',
      url: url.href,
      product: {
        title: title || undefined,
        price: merged.price,
        listPrice: merged.listPrice,
        availability: merged.availability,
        sku: merged.sku,
        gtin: merged.gtin,
        brand: merged.brand,
        rating: rating.rating,
        reviewCount: rating.reviewCount,
        images: merged.images,
        category: merged.category,
      },
      // Only a location that names its country: "Posted in Lahore, Punjab, Pakistan", "Ships from: Shenzhen, China".
      shipping: { from: countryIn(labelled.location, pageLanguages(doc)) },
      seller: { name: sellerName, soldByPlatform: soldBySite(sellerName, siteNames(ctx.meta, ldNodes, url)), ...signals.seller },
      returns: signals.returns,
      payment: signals.payment,
      shop: signals.shop,
      claims: { discountPercent: discount !== undefined && discount > 0 && discount < 100 ? discount : undefined },
    },
    'generic',
    VERSION,
  );
}

/** The adapter for every site without a marketplace adapter. */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  version: VERSION,
  matches: () => true,
  extract: extractGeneric,
};
