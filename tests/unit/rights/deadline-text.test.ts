import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { makeTranslate } from '@/lib/i18n/translator';
import { deadlineWords } from '@/lib/rights/deadline-text';
import type { Deadline } from '@/lib/rights/deadlines';

const messages = (locale: string) => {
  const yml = parseYAML<Record<string, string>>(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8'));
  return Object.fromEntries(Object.entries(yml).map(([k, v]) => [k, { message: String(v) }]));
};
const en = makeTranslate(messages('en'), messages('en'));
const zh = makeTranslate(messages('zh_CN'), messages('en'));
const base: Deadline = {
  entryId: 'x', windowId: 'main', kind: 'act-by', status: 'open', windowDays: 7, startsAt: 'delivery', basis: 'delivery',
  startDate: '2026-11-28', dueDate: '2026-12-05', daysLeft: 7, conservative: false, mayMove: false, atLeast: false,
};
const today = '2026-11-28';

describe('deadlineWords', () => {
  it('says "return by 5 Dec, 7 days left" in both languages', () => {
    expect(deadlineWords(base, en, 'en', today)).toMatchObject({ main: 'Last day 5 Dec · 7 days left', notes: ['from the delivery date, 28 Nov'], tone: 'open' });
    expect(deadlineWords(base, zh, 'zh_CN', today).main).toBe('最后期限12月5日 · 还剩7天');
    expect(deadlineWords({ ...base, daysLeft: 1 }, en, 'en', today)).toMatchObject({ main: 'Last day 5 Dec · 1 day left', tone: 'urgent' });
  });

  it('words every status', () => {
    expect(deadlineWords({ ...base, status: 'due-today', daysLeft: 0 }, en, 'en', today).main).toBe('Last day is today (5 Dec)');
    expect(deadlineWords({ ...base, status: 'passed', daysLeft: -2 }, en, 'en', today)).toMatchObject({ main: 'Ended on 5 Dec', tone: 'past' });
    expect(deadlineWords({ ...base, kind: 'seller-duty' }, en, 'en', today).main).toBe('The seller must act by 5 Dec · 7 days left');
    expect(deadlineWords({ ...base, kind: 'available-after', status: 'waiting' }, en, 'en', today).main).toBe('Available after 5 Dec');
    expect(deadlineWords({ ...base, kind: 'available-after', status: 'available' }, zh, 'zh_CN', today).main).toBe('现在可以行使（日期为12月5日）');
    expect(deadlineWords({ ...base, atLeast: true, dueDate: '2028-11-27', daysLeft: 730 }, en, 'en', today).main).toBe('At least until 27 Nov 2028 (your country may give longer) · 730 days left');
    const unknown = { ...base, status: 'unknown-start' as const, basis: undefined, startDate: undefined, dueDate: undefined, daysLeft: undefined };
    expect(deadlineWords(unknown, zh, 'zh_CN', today).main).toBe('从收货日期起7天：填写该日期即可看到最后期限。');
    expect(deadlineWords({ ...unknown, windowDays: 14, windowMonths: 12 }, en, 'en', today).main).toBe('12 months + 14 days from the delivery date: add that date to see the last day.');
    expect(deadlineWords({ ...unknown, windowDays: 1 }, en, 'en', today).main).toBe('1 day from the delivery date: add that date to see the last day.');
    expect(deadlineWords({ ...unknown, status: 'untracked-start', startsAt: null }, en, 'en', today, { en: 'when you confirm receipt', zh_CN: '确认收货时' }).main).toBe('7 days — start: when you confirm receipt');
    expect(deadlineWords({ ...unknown, status: 'untracked-start', startsAt: null }, zh, 'zh_CN', today).main).toBe('7天，从本扩展不知道的事件起算；请查看订单页面。');
    expect(deadlineWords({ ...unknown, status: 'no-window', startsAt: null }, en, 'en', today).main).toBe('');
  });

  it('adds the caveats of conservative counting and moving dates', () => {
    const w = deadlineWords({ ...base, conservative: true, mayMove: true }, en, 'en', today);
    expect(w.notes).toHaveLength(3);
    expect(w.notes[1]).toContain('earlier date is shown');
  });
});
