import type { PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts, metaContent } from './util/dom';
import { attrOf, hasEnabled, scriptValue, valueAfterLabel } from './util/read';
import { pick, pickString, safeJsonParse } from './util/safe-json';
import { ldProduct } from './util/ld-product';
import { clean, parseCount } from './util/text';

/**
 * Alibaba.com (B2B). The supplier is a company: its name and id come from
 * the page's embedded data (`detailData.globalData.seller` on 2022+ pages,
 * the company card module and `aplus-exdata` meta before). JSON-LD `brand`
 * is a site-wide placeholder, so the "Brand Name" attribute wins.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/product-detail\//.test(p) || /^\/(p-detail|product)\/\d+/.test(p)) return 'product';
  if (/^\/(trade\/search|showroom|products|catalog)\b/.test(p) || url.searchParams.has('SearchText')) return 'search';
  if (/^(?!www\.)[a-z0-9-]+\.(en\.)?alibaba\.com$/.test(url.hostname) && url.hostname.includes('.en.')) return 'store';
  if (/^\/(order|trade\/order)|orderDetail|order_detail/i.test(p + url.hostname)) return 'order';
  if (/checkout|\/trade\/confirm/.test(p)) return 'checkout';
  return 'other';
}

const BRAND_LABEL = /^brand( name)?$/i;

/** Reads a Alibaba.com page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractAlibaba(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'alibaba' as const, pageKind, url: url.href };
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'alibaba', VERSION);

  const scripts = inlineScripts(doc).filter((s) => /companyName|companyId|detailData/.test(s));
  const global = pick(scriptValue(doc, 'detailData', scripts), 'globalData');
  const exdata = safeJsonParse(metaContent(doc, ['aplus-exdata']) ?? '');
  const companyCard = scriptValue(doc, 'companyName', scripts);
  const companyLink = doc.querySelector('a.company-name, .company-name a, [data-aui="company-name"], .supplier-name a, [class*="company-name"] a');
  const name = clean(
    pickString(global, 'seller', 'companyName') ?? pickString(companyCard, 'value') ?? (typeof companyCard === 'string' ? companyCard : undefined)
      ?? companyLink?.getAttribute('title') ?? companyLink?.textContent,
  );
  const id = pickString(global, 'seller', 'companyId') ?? pickString(exdata, 'companyId') ?? attrOf(doc, '[data-company-id]', 'data-company-id');
  const card = firstText(doc, ['.company-card', '.supplier-card', '[class*="company-info"]', '.card-supplier']) ?? '';
  const years = /(\d{1,2})\s*(?:yrs?|years?)\b/i.exec(card)?.[1];
  const seller = {
    name,
    id: id && /^\d+$/.test(id) ? id : undefined,
    url: absoluteUrl(companyLink?.getAttribute('href'), url),
    soldByPlatform: name || id ? false : undefined,
    years: years ? Number(years) : undefined,
  };
  if (pageKind === 'store') return finishFacts({ ...draft, seller: { ...seller, name: seller.name ?? clean(firstText(doc, ['h1', '.company-name'])) } }, 'alibaba', VERSION);

  const ld = ldProduct(doc);
  const attrs = pick(global, 'product', 'productBasicProperties');
  const attrBrand = Array.isArray(attrs) ? pickString(attrs.find((a) => BRAND_LABEL.test(pickString(a, 'attrName') ?? '')), 'attrValue') : undefined;
  const scriptBrand = scripts.map((s) => /"attrName":"Brand Name","attrValue":"([^"]{1,100})"/.exec(s)?.[1]).find(Boolean);
  const brand = attrBrand ?? scriptBrand ?? valueAfterLabel(doc, '.do-entry-item dt, .attribute-item .left, .id-grid dt', BRAND_LABEL);
  const currency = metaContent(doc, ['og:price:currency']) ?? ld.product.price?.currency;
  const price = ld.product.price ?? parseMoney(metaContent(doc, ['og:price:amount']), currency)
    ?? parseMoney(firstText(doc, ['.price-item .price', '[class*="price-list"] [class*="price"]', '.ma-ref-price', '.promotion-price']), currency ?? 'USD');
  // B2B pages show no stock level: an enabled order button is what a buyer can act on.
  const orderable = hasEnabled(doc, 'button.action-start-order, .ui-button-buy, [data-dot*="place_order"], button[class*="start-order"], button[class*="add-cart"]');

  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title?.replace(/ - Buy .*$/, '') ?? firstText(doc, ['h1']), 1000),
      price,
      availability: ld.product.availability ?? (orderable ? 'InStock' : undefined),
      sku: /_(\d{6,})\.html/.exec(url.pathname)?.[1] ?? ld.product.sku,
      brand: clean(brand),
      reviewCount: ld.product.reviewCount ?? parseCount(firstText(doc, ['.review-count'])),
    },
    seller,
  }, 'alibaba', VERSION);
}

/** The Alibaba.com site adapter, registered in `registry.ts`. */
export const alibabaAdapter: SiteAdapter = {
  id: 'alibaba',
  version: VERSION,
  matches: hostMatcher('alibaba'),
  extract: extractAlibaba,
};

/* Test URLs
 * https://www.alibaba.com/product-detail/Stainless-Cheese-Grater_1600123456789.html   product
 * https://supplier-name.en.alibaba.com/                                                supplier store
 * https://www.alibaba.com/trade/search?SearchText=cheese+grater                         search
 */
