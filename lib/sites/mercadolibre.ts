import type { Money, PageFactsInput, PageKind } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { hostMatcher } from './hosts';
import { finishFacts } from './util/finish';
import { decimalFromNumber, parseMoney } from './util/money';
import { absoluteUrl, firstText, inlineScripts, textOf } from './util/dom';
import { attrOf, scriptJson, scriptString, scriptValue } from './util/read';
import { pick, pickString } from './util/safe-json';
import { ldProduct } from './util/ld-product';
import { clean } from './util/text';

/**
 * Mercado Libre / Mercado Livre, every country site. Search pages carry
 * `__PRELOADED_STATE__` (`results[].polycard.components`); item pages
 * JSON-LD plus the seller block. Official stores are marked with an icon
 * token in the seller text ("Lenovo {icon_cockade}"), stripped from the
 * name and kept as a claim.
 */

const VERSION = 1;

function pageKindOf(url: URL): PageKind {
  const h = url.hostname;
  const p = url.pathname;
  if (/^(articulo|produto)\./.test(h) || /\/p\/ML[A-Z]\d+|\/ML[A-Z]-?\d+/.test(p)) return 'product';
  if (/^(listado|lista)\./.test(h) || /^\/(search|jm\/search)/.test(p)) return 'search';
  if (/^\/(perfil|pagina|tienda|loja)\//.test(p) || /^\/_CustId_/.test(p)) return 'store';
  if (/^\/(my-purchases|mis-compras|minhas-compras)|\/purchases\//.test(p)) return 'order';
  if (/checkout|\/buy\b|\/gz\/checkout/.test(h + p)) return 'checkout';
  return 'other';
}

const OFFICIAL = /\{icon_cockade\}|tienda oficial|loja oficial/i;
const cleanSeller = (t: string | undefined) => clean(t?.replace(/\{[^}]*\}/g, '').replace(/^(por|vendido por|by)\s+/i, ''));

function polyPrice(price: unknown): Money | undefined {
  const amount = decimalFromNumber(pick(price, 'value'));
  const currency = pickString(price, 'currency') ?? pickString(price, 'currency_id');
  return amount ? { amount, ...(currency ? { currency } : {}) } : undefined;
}

function readSearch(doc: Document, url: URL): PageFactsInput['results'] {
  const state = scriptJson(doc, 'script#__PRELOADED_STATE__') ?? scriptValue(doc, '__PRELOADED_STATE__');
  const results = pick(state, 'pageState', 'initialState', 'results') ?? pick(state, 'initialState', 'results');
  if (Array.isArray(results) && results.length) {
    return results.slice(0, 200).map((r) => {
      const card = pick(r, 'polycard');
      const comps = pick(card, 'components');
      const comp = (type: string) => (Array.isArray(comps) ? comps.find((c) => pickString(c, 'type') === type) : undefined);
      const href = pickString(card, 'metadata', 'url') ?? pickString(r, 'permalink');
      return {
        title: clean(pickString(comp('title'), 'title', 'text') ?? pickString(r, 'title'), 500),
        url: href ? absoluteUrl(/^https?:/.test(href) ? href : `https://${href}`, url) : undefined,
        price: polyPrice(pick(comp('price'), 'price', 'current_price')) ?? polyPrice(pick(r, 'price')),
        sellerName: cleanSeller(pickString(comp('seller'), 'seller', 'text') ?? pickString(r, 'seller', 'nickname')),
      };
    }).filter((x) => x.price || x.sellerName);
  }
  return Array.from(doc.querySelectorAll('li.ui-search-layout__item, .ui-search-result')).slice(0, 200).map((card) => ({
    title: clean(firstText(card, ['.poly-component__title', '.ui-search-item__title', 'h2', 'h3']), 500),
    url: absoluteUrl(card.querySelector('a[href]')?.getAttribute('href'), url),
    price: parseMoney(firstText(card, ['.poly-price__current .andes-money-amount', '.andes-money-amount'])),
    sellerName: cleanSeller(firstText(card, ['.poly-component__seller', '.ui-search-official-store-label'])),
  })).filter((x) => x.price || x.sellerName);
}

/** Reads a Mercado Libre page into PageFacts (pure: document and URL only); null when there is nothing to read yet. */
export function extractMercadolibre(doc: Document, url: URL): PageFactsInput | null {
  const pageKind = pageKindOf(url);
  const draft = { marketplace: 'mercadolibre' as const, pageKind, url: url.href };
  if (pageKind === 'search') return finishFacts({ ...draft, results: readSearch(doc, url) }, 'mercadolibre', VERSION);
  if (pageKind !== 'product' && pageKind !== 'store') return finishFacts(draft, 'mercadolibre', VERSION);

  const scripts = inlineScripts(doc).filter((s) => s.includes('seller'));
  const sellerText = firstText(doc, ['.ui-pdp-seller__link-trigger', '.ui-seller-data-header__title', '.ui-pdp-seller__header__title', '.ui-pdp-action-modal__link', '.store-info__name']);
  const name = cleanSeller(sellerText?.replace(/^(vendido por|tienda oficial|loja oficial)\s*/i, ''));
  const id = scriptString(scripts, 'seller_id') ?? scriptString(scripts, 'sellerId');
  const seller = { name, id, soldByPlatform: name || id ? false : undefined };
  if (pageKind === 'store') return finishFacts({ ...draft, seller }, 'mercadolibre', VERSION);

  const ld = ldProduct(doc);
  const shown = parseMoney(attrOf(doc, 'meta[itemprop="price"]', 'content') ?? textOf(doc.querySelector('.ui-pdp-price__second-line .andes-money-amount')));
  return finishFacts({
    ...draft,
    product: {
      ...ld.product,
      title: clean(ld.product.title ?? firstText(doc, ['h1.ui-pdp-title', 'h1']), 1000),
      price: ld.product.price ?? shown,
      sku: ld.product.sku ?? /\/(ML[A-Z]-?\d+)/.exec(url.pathname)?.[1]?.replace('-', ''),
    },
    seller: { ...seller, name: seller.name ?? ld.sellerName },
    claims: { officialStore: OFFICIAL.test(sellerText ?? '') || undefined },
    returns: { text: clean(firstText(doc, ['.ui-pdp-returns', '.ui-pdp-benefit--returns']), 1000) },
  }, 'mercadolibre', VERSION);
}

/** The Mercado Libre site adapter, registered in `registry.ts`. */
export const mercadolibreAdapter: SiteAdapter = {
  id: 'mercadolibre',
  version: VERSION,
  matches: hostMatcher('mercadolibre'),
  extract: extractMercadolibre,
};

/* Test URLs
 * https://listado.mercadolibre.com.pe/lenovo-ideapad              search
 * https://articulo.mercadolibre.com.ar/MLA-123456789-producto     item
 * https://www.mercadolibre.com.mx/lenovo-ideapad/p/MLM123456      catalogue item
 * https://www.mercadolibre.com.ar/perfil/VENDEDOR                 seller profile
 */
