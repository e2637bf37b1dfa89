import type { Locale } from '@/lib/i18n/translator';
import type { CivilDate } from './calendar';
import { dayNumber } from './calendar';

/**
 * Dates and money in the shopper's language, through `Intl` only. Calendar
 * dates are formatted in UTC so a `YYYY-MM-DD` never shifts by a day.
 */

/** BCP 47 tag for an app locale. English uses day-month order ("5 Dec"), read the same everywhere. */
export function bcp47(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en-GB';
}

export interface DateFormatOptions {
  /** Show the year; by default only when it differs from `relativeTo`'s. */
  year?: boolean;
  relativeTo?: CivilDate;
  /** Weekday too ("Sat 5 Dec"). */
  weekday?: boolean;
}

/** "5 Dec", "5 Dec 2027", "12月5日", "2027年12月5日". */
export function formatDate(date: CivilDate, locale: Locale, opts: DateFormatOptions = {}): string {
  const instant = dayNumber(date) * 86_400_000;
  const showYear = opts.year ?? (opts.relativeTo ? opts.relativeTo.slice(0, 4) !== date.slice(0, 4) : true);
  return new Intl.DateTimeFormat(bcp47(locale), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    ...(showYear ? { year: 'numeric' } : {}),
    ...(opts.weekday ? { weekday: 'short' } : {}),
  }).format(instant);
}

/** A date-time instant in the shopper's zone ("5 Dec 2026, 09:00"). */
export function formatDateTime(instant: number, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(bcp47(locale), {
    ...(timeZone ? { timeZone } : {}),
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(instant);
}

/**
 * "US$12.99", "€1,299.00", "¥1,299.00". The amount is a decimal string as
 * PageFacts carry it; an unknown or invalid currency prints the number and
 * the code as given rather than guessing a symbol.
 */
export function formatMoney(amount: string, currency: string | undefined, locale: Locale): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return currency ? `${amount} ${currency}` : amount;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(bcp47(locale), { style: 'currency', currency }).format(value);
    } catch {
      // Intl refuses a well-formed but unknown code: fall through to the plain form.
    }
  }
  const plain = new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: 6 }).format(value);
  return currency ? `${plain} ${currency}` : plain;
}

/** Plural category for a count in the locale (`one`/`other` in English; always `other` in Chinese). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  return new Intl.PluralRules(bcp47(locale)).select(n);
}
