import type { Availability } from '@/lib/facts/page-facts';
import { availabilityFromText } from './availability';
import { canBuyWith, inOffMainArea, isHidden, type Layout } from './page-layout';
import type { PageIndex } from './page-index';

/**
 * Availability from the visible page: a stock line ("Auf Lager", "Sold
 * out") in the product's area wins; otherwise an enabled add-to-cart button
 * means the item can be bought. A disabled button alone says nothing (shops
 * disable it until a size is chosen).
 */

export interface DomAvailability {
  availability?: Availability;
  /** The page states "out of stock" / "sold out" somewhere in the product's area. */
  saysOutOfStock: boolean;
}

/** Availability the visible product area states, and whether it says "out of stock" anywhere there. */
export function findDomAvailability(index: PageIndex, layout: Layout): DomAvailability {
  const seen: Availability[] = [];
  const availability = readAvailability(index, layout, seen);
  return { availability, saysOutOfStock: seen.includes('OutOfStock') };
}

function readAvailability(index: PageIndex, layout: Layout, seen: Availability[]): Availability | undefined {
  const main = layout.main;
  const inScope = main ? index.stock.filter((el) => main.contains(el)) : index.stock;
  for (const el of inScope.slice(0, 300)) {
    // Up to the product's container: a carousel inside it shows other items' "sold out" badges.
    if (isHidden(el) || inOffMainArea(el, layout.main)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    // Size pickers mark single sizes "sold out" (a select, swatches, or a dropdown of option links); a stock line is short and stands alone.
    if (el.closest('select, option, [role="listbox"], [class*="size" i], [class*="swatch" i], [class*="variant" i], [class*="option" i], [class*="dropdown" i]')) continue;
    const a = availabilityFromText(raw.replace(/\s+/g, ' ').trim().slice(0, 120)) ?? classAvailability(el);
    if (a) seen.push(a);
    if (seen.length >= 3) break;
  }
  const canBuy = layout.buy.some((b) => canBuyWith(b, layout.buy));
  const positive = seen.find((a) => a !== 'OutOfStock');
  if (seen.includes('OutOfStock')) {
    // "Sold out" next to a working buy button is a contradiction: say nothing rather than guess.
    if (!canBuy && !positive) return 'OutOfStock';
    if (canBuy && !positive) return undefined;
  }
  if (positive) return positive;
  if (canBuy) return 'InStock';
  // A disabled buy button labelled "sold out" is a clear statement.
  for (const b of layout.buy) {
    const a = availabilityFromText(b.textContent);
    if (a === 'OutOfStock') return a;
  }
  return undefined;
}

function classAvailability(el: Element): Availability | undefined {
  const cls = el.getAttribute('class') ?? '';
  if (/\b(out-of-stock|outofstock|sold-?out|unavailable|not-available)\b/i.test(cls)) return 'OutOfStock';
  if (/\b(in-stock|instock|available)\b/i.test(cls)) return 'InStock';
  return undefined;
}
