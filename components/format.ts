import type { Locale } from '@/lib/i18n/translator';
import { bcp47, pluralCategory } from '@/lib/rights/format';

/**
 * Numbers, dates and ages for the popup and options pages, through `Intl`
 * in the shopper's language. Money and calendar dates come from
 * lib/rights/format.ts, shared with the rights section.
 */
export { formatMoney, formatDate } from '@/lib/rights/format';

/** "28 Nov 2026" / "2026年11月28日" for an instant, in the local time zone. */
export function formatDay(instant: number, locale: Locale): string {
  return new Intl.DateTimeFormat(bcp47(locale), { day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

/** "28 Nov 2026, 09:00" / "2026年11月28日 09:00". */
export function formatDateTime(instant: number, locale: Locale): string {
  return new Intl.DateTimeFormat(bcp47(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** "1,234" / "1,234". */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47(locale)).format(n);
}

/** 86.5 → "86.5%" (percent given as 0–100). */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47(locale), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** "4.6" with the locale's decimal sign. */
export function formatRating(rating: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating);
}

/** Country or region name from an ISO code ("CN" → "China" / "中国"). */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([bcp47(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whole months between a yyyy-mm-dd date and an instant (0 when in the future). */
export function monthsSince(date: string, now: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = new Date(now);
  let months = (n.getUTCFullYear() - y) * 12 + (n.getUTCMonth() + 1 - m);
  if (n.getUTCDate() < d) months -= 1;
  return Math.max(0, months);
}

/**
 * A store's age as a locale key and its number: "2 months", "3 years"
 * (years from 24 months on). Keys: `ui_age_months_one|other`, `ui_age_years_one|other`.
 */
export function ageKey(months: number, locale: Locale): { key: string; n: number } {
  if (months < 24) return { key: `ui_age_months_${pluralCategory(months, locale) === 'one' ? 'one' : 'other'}`, n: months };
  const years = Math.floor(months / 12);
  return { key: `ui_age_years_${pluralCategory(years, locale) === 'one' ? 'one' : 'other'}`, n: years };
}

/** The `lang` attribute value of a locale. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}
