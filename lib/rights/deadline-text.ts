import type { Locale, Translate } from '@/lib/i18n/translator';
import type { CivilDate } from './calendar';
import type { Deadline } from './deadlines';
import { formatDate, pluralCategory } from './format';
import type { Localized } from './schema';

/**
 * The words for one deadline ("Last day 5 Dec · 7 days left"), kept out of
 * the components so the phrasing of every status is unit-tested. Returns
 * the main line and the secondary notes (what it counts from, caveats).
 */
export interface DeadlineWords {
  main: string;
  notes: string[];
  /** For styling and tests: how urgent it reads. */
  tone: 'urgent' | 'open' | 'past' | 'info';
}

const URGENT_DAYS = 3;

export function daysLeftText(days: number, t: Translate, locale: Locale): string {
  return t(`rights_days_left_${pluralCategory(days, locale) === 'one' ? 'one' : 'other'}`, [days]);
}

/** "14 days", "12 months + 14 days", "3个月". */
export function windowLengthText(d: Pick<Deadline, 'windowDays' | 'windowMonths'>, t: Translate, locale: Locale): string {
  const parts: string[] = [];
  const unit = (n: number, key: string) => t(`${key}_${pluralCategory(n, locale) === 'one' ? 'one' : 'other'}`, [n]);
  if (d.windowMonths !== undefined) parts.push(unit(d.windowMonths, 'rights_len_months'));
  if (d.windowDays !== null) parts.push(unit(d.windowDays, 'rights_len_days'));
  return parts.join(' + ');
}

export function deadlineWords(d: Deadline, t: Translate, locale: Locale, today: CivilDate, startNote?: Localized): DeadlineWords {
  const date = d.dueDate ? formatDate(d.dueDate, locale, { relativeTo: today }) : '';
  const notes: string[] = [];
  if (d.basis && d.startDate) notes.push(t('rights_from_event', [t(`rights_event_${d.basis}`), formatDate(d.startDate, locale, { relativeTo: today })]));
  if (d.conservative) notes.push(t('rights_conservative'));
  if (d.mayMove) notes.push(t('rights_may_move'));

  switch (d.status) {
    case 'open': {
      const head = d.kind === 'seller-duty' ? t('rights_seller_by', [date]) : d.atLeast ? t('rights_at_least', [date]) : t('rights_due', [date]);
      const left = daysLeftText(d.daysLeft ?? 0, t, locale);
      return { main: `${head} · ${left}`, notes, tone: d.kind === 'act-by' && (d.daysLeft ?? 0) <= URGENT_DAYS ? 'urgent' : 'open' };
    }
    case 'due-today':
      return { main: d.kind === 'seller-duty' ? t('rights_seller_by', [date]) : t('rights_due_today', [date]), notes, tone: 'urgent' };
    case 'passed':
      return { main: d.kind === 'seller-duty' ? t('rights_seller_passed', [date]) : t('rights_passed', [date]), notes, tone: 'past' };
    case 'waiting':
      return { main: t('rights_waiting', [date]), notes, tone: 'info' };
    case 'available':
      return { main: t('rights_available', [date]), notes, tone: 'open' };
    case 'unknown-start':
      return { main: t('rights_unknown_start', [windowLengthText(d, t, locale), d.startsAt ? t(`rights_event_${d.startsAt}`) : '']), notes: [], tone: 'info' };
    case 'untracked-start':
      return {
        main: startNote ? t('rights_untracked_start', [windowLengthText(d, t, locale), startNote[locale]]) : t('rights_untracked_start_plain', [windowLengthText(d, t, locale)]),
        notes: [],
        tone: 'info',
      };
    case 'no-window':
      return { main: '', notes: [], tone: 'info' };
  }
}
