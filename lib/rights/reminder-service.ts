import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { translator } from '@/lib/i18n/translator';
import { rightById } from './knowledge-base';
import { computeDeadlines } from './deadlines';
import { dateInZone, isTimeZone, localTimeZone } from './calendar';
import { formatDate, pluralCategory } from './format';
import { REMINDER_PREFIX, casePrefix, parseReminderName, remindersFor, type ScheduledReminder } from './reminders';
import { caseDatesSchema, caseIdSchema, type ReminderState, type SetReminderRequest } from './messages';

/**
 * Opt-in deadline reminders for a case, in the background. The record of
 * what the shopper asked for lives in `storage.local`; alarms are derived
 * from it and rebuilt at start-up, because Chrome may drop alarms across
 * browser restarts and the worker may be killed at any time. A small
 * key-value record suffices, so no database table (migration) is needed.
 */

const DEFAULT_DAYS_BEFORE = [7, 1];
const DEFAULT_HOUR = 9;

const recordSchema = z.object({
  caseId: caseIdSchema,
  entryIds: z.array(z.string()).max(60),
  dates: caseDatesSchema,
  daysBefore: z.array(z.number().int().min(0).max(60)).max(5),
  hour: z.number().int().min(0).max(23),
  timeZone: z.string(),
  label: z.string().max(200).optional(),
  createdAt: z.number(),
});
type ReminderRecord = z.infer<typeof recordSchema>;

const recordsItem = storage.defineItem<Record<string, unknown>>('local:rightsReminders', { fallback: {} });

async function loadRecords(): Promise<Map<string, ReminderRecord>> {
  const raw = await recordsItem.getValue();
  const out = new Map<string, ReminderRecord>();
  for (const value of Object.values(raw ?? {})) {
    const parsed = recordSchema.safeParse(value);
    if (parsed.success) out.set(parsed.data.caseId, parsed.data);
  }
  return out;
}

// Writes are chained so two messages in quick succession cannot lose each other's record.
let writes: Promise<unknown> = Promise.resolve();
function updateRecords(change: (records: Map<string, ReminderRecord>) => void): Promise<void> {
  const next = writes.then(async () => {
    const records = await loadRecords();
    change(records);
    await recordsItem.setValue(Object.fromEntries(records));
  });
  writes = next.catch(() => undefined);
  return next;
}

function scheduleOf(record: ReminderRecord, now: number): ScheduledReminder[] {
  const entries = record.entryIds.flatMap((id) => {
    const e = rightById(id);
    return e ? [e] : [];
  });
  const deadlines = computeDeadlines(entries, record.dates, now, { timeZone: record.timeZone });
  return remindersFor(deadlines, { caseId: record.caseId, daysBefore: record.daysBefore, hour: record.hour, timeZone: record.timeZone }, now);
}

async function clearCaseAlarms(caseId: string): Promise<number> {
  const prefix = casePrefix(caseId);
  const mine = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(prefix));
  await Promise.all(mine.map((a) => browser.alarms.clear(a.name)));
  return mine.length;
}

async function createAlarms(schedule: readonly ScheduledReminder[]): Promise<void> {
  for (const r of schedule) await browser.alarms.create(r.name, { when: r.when });
}

/** The reminders of a case as the alarms stand now. */
export async function reminderState(caseId: string): Promise<ReminderState> {
  const record = (await loadRecords()).get(caseId);
  const prefix = casePrefix(caseId);
  const scheduled = (await browser.alarms.getAll())
    .filter((a) => a.name.startsWith(prefix))
    .flatMap((a) => {
      const p = parseReminderName(a.name);
      return p ? [{ name: a.name, when: a.scheduledTime, entryId: p.entryId, windowId: p.windowId, tag: p.tag }] : [];
    })
    .sort((a, b) => a.when - b.when);
  return { enabled: record !== undefined, daysBefore: record?.daysBefore ?? DEFAULT_DAYS_BEFORE, hour: record?.hour ?? DEFAULT_HOUR, scheduled };
}

/** Turns reminders on (or updates them) for a case; unknown entry ids are ignored. */
export async function setReminder(req: SetReminderRequest, now = Date.now()): Promise<ReminderState> {
  const record: ReminderRecord = {
    caseId: req.caseId,
    entryIds: [...new Set(req.entryIds.filter((id) => rightById(id) !== undefined))],
    dates: req.dates,
    daysBefore: [...new Set(req.daysBefore ?? DEFAULT_DAYS_BEFORE)],
    hour: req.hour ?? DEFAULT_HOUR,
    timeZone: req.timeZone && isTimeZone(req.timeZone) ? req.timeZone : localTimeZone(),
    ...(req.label ? { label: req.label } : {}),
    createdAt: now,
  };
  await updateRecords((records) => records.set(record.caseId, record));
  await clearCaseAlarms(record.caseId);
  await createAlarms(scheduleOf(record, now));
  return reminderState(record.caseId);
}

/** Turns reminders off for a case. */
export async function clearReminder(caseId: string): Promise<{ cleared: number }> {
  await updateRecords((records) => records.delete(caseId));
  return { cleared: await clearCaseAlarms(caseId) };
}

/** Turns every reminder off (erase everything): records and alarms. */
export async function clearAllReminders(): Promise<{ cleared: number }> {
  await updateRecords((records) => records.clear());
  const ours = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(`${REMINDER_PREFIX}:`));
  for (const a of ours) await browser.alarms.clear(a.name);
  return { cleared: ours.length };
}

/** Rebuilds every case's alarms from the stored records (start-up, install, update). */
export async function resyncReminders(now = Date.now()): Promise<void> {
  const records = await loadRecords();
  const ours = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(`${REMINDER_PREFIX}:`));
  // Alarms of cases that were turned off elsewhere (or whose record was lost) go.
  for (const a of ours) {
    const p = parseReminderName(a.name);
    if (!p || !records.has(p.caseId)) await browser.alarms.clear(a.name);
  }
  for (const record of records.values()) await createAlarms(scheduleOf(record, now));
}

/** Shows the notification of a rights alarm; returns false for alarms that are not ours. */
export async function handleReminderAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>, now = Date.now()): Promise<boolean> {
  const p = parseReminderName(alarm.name);
  if (!p) return false;
  const record = (await loadRecords()).get(p.caseId);
  const entry = rightById(p.entryId);
  if (!record || !entry) return true;
  const deadline = computeDeadlines([entry], record.dates, now, { timeZone: record.timeZone }).find((d) => d.windowId === p.windowId);
  if (!deadline?.dueDate || deadline.daysLeft === undefined) return true;
  const t = await translator();
  const today = dateInZone(now, record.timeZone);
  const date = formatDate(deadline.dueDate, t.locale, { relativeTo: today });
  const days = deadline.daysLeft;
  let message: string;
  if (p.tag === 'opens') message = t('rights_notify_opens', [date]);
  else if (days <= 0) message = t('rights_notify_due_today', [date]);
  else message = t(`rights_notify_due_${pluralCategory(days, t.locale) === 'one' ? 'one' : 'other'}`, [date, days]);
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: entry.title[t.locale],
    message,
    ...(record.label ? { contextMessage: record.label } : {}),
  });
  return true;
}
