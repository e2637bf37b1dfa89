import { distancesFrom, inOffMainArea, isHidden, type Layout } from './page-layout';
import type { PageIndex } from './page-index';

/**
 * The rating summary beside the product heading ("4.7 ★ 472 Reviews",
 * "Rated 4.75 out of 5", `data-rating="4.75"`). Structured data often
 * rounds the rating (4.5 for a shown 4.7) or lags the count by a review;
 * the shopper reads the page.
 */

export interface DomRating {
  rating?: number;
  reviewCount?: number;
}

const OUT_OF_FIVE = /(\d(?:[.,]\d{1,2})?)\s*(?:\/|out of|of|von|sur|de|su|z|из|van|av|af|中|점 만점에)\s*5(?![\d.,])/i;
/** Words that follow a review count, in the languages of the shops we read. */
const COUNT_WORDS = 'reviews?|ratings?|votes?|customer reviews|bewertungen|rezensionen|avis|évaluations|opiniones|reseñas|valoraciones|recensioni|avaliações|recenzí|hodnocení|recenzi[ií]|opinii|ocen|értékelés|отзыв\\w*|оцен\\w*|评价|評價|条评论|件のレビュー|件|리뷰|개|đánh giá|รีวิว|ulasan|تقييم\\w*|ביקורות';
const COUNT = new RegExp(`^\\(?\\s*(\\d[\\d.,\\s\\u00a0]{0,9})\\s*\\)?\\s*(?:${COUNT_WORDS})?\\s*\\)?$`, 'i');
/** A count in brackets after the rating in the same text: "4,8 z 5 (12 hodnocení)", "4.6 out of 5 (212 reviews)". */
const COUNT_AFTER_RATING = new RegExp(`\\(\\s*(\\d[\\d.,\\s\\u00a0]{0,9}?)\\s*(?:${COUNT_WORDS})\\s*\\)`, 'i');

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Inside the product area, or within 200 elements of the heading when there is no area. */
function nearProductTest(layout: Layout): (el: Element) => boolean {
  const { main, heading } = layout;
  if (main) return (el) => main.contains(el);
  if (!heading) return () => false;
  // Numbered once: a page can carry hundreds of rating-like elements (review stars).
  const distance = distancesFrom(heading, 200);
  return (el) => distance(el) < 200;
}

/** Reads the rating and review count shown next to the product, when there is one summary. */
export function findDomRating(layout: Layout, index: PageIndex): DomRating {
  const out: DomRating = {};
  const nearProduct = nearProductTest(layout);
  for (const el of index.ratings.slice(0, 400)) {
    if (!nearProduct(el) || isHidden(el, 4) || inOffMainArea(el, layout.main, 8)) continue;
    if (out.rating === undefined) {
      const attr = el.getAttribute('data-rating') ?? el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
      const raw = el.textContent ?? '';
      const text = raw.length <= 120 ? raw.replace(/\s+/g, ' ').trim() : '';
      const fromAttr = /^\d(?:[.,]\d{1,2})?$/.test(attr.trim()) ? num(attr.trim()) : OUT_OF_FIVE.exec(attr) ? num(OUT_OF_FIVE.exec(attr)?.[1] ?? '') : undefined;
      const fromText = OUT_OF_FIVE.exec(text)?.[1] ?? (/^\d[.,]\d{1,2}$/.test(text) && /rating/i.test(el.getAttribute('class') ?? '') ? text : undefined);
      const r = fromAttr ?? (fromText !== undefined ? num(fromText) : undefined);
      if (r !== undefined && r > 0 && r <= 5) {
        out.rating = r;
        const count = COUNT_AFTER_RATING.exec(text)?.[1]?.replace(/[^\d]/g, '');
        if (count && count.length <= 8) out.reviewCount = Number(count);
      }
    }
    if (out.reviewCount === undefined && /count|total|number|reviews|num/i.test(el.getAttribute('class') ?? '')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const m = text.length <= 40 ? COUNT.exec(text) : null;
      const digits = m?.[1]?.replace(/[^\d]/g, '');
      if (digits && digits.length <= 8) out.reviewCount = Number(digits);
    }
    if (out.rating !== undefined && out.reviewCount !== undefined) break;
  }
  return out;
}

/**
 * Structured rating refined by the visible one: the visible value wins when
 * it is within half a star (a rounding of the same rating) and the visible
 * count when within 2% (the same reviews, counted at a slightly different
 * moment). Without structured data the visible summary is used as is.
 */
export function refineRating(structured: DomRating, visible: DomRating): DomRating {
  const rating = structured.rating === undefined ? visible.rating
    : visible.rating !== undefined && Math.abs(visible.rating - structured.rating) <= 0.5 ? visible.rating : structured.rating;
  const sc = structured.reviewCount;
  const vc = visible.reviewCount;
  const reviewCount = sc === undefined ? (rating !== undefined ? vc : undefined)
    : vc !== undefined && Math.abs(vc - sc) <= Math.max(1, sc * 0.02) ? vc : sc;
  return { ...(rating !== undefined ? { rating } : {}), ...(reviewCount !== undefined ? { reviewCount } : {}) };
}
