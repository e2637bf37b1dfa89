import type { Availability } from '@/lib/facts/page-facts';

/**
 * Numbers and phrases as marketplaces print them in every locale: counts
 * with grouping ("6,536", "5.182", "12 345"), short forms ("2.9K",
 * "1,2 mil", "1.5万"), ratings ("4,6 von 5", "5つ星のうち4.5"), percentages
 * ("99,6 %"), stock sentences and return windows. Anything that does not
 * read cleanly gives undefined, never a guess.
 */

const SHORT_SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mil: 1e3, tys: 1e3, 千: 1e3, 万: 1e4, 萬: 1e4 };

/** An integer count; decimals are only accepted before a scale suffix ("2.9K"). */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const m = /(\d+(?:[.,\s\u00a0\u202f']\d{3})*)(?:[.,](\d+))?\s*(k|m|mil|tys|千|万|萬)?(?![a-z])/i.exec(raw.slice(0, 300));
  if (!m?.[1]) return undefined;
  const int = m[1].replace(/\D/g, '');
  const scale = m[3] ? SHORT_SCALE[m[3].toLowerCase()] : undefined;
  if (scale) return Math.round(Number(`${int}.${m[2] ?? 0}`) * scale);
  // "12.5" without a scale is not a count.
  if (m[2] !== undefined || int.length > 12) return undefined;
  return Number(int);
}

/**
 * A star rating out of 5. Some locales print the scale first
 * ("5つ星のうち4.5", "5 yıldız üzerinden 4,5"): a leading bare "5" followed
 * by another number is the scale.
 */
export function parseRating(raw: string | null | undefined): number | undefined {
  const tokens = raw?.slice(0, 200).match(/\d+(?:[.,]\d+)?/g);
  if (!tokens?.length) return undefined;
  const token = tokens[0] === '5' && tokens[1] !== undefined ? tokens[1] : tokens[0];
  return boundedNumber(token, 5);
}

/** The first percentage in a text ("99,6% positive" → 99.6). */
export function parsePercent(raw: string | null | undefined): number | undefined {
  return boundedNumber(/(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(raw?.slice(0, 300) ?? '')?.[1], 100);
}

/** A finite number from a number or a numeric string (`"4,5"` → 4.5) within 0..max, else undefined. */
export function boundedNumber(v: unknown, max: number): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : Number.NaN;
  return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

/** A non-negative integer count from a number or text such as `"1,234"`, `"(5.275)"`, `"12 345"`. */
export function countOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : undefined;
  return typeof v === 'string' ? parseCount(v) : undefined;
}

// Out-of-stock is tested first: "not available" contains "available".
const OUT_OF_STOCK =
  /out of stock|sold out|currently unavailable|no longer available|not available|unavailable|nicht verfügbar|ausverkauft|nicht auf lager|rupture de stock|indisponible|épuisé|non disponibile|esaurit|no disponible|agotado|sin stock|niet (meer )?(leverbaar|verkrijgbaar|beschikbaar)|uitverkocht|slutsåld|ej i lager|niedostępn|wyprzedan|stokta yok|tükendi|indisponível|esgotado|在庫切れ|在庫なし|売り切れ|缺货|无货|已售罄|已下架|售罄|品切れ|غير متوفر|нет в наличии|hết hàng|สินค้าหมด|habis/i;
const PRE_ORDER = /pre-?order|vorbestell|précommande|preordina|preventa|pré-venda|予約/i;
const IN_STOCK =
  /in stock|available|auf lager|verfügbar|en stock|disponible|disponibile|op voorraad|leverbaar|i lager|dostępn|stokta|em estoque|disponível|在庫あり|有货|现货|متوفر|в наличии|còn hàng|มีสินค้า|tersedia/i;

/** Availability from a shop's stock sentence in any of the supported languages. */
export function availabilityFromText(raw: string | null | undefined): Availability | undefined {
  const t = raw?.slice(0, 400);
  if (!t) return undefined;
  if (PRE_ORDER.test(t)) return 'PreOrder';
  if (OUT_OF_STOCK.test(t)) return 'OutOfStock';
  if (IN_STOCK.test(t)) return 'InStock';
  return undefined;
}

/** Return window in days from a policy sentence ("30 days returns", "Rückgabe innerhalb von 14 Tagen", "60 jours"). */
export function returnWindowDays(raw: string | null | undefined): number | undefined {
  const m = /(\d{1,3})[\s-]*(?:days?|días?|dias?|jours?|tage?n?|giorni|dagen|dagar|dni|gün|日|天|วัน|hari|ngày)/i.exec(raw?.slice(0, 1000) ?? '');
  const n = m?.[1] ? Number(m[1]) : Number.NaN;
  return Number.isInteger(n) && n > 0 && n <= 365 ? n : undefined;
}

/** Collapses whitespace, drops invisible direction marks (Amazon wraps names in U+200E) and trims; empty becomes undefined. */
export function clean(raw: string | null | undefined, max = 300): string | undefined {
  const t = raw?.replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
}
