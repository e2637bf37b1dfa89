/**
 * Calendar dates without time-zone surprises. A deadline is a day on the
 * shopper's calendar, not an instant, so dates are `YYYY-MM-DD` strings and
 * arithmetic runs on day numbers (days since 1970-01-01 of the proleptic
 * Gregorian calendar). Instants enter only through an explicit time zone.
 */

export type CivilDate = string;

/** A date as a case may hold it: `YYYY-MM-DD`, an ISO date-time, or epoch milliseconds. */
export type DateInput = string | number;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `s` is a real calendar date (rejects 2026-02-30). */
export function isCivilDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Day number of a civil date. */
export function dayNumber(date: CivilDate): number {
  const m = DATE_RE.exec(date);
  if (!m || !isCivilDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** Civil date of a day number. */
export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds calendar months. A day that does not exist in the target month is
 * clamped to its last day (31 Jan + 1 month = 28/29 Feb): the earlier date,
 * so a deadline is never pushed past the month it falls in.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const m = DATE_RE.exec(date);
  if (!m || !isCivilDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Whether a time-zone name is one `Intl` knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The runtime's own time zone (the shopper's, in a browser). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function zonedParts(instant: number, timeZone: string): ZonedParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The calendar date an instant falls on in a time zone. */
export function dateInZone(instant: number, timeZone: string): CivilDate {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Offset of a zone from UTC at an instant, in milliseconds (east positive). */
function zoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time on a date in a zone. Two passes settle
 * the offset across daylight-saving changes; a time skipped by a spring
 * gap comes out one hour later, as clocks show it.
 */
export function zonedTimeToInstant(date: CivilDate, hour: number, minute: number, timeZone: string): number {
  const wall = dayNumber(date) * MS_PER_DAY + (hour * 60 + minute) * 60_000;
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return second;
}

/** Reads a case date into a civil date in `timeZone`; undefined when absent or invalid. */
export function toCivilDate(value: DateInput | undefined | null, timeZone: string): CivilDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? dateInZone(value, timeZone) : undefined;
  if (DATE_RE.test(value)) return isCivilDate(value) ? value : undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : dateInZone(ms, timeZone);
}
