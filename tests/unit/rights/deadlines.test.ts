import { describe, expect, it } from 'vitest';
import { computeDeadlines, nextDeadline, sortDeadlines } from '@/lib/rights/deadlines';
import { addMonths, dateInZone, toCivilDate, zonedTimeToInstant } from '@/lib/rights/calendar';
import { rightById } from '@/lib/rights/knowledge-base';
import { rightEntrySchema, type RightEntry } from '@/lib/rights/schema';

const get = (id: string): RightEntry => {
  const e = rightById(id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};
const UTC = { timeZone: 'UTC' };
const at = (iso: string) => Date.parse(iso);

describe('calendar', () => {
  it('clamps month ends and handles leap years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('reads case dates in the shopper zone', () => {
    // 23:30 UTC on 4 Dec is already 5 Dec in Shanghai.
    expect(toCivilDate('2026-12-04T23:30:00Z', 'Asia/Shanghai')).toBe('2026-12-05');
    expect(toCivilDate('2026-12-04T23:30:00Z', 'America/New_York')).toBe('2026-12-04');
    expect(toCivilDate(at('2026-12-04T23:30:00Z'), 'UTC')).toBe('2026-12-04');
    expect(toCivilDate('2026-02-30', 'UTC')).toBeUndefined();
    expect(toCivilDate('not a date', 'UTC')).toBeUndefined();
    expect(toCivilDate(undefined, 'UTC')).toBeUndefined();
  });

  it('turns a local wall-clock time into the right instant across DST', () => {
    expect(new Date(zonedTimeToInstant('2026-12-05', 9, 0, 'Asia/Shanghai')).toISOString()).toBe('2026-12-05T01:00:00.000Z');
    // New York is UTC-4 in July, UTC-5 in December.
    expect(new Date(zonedTimeToInstant('2026-07-01', 9, 0, 'America/New_York')).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(new Date(zonedTimeToInstant('2026-12-01', 9, 0, 'America/New_York')).toISOString()).toBe('2026-12-01T14:00:00.000Z');
    // The morning of the spring change (8 Mar 2026 in the US) at 09:00 is after the jump.
    expect(new Date(zonedTimeToInstant('2026-03-08', 9, 0, 'America/New_York')).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(dateInZone(zonedTimeToInstant('2026-03-29', 0, 30, 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29');
  });
});

describe('computeDeadlines', () => {
  it('counts CN 7 days from the day after signing', () => {
    const [d] = computeDeadlines([get('cn-crpl-art25-no-reason-return')], { deliveryDate: '2026-11-28' }, at('2026-11-28T10:00:00Z'), UTC);
    expect(d).toMatchObject({ windowId: 'main', status: 'open', startDate: '2026-11-28', dueDate: '2026-12-05', daysLeft: 7, conservative: false });
  });

  it('counts the event day when the source is silent (earlier, safer date)', () => {
    const [d] = computeDeadlines([get('eu-crd-withdrawal')], { deliveryDate: '2026-11-21' }, at('2026-11-28T10:00:00Z'), UTC);
    expect(d).toMatchObject({ dueDate: '2026-12-04', daysLeft: 6, conservative: true });
  });

  it('says "unknown start" when the case lacks the date, and "untracked" for events it cannot know', () => {
    const out = computeDeadlines([get('eu-crd-withdrawal'), get('aliexpress-buyer-protection'), get('au-acl-consumer-guarantees')], { orderDate: '2026-11-01' }, at('2026-11-28T10:00:00Z'), UTC);
    expect(out.find((d) => d.entryId === 'eu-crd-withdrawal' && d.windowId === 'main')).toMatchObject({ status: 'unknown-start', startsAt: 'delivery' });
    expect(out.find((d) => d.entryId === 'eu-crd-withdrawal')?.dueDate).toBeUndefined();
    expect(out.find((d) => d.entryId === 'aliexpress-buyer-protection')).toMatchObject({ status: 'untracked-start' });
    expect(out.find((d) => d.entryId === 'au-acl-consumer-guarantees')).toMatchObject({ status: 'no-window' });
  });

  it('depends on the time zone for "today"', () => {
    const entry = [get('cn-crpl-art25-no-reason-return')];
    const now = at('2026-12-04T23:30:00Z');
    const [inShanghai] = computeDeadlines(entry, { deliveryDate: '2026-11-28' }, now, { timeZone: 'Asia/Shanghai' });
    const [inNewYork] = computeDeadlines(entry, { deliveryDate: '2026-11-28' }, now, { timeZone: 'America/New_York' });
    expect(inShanghai).toMatchObject({ dueDate: '2026-12-05', daysLeft: 0, status: 'due-today' });
    expect(inNewYork).toMatchObject({ dueDate: '2026-12-05', daysLeft: 1, status: 'open' });
    const [after] = computeDeadlines(entry, { deliveryDate: '2026-11-28' }, at('2026-12-05T16:30:00Z'), { timeZone: 'Asia/Shanghai' });
    expect(after).toMatchObject({ status: 'passed', daysLeft: -1 });
  });

  it('adds months with month-end clamping (EU 12-month extension, KR 3 months)', () => {
    const eu = computeDeadlines([get('eu-crd-withdrawal')], { deliveryDate: '2027-01-31' }, at('2027-02-01T00:00:00Z'), UTC);
    // 31 Jan 2027 + 12 months = 31 Jan 2028, + 14 days, counting the first day: 13 Feb 2028.
    expect(eu.find((d) => d.windowId === 'not-informed')?.dueDate).toBe('2028-02-13');
    const kr = computeDeadlines([get('kr-ecommerce-art17-withdrawal')], { orderDate: '2026-11-20', deliveryDate: '2026-11-30' }, at('2026-12-01T00:00:00Z'), UTC);
    // 30 Nov + 3 months = 28 Feb 2027 (no 30 Feb), minus the first day.
    expect(kr.find((d) => d.windowId === 'not-as-advertised')?.dueDate).toBe('2027-02-27');
    const eg = computeDeadlines([get('eu-legal-guarantee')], { deliveryDate: '2028-02-29' }, at('2028-03-01T00:00:00Z'), UTC);
    expect(eg[0]).toMatchObject({ dueDate: '2030-02-27', atLeast: true });
  });

  it('uses the later of two events when the rule says so, and flags a date that may move', () => {
    const visa = [get('visa-chargeback')];
    const both = computeDeadlines(visa, { paymentDate: '2026-10-01', deliveryDate: '2026-11-15' }, at('2026-11-28T00:00:00Z'), UTC)[0];
    expect(both).toMatchObject({ basis: 'delivery', startDate: '2026-11-15', dueDate: '2027-03-14', mayMove: false });
    const payOnly = computeDeadlines(visa, { paymentDate: '2026-10-01' }, at('2026-11-28T00:00:00Z'), UTC)[0];
    expect(payOnly).toMatchObject({ basis: 'payment', dueDate: '2027-01-28', mayMove: true });
  });

  it('falls back to the estimated date when the actual one is missing (eBay)', () => {
    const ebay = [get('ebay-money-back-guarantee')];
    const est = computeDeadlines(ebay, { estimatedDelivery: '2026-12-10' }, at('2026-11-28T00:00:00Z'), UTC)[0];
    expect(est).toMatchObject({ basis: 'estimatedDelivery', dueDate: '2027-01-08', mayMove: true });
    const actual = computeDeadlines(ebay, { estimatedDelivery: '2026-12-10', deliveryDate: '2026-12-03' }, at('2026-11-28T00:00:00Z'), UTC)[0];
    expect(actual).toMatchObject({ basis: 'delivery', dueDate: '2027-01-01', mayMove: false });
  });

  it('treats rights that open later as waiting, then available', () => {
    const amazon = [get('amazon-a-to-z-guarantee')];
    const before = computeDeadlines(amazon, { estimatedDelivery: '2026-12-01' }, at('2026-12-04T12:00:00Z'), UTC).find((d) => d.windowId === 'claim-opens');
    expect(before).toMatchObject({ kind: 'available-after', dueDate: '2026-12-04', status: 'waiting' });
    const after = computeDeadlines(amazon, { estimatedDelivery: '2026-12-01' }, at('2026-12-05T12:00:00Z'), UTC).find((d) => d.windowId === 'claim-opens');
    expect(after).toMatchObject({ status: 'available' });
  });

  it('accepts timestamps and ISO date-times as case dates', () => {
    const e = [get('paypal-buyer-protection')];
    const fromMs = computeDeadlines(e, { paymentDate: at('2026-06-30T22:00:00Z') }, at('2026-07-01T00:00:00Z'), { timeZone: 'Asia/Tokyo' })[0];
    expect(fromMs).toMatchObject({ startDate: '2026-07-01', dueDate: '2026-12-27' });
  });

  it('sorts by urgency and finds the next deadline', () => {
    const entries = [get('eu-crd-withdrawal'), get('paypal-buyer-protection'), get('au-acl-consumer-guarantees')];
    const out = computeDeadlines(entries, { deliveryDate: '2026-11-20', paymentDate: '2026-11-01' }, at('2026-11-28T00:00:00Z'), UTC);
    const sorted = sortDeadlines(out);
    expect(sorted[0]).toMatchObject({ entryId: 'eu-crd-withdrawal', windowId: 'main', daysLeft: 5 });
    expect(sorted.at(-1)?.status).toBe('no-window');
    expect(nextDeadline(out)?.entryId).toBe('eu-crd-withdrawal');
    const late = computeDeadlines(entries, { deliveryDate: '2020-01-01', paymentDate: '2020-01-01' }, at('2026-11-28T00:00:00Z'), UTC);
    expect(nextDeadline(late)).toBeUndefined();
  });

  it('handles a hand-made next-day window ending on a month end', () => {
    const entry = rightEntrySchema.parse({ ...get('gb-ccr-cancellation'), id: 'test-month-end', windowDays: 30 });
    const [d] = computeDeadlines([entry], { deliveryDate: '2026-01-31' }, at('2026-02-01T00:00:00Z'), UTC);
    expect(d?.dueDate).toBe('2026-03-02');
  });
});
