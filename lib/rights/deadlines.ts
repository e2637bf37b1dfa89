import type { DeadlineKind, RightEntry, StartEvent } from './schema';
import { hasWindow } from './schema';
import { addDays, addMonths, dateInZone, daysBetween, localTimeZone, toCivilDate, type CivilDate, type DateInput } from './calendar';

/** The dates of one purchase that windows can run from. */
export interface CaseDates {
  orderDate?: DateInput;
  paymentDate?: DateInput;
  deliveryDate?: DateInput;
  estimatedDelivery?: DateInput;
  statementDate?: DateInput;
}

const EVENT_FIELD: Record<StartEvent, keyof CaseDates> = {
  order: 'orderDate',
  payment: 'paymentDate',
  delivery: 'deliveryDate',
  estimatedDelivery: 'estimatedDelivery',
  statement: 'statementDate',
};

/**
 * - `open` / `due-today` / `passed`: an act-by or seller-duty date.
 * - `waiting` / `available`: an available-after date (the right opens after it).
 * - `unknown-start`: the window runs from a case date that is missing.
 * - `untracked-start`: it runs from an event the extension does not track.
 * - `no-window`: the entry has no period (it informs, it does not count).
 */
export type DeadlineStatus = 'open' | 'due-today' | 'passed' | 'waiting' | 'available' | 'unknown-start' | 'untracked-start' | 'no-window';

export interface Deadline {
  entryId: string;
  /** `main` for the entry's own window, else the id of one of its other windows. */
  windowId: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  /** Length of the window, for saying "14 days from delivery" before the date is known. */
  windowDays: number | null;
  windowMonths?: number;
  /** The event the window runs from (null when untracked or no window). */
  startsAt: StartEvent | null;
  /** The event actually used for the date (the alternative one when it applied). */
  basis?: StartEvent;
  startDate?: CivilDate;
  /** Last day to act (act-by), seller's last day (seller-duty), or the day after which the right opens. */
  dueDate?: CivilDate;
  /** Whole calendar days from today to `dueDate` in the shopper's zone; negative when past. */
  daysLeft?: number;
  /** The source did not say how days are counted, so the earlier reading was used. */
  conservative: boolean;
  /** The true date may be later: an `if-later` event is still unknown, or the start is an estimate. */
  mayMove: boolean;
  atLeast: boolean;
}

export interface DeadlineOptions {
  /** The shopper's time zone; defaults to the runtime's. */
  timeZone?: string;
}

type WindowView = Pick<RightEntry, 'windowDays' | 'windowMonths' | 'startsAt' | 'startAlt' | 'counting' | 'deadlineKind' | 'atLeast'>;

function windowsOf(entry: RightEntry): { id: string; w: WindowView }[] {
  return [{ id: 'main', w: entry }, ...entry.otherWindows.map((o) => ({ id: o.id, w: o }))];
}

/** Chooses the start date of a window from the case dates. */
function startOf(w: WindowView, dates: Partial<Record<StartEvent, CivilDate>>): { basis?: StartEvent; date?: CivilDate; mayMove: boolean } {
  if (w.startsAt === null) return { mayMove: false };
  const primary = dates[w.startsAt];
  const alt = w.startAlt;
  if (alt?.use === 'if-missing') {
    if (primary) return { basis: w.startsAt, date: primary, mayMove: w.startsAt === 'estimatedDelivery' };
    const fallback = dates[alt.event];
    return fallback ? { basis: alt.event, date: fallback, mayMove: true } : { mayMove: false };
  }
  if (alt?.use === 'if-later') {
    const later = dates[alt.event];
    if (primary && later) return later > primary ? { basis: alt.event, date: later, mayMove: alt.event === 'estimatedDelivery' } : { basis: w.startsAt, date: primary, mayMove: false };
    // Only one of the two is known: the true start is the later of both, so
    // the known date is the safe, earlier one and the deadline may move later.
    if (primary) return { basis: w.startsAt, date: primary, mayMove: true };
    if (later) return { basis: alt.event, date: later, mayMove: true };
    return { mayMove: false };
  }
  return primary ? { basis: w.startsAt, date: primary, mayMove: w.startsAt === 'estimatedDelivery' } : { mayMove: false };
}

/**
 * The end date of a window. With `next-day` counting the event day is day 0,
 * so the last day is start + N. With `unspecified` counting an act-by
 * deadline counts the event day as day 1 (start + N − 1): the earlier of the
 * two readings, so the shopper is never told a date that may be too late.
 * For seller duties and rights that open later, start + N is used: the later
 * reading, so the shopper does not act before the right exists.
 */
function endOf(w: WindowView, start: CivilDate): { date: CivilDate; conservative: boolean } {
  let date = start;
  if (w.windowMonths !== undefined) date = addMonths(date, w.windowMonths);
  if (w.windowDays !== null) date = addDays(date, w.windowDays);
  const shorten = w.counting === 'unspecified' && w.deadlineKind === 'act-by';
  return { date: shorten ? addDays(date, -1) : date, conservative: shorten };
}

function statusOf(kind: DeadlineKind, daysLeft: number): DeadlineStatus {
  if (kind === 'available-after') return daysLeft < 0 ? 'available' : 'waiting';
  if (daysLeft > 0) return 'open';
  return daysLeft === 0 ? 'due-today' : 'passed';
}

/**
 * Every window of every entry, with its date and days left for this case.
 * `now` is an instant; "today" is its date in the shopper's time zone, and
 * case dates given as instants are read in that zone too.
 */
export function computeDeadlines(entries: readonly RightEntry[], caseDates: CaseDates, now: number | Date, opts: DeadlineOptions = {}): Deadline[] {
  const timeZone = opts.timeZone ?? localTimeZone();
  const today = dateInZone(typeof now === 'number' ? now : now.getTime(), timeZone);
  const dates: Partial<Record<StartEvent, CivilDate>> = {};
  for (const [event, field] of Object.entries(EVENT_FIELD) as [StartEvent, keyof CaseDates][]) {
    const d = toCivilDate(caseDates[field], timeZone);
    if (d) dates[event] = d;
  }
  const out: Deadline[] = [];
  for (const entry of entries) {
    for (const { id, w } of windowsOf(entry)) {
      const base = {
        entryId: entry.id, windowId: id, kind: w.deadlineKind, startsAt: w.startsAt, atLeast: w.atLeast ?? false,
        windowDays: w.windowDays, ...(w.windowMonths !== undefined ? { windowMonths: w.windowMonths } : {}),
      };
      if (!hasWindow(w)) {
        out.push({ ...base, status: 'no-window', conservative: false, mayMove: false });
        continue;
      }
      if (w.startsAt === null) {
        out.push({ ...base, status: 'untracked-start', conservative: false, mayMove: false });
        continue;
      }
      const start = startOf(w, dates);
      if (!start.date || !start.basis) {
        out.push({ ...base, status: 'unknown-start', conservative: false, mayMove: false });
        continue;
      }
      const end = endOf(w, start.date);
      const daysLeft = daysBetween(today, end.date);
      out.push({
        ...base,
        status: statusOf(w.deadlineKind, daysLeft),
        basis: start.basis,
        startDate: start.date,
        dueDate: end.date,
        daysLeft,
        conservative: end.conservative,
        mayMove: start.mayMove,
      });
    }
  }
  return out;
}

const STATUS_RANK: Record<DeadlineStatus, number> = {
  'due-today': 0, open: 1, waiting: 2, available: 3, 'unknown-start': 4, 'untracked-start': 5, passed: 6, 'no-window': 7,
};

/** Deadlines ordered for display: what needs doing soonest first, passed and undated last. */
export function sortDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return [...deadlines].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity));
}

/** The next act-by date still open (or due today), if any. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | undefined {
  return sortDeadlines(deadlines).find((d) => d.kind === 'act-by' && (d.status === 'open' || d.status === 'due-today'));
}
