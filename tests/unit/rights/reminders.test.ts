import { describe, expect, it } from 'vitest';
import { parseReminderName, reminderName, remindersFor } from '@/lib/rights/reminders';
import { computeDeadlines } from '@/lib/rights/deadlines';
import { rightById } from '@/lib/rights/knowledge-base';
import type { RightEntry } from '@/lib/rights/schema';

const get = (id: string) => rightById(id) as RightEntry;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('remindersFor', () => {
  const now = at('2026-11-28T10:00:00Z');
  const deadlines = computeDeadlines(
    [get('cn-crpl-art25-no-reason-return'), get('amazon-a-to-z-guarantee'), get('aliexpress-buyer-protection')],
    { deliveryDate: '2026-11-28', estimatedDelivery: '2026-11-20' },
    now,
    { timeZone: 'Asia/Shanghai' },
  );

  it('schedules alarms before each act-by date at the chosen local hour', () => {
    const got = remindersFor(deadlines, { caseId: 'case-1', daysBefore: [3, 1, 0], hour: 9, timeZone: 'Asia/Shanghai' }, now);
    const cn = got.filter((r) => r.entryId === 'cn-crpl-art25-no-reason-return');
    // Due 5 Dec (Shanghai); 09:00 Shanghai is 01:00 UTC.
    expect(cn.map((r) => [r.tag, iso(r.when)])).toEqual([
      ['d3', '2026-12-02T01:00:00.000Z'],
      ['d1', '2026-12-04T01:00:00.000Z'],
      ['d0', '2026-12-05T01:00:00.000Z'],
    ]);
    expect(cn[0]?.name).toBe('rights:case-1:cn-crpl-art25-no-reason-return:main:d3');
    // Sorted soonest first across entries.
    expect(got.map((r) => r.when)).toEqual([...got.map((r) => r.when)].sort((a, b) => a - b));
  });

  it('reminds on the day a later right opens, skips the past and undated windows', () => {
    const got = remindersFor(deadlines, { caseId: 'case-1', daysBefore: [7], hour: 9, timeZone: 'Asia/Shanghai' }, now);
    // A-to-z non-arrival claims open after 23 Nov: already in the past, so no alarm.
    expect(got.some((r) => r.windowId === 'claim-opens')).toBe(false);
    // A-to-z main window: 20 Nov + 90 − 1 = 17 Feb; 7 days before = 10 Feb.
    expect(got.find((r) => r.entryId === 'amazon-a-to-z-guarantee')).toMatchObject({ dueDate: '2027-02-17', tag: 'd7' });
    // AliExpress counts from an event the extension does not know.
    expect(got.some((r) => r.entryId === 'aliexpress-buyer-protection')).toBe(false);
    // CN: 7 days before 5 Dec is 28 Nov 09:00 Shanghai = 01:00 UTC, before `now`.
    expect(got.some((r) => r.entryId === 'cn-crpl-art25-no-reason-return')).toBe(false);

    const early = at('2026-11-21T00:00:00Z');
    const opens = remindersFor(computeDeadlines([get('amazon-a-to-z-guarantee')], { estimatedDelivery: '2026-11-20' }, early, { timeZone: 'UTC' }), { caseId: 'c', daysBefore: [], hour: 8, timeZone: 'UTC' }, early);
    expect(opens.map((r) => [r.windowId, r.tag, iso(r.when)])).toEqual([['claim-opens', 'opens', '2026-11-24T08:00:00.000Z']]);
  });

  it('uses the local hour across a daylight-saving change', () => {
    const ny = computeDeadlines([get('eu-crd-withdrawal')], { deliveryDate: '2026-10-26' }, at('2026-10-27T12:00:00Z'), { timeZone: 'America/New_York' });
    const got = remindersFor(ny, { caseId: 'c', daysBefore: [7, 0], hour: 9, timeZone: 'America/New_York' }, at('2026-10-27T12:00:00Z'));
    // Due 8 Nov; DST ends 1 Nov 2026 in New York: 1 Nov 09:00 is UTC-5 (14:00Z), as is 8 Nov.
    expect(got.filter((r) => r.windowId === 'main').map((r) => iso(r.when))).toEqual(['2026-11-01T14:00:00.000Z', '2026-11-08T14:00:00.000Z']);
    // The 12-month extension ends 8 Nov 2027; DST ends 7 Nov 2027, so 1 Nov is still UTC-4.
    expect(got.filter((r) => r.windowId === 'not-informed').map((r) => iso(r.when))).toEqual(['2027-11-01T13:00:00.000Z', '2027-11-08T14:00:00.000Z']);
  });

  it('ignores duplicate and negative offsets, and refuses unsafe case ids', () => {
    const got = remindersFor(deadlines, { caseId: 'x', daysBefore: [1, 1, -2], hour: 9, timeZone: 'Asia/Shanghai' }, now);
    expect(new Set(got.map((r) => r.name)).size).toBe(got.length);
    expect(got.every((r) => r.tag === 'd1')).toBe(true);
    expect(() => remindersFor(deadlines, { caseId: 'a:b', daysBefore: [1], hour: 9, timeZone: 'UTC' }, now)).toThrow();
  });
});

describe('alarm names', () => {
  it('round-trip and reject anything else', () => {
    const name = reminderName('case_9', 'eu-crd-withdrawal', 'not-informed', 'd7');
    expect(parseReminderName(name)).toEqual({ caseId: 'case_9', entryId: 'eu-crd-withdrawal', windowId: 'not-informed', tag: 'd7' });
    expect(parseReminderName('rights:case:eu:main:opens')?.tag).toBe('opens');
    expect(parseReminderName('lists-update')).toBeUndefined();
    expect(parseReminderName('rights:c:e:main:x7')).toBeUndefined();
    expect(parseReminderName('rights:c:E!:main:d1')).toBeUndefined();
    expect(parseReminderName('rights:a:b:c:d1:extra')).toBeUndefined();
  });
});
