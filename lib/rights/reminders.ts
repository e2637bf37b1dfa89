import type { Deadline } from './deadlines';
import { addDays, zonedTimeToInstant, type CivilDate } from './calendar';

/**
 * Reminder scheduling as a pure function: which alarms to set for a case's
 * deadlines. The background turns the result into `browser.alarms` and
 * rebuilds it on start-up, so nothing depends on the worker staying alive.
 */

export const REMINDER_PREFIX = 'rights';
/** Case ids travel inside alarm names, so they are restricted to safe characters. */
export const CASE_ID_RE = /^[A-Za-z0-9_-]{1,80}$/;

export interface ReminderPrefs {
  caseId: string;
  /** Days before an act-by date to remind (e.g. [7, 1]; 0 = on the day). */
  daysBefore: readonly number[];
  /** Local wall-clock time of every reminder. */
  hour: number;
  minute?: number;
  timeZone: string;
}

export interface ScheduledReminder {
  /** Alarm name: `rights:<caseId>:<entryId>:<windowId>:<tag>`. */
  name: string;
  /** Epoch milliseconds. */
  when: number;
  caseId: string;
  entryId: string;
  windowId: string;
  dueDate: CivilDate;
  /** Days before the due date, or `opens` for a right that opens after the date. */
  tag: `d${number}` | 'opens';
}

export function reminderName(caseId: string, entryId: string, windowId: string, tag: ScheduledReminder['tag']): string {
  return `${REMINDER_PREFIX}:${caseId}:${entryId}:${windowId}:${tag}`;
}

export interface ParsedReminderName {
  caseId: string;
  entryId: string;
  windowId: string;
  tag: ScheduledReminder['tag'];
}

/** Reads an alarm name back; undefined for any alarm that is not a rights reminder. */
export function parseReminderName(name: string): ParsedReminderName | undefined {
  const parts = name.split(':');
  if (parts.length !== 5 || parts[0] !== REMINDER_PREFIX) return undefined;
  const [, caseId, entryId, windowId, tag] = parts as [string, string, string, string, string];
  if (!CASE_ID_RE.test(caseId) || !/^[a-z0-9-]+$/.test(entryId) || !/^[a-z0-9-]+$/.test(windowId)) return undefined;
  if (tag !== 'opens' && !/^d\d{1,3}$/.test(tag)) return undefined;
  return { caseId, entryId, windowId, tag: tag as ScheduledReminder['tag'] };
}

/** The alarm-name prefix of every reminder of one case. */
export function casePrefix(caseId: string): string {
  return `${REMINDER_PREFIX}:${caseId}:`;
}

/**
 * Alarms for the deadlines of one case, soonest first, future only.
 * - act-by: one alarm per `daysBefore` ahead of the last day;
 * - seller-duty and available-after: one alarm on the first day the shopper
 *   may act (the day after the date), since earlier there is nothing to do.
 * Deadlines without a date (unknown or untracked start) get none.
 */
export function remindersFor(deadlines: readonly Deadline[], prefs: ReminderPrefs, now: number): ScheduledReminder[] {
  if (!CASE_ID_RE.test(prefs.caseId)) throw new RangeError('invalid case id');
  const minute = prefs.minute ?? 0;
  const out = new Map<string, ScheduledReminder>();
  const add = (d: Deadline, day: CivilDate, tag: ScheduledReminder['tag']) => {
    const when = zonedTimeToInstant(day, prefs.hour, minute, prefs.timeZone);
    if (when <= now || !d.dueDate) return;
    const name = reminderName(prefs.caseId, d.entryId, d.windowId, tag);
    out.set(name, { name, when, caseId: prefs.caseId, entryId: d.entryId, windowId: d.windowId, dueDate: d.dueDate, tag });
  };
  for (const d of deadlines) {
    if (!d.dueDate) continue;
    if (d.kind === 'act-by') {
      for (const before of new Set(prefs.daysBefore)) {
        if (Number.isInteger(before) && before >= 0) add(d, addDays(d.dueDate, -before), `d${before}`);
      }
    } else {
      add(d, addDays(d.dueDate, 1), 'opens');
    }
  }
  return [...out.values()].sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}
