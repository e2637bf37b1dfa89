import type { Locale } from '@/lib/i18n/translator';
import { bcp47, formatDate } from '@/lib/rights/format';

/**
 * Values that rules and lists hand to the interface as data (ISO dates,
 * numbers) put into the shopper's format. Shared by the popup and by the
 * background when it writes the banner's text.
 */

/** A `yyyy-mm-dd` or ISO date-time string as a local date ("14 Oct 2026" / "2026年10月14日"), else undefined. */
export function localDate(value: string, locale: Locale): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale, { year: true });
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? new Intl.DateTimeFormat(bcp47(locale), { day: 'numeric', month: 'short', year: 'numeric' }).format(ms) : undefined;
  }
  return undefined;
}

/** A fact's value for people: dates localized, numbers with the locale's signs (grouping from five digits, so a year stays "2024"). */
export function factValue(value: string | number, locale: Locale): string {
  if (typeof value === 'number') return new Intl.NumberFormat(bcp47(locale), { useGrouping: 'min2', maximumFractionDigits: 2 }).format(value);
  return localDate(value, locale) ?? value;
}

/** Message parameters with their dates localized; other values as given. */
export function localizeParams(params: readonly (string | number)[], locale: Locale): (string | number)[] {
  return params.map((p) => (typeof p === 'string' ? localDate(p, locale) ?? p : p));
}
