import { cleanText } from '@/lib/sites/util/clean-text';
import type { PageIndex } from './page-index';
import { attrText, isHidden, type Layout } from './page-layout';

/**
 * The brand a shop prints in the product's own container without a label:
 * `<h2 class="productView-brand"><a>Northwood</a></h2>`,
 * `<p class="product__vendor">Aurora</p>`, a manufacturer's logo whose alt
 * text names it. Asked only when no structured source and no labelled row
 * states a brand, and only inside the product's container (never a menu of
 * brands, never another product's tile).
 */

/** A class / id token naming a brand element: `productView-brand`, `product__vendor`, `brand-name`, `manufacturer`. */
const BRAND_TOKEN = /(?:^|[-_])(?:brand|vendor|manufacturer)(?:[-_]?name)?$/i;
/** A label row ("Brand: X") is the label reader's; this one wants the name alone. */
const LABELLED = /[:：]/;
const MAX_ELEMENTS = 40;

function marksBrand(el: Element): boolean {
  return attrText(el).split(/\s+/).some((token) => BRAND_TOKEN.test(token));
}

/** The element's name: its short text, else the alt text of the one logo it holds. */
function nameIn(el: Element): string | undefined {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.length <= 60 ? text : undefined;
  const img = el.querySelector('img[alt]');
  return img?.getAttribute('alt') ?? undefined;
}

/** A brand name: a few words with a letter, no label, no price, no sentence. */
function plausibleBrand(name: string | undefined): string | undefined {
  const cleaned = cleanText(name, 60);
  if (!cleaned || LABELLED.test(cleaned) || !/\p{L}/u.test(cleaned) || /\d[.,]\d\d\b/.test(cleaned)) return undefined;
  return cleaned.split(' ').length <= 5 ? cleaned : undefined;
}

/**
 * The brand marked in the product's container, or undefined. The candidates
 * are the index's brand-like elements (a query of the container cost a
 * twentieth of a large page's read).
 */
export function findMarkedBrand(layout: Layout, index: PageIndex): string | undefined {
  const main = layout.main;
  if (!main) return undefined;
  let inMain = 0;
  for (const el of index.brands) {
    if (!main.contains(el)) continue;
    if (++inMain > MAX_ELEMENTS) break;
    if (!marksBrand(el) || isHidden(el)) continue;
    const brand = plausibleBrand(nameIn(el));
    if (brand) return brand;
  }
  return undefined;
}
