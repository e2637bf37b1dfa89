import { useId, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import type { ReminderState, RightsCase } from '@/lib/rights/messages';
import { formatDateTime } from '@/lib/rights/format';
import { localTimeZone } from '@/lib/rights/calendar';

interface Props {
  caseId: string;
  entryIds: readonly string[];
  dates: NonNullable<RightsCase['dates']>;
  /** Shown in the notification: order number and seller. */
  label?: string;
  state: ReminderState | null;
  t: Translate;
  locale: Locale;
  onChanged: (state: ReminderState) => void;
}

/**
 * Opt-in reminders for one case: a checkbox, and a live status line saying
 * how many reminders are set and when the next one fires.
 */
export function RightsReminderToggle({ caseId, entryIds, dates, label, state, t, locale, onChanged }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const enabled = state?.enabled ?? false;

  const toggle = async (on: boolean) => {
    setBusy(true);
    setFailed(false);
    try {
      if (on) {
        onChanged(await send('setReminder', { caseId, entryIds: [...entryIds], dates, timeZone: localTimeZone(), ...(label ? { label: label.slice(0, 200) } : {}) }));
      } else {
        await send('clearReminder', { caseId });
        onChanged({ enabled: false, daysBefore: state?.daysBefore ?? [], hour: state?.hour ?? 9, scheduled: [] });
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const next = state?.scheduled[0];
  let status = '';
  if (failed) status = t('rights_reminders_failed');
  else if (enabled && next) status = t('rights_reminders_on', [state?.scheduled.length ?? 0, formatDateTime(next.when, locale)]);
  else if (enabled) status = t('rights_reminders_none');

  return (
    <div className="rights-reminders">
      <input id={id} type="checkbox" checked={enabled} disabled={busy || entryIds.length === 0} onChange={(e) => void toggle(e.target.checked)} />{' '}
      <label htmlFor={id}>{t('rights_reminders')}</label>
      <p className="muted small" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
