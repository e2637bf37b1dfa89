import { useCallback, useEffect, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import { updateSettings, watchSettings } from '@/lib/settings/settings';
import type { GetRightsResponse, ReminderState, RightsCase } from '@/lib/rights/messages';
import type { RightsPaymentMethod } from '@/lib/rights/codes';
import { localTimeZone } from '@/lib/rights/calendar';
import { RightsEntryCard } from './rights-entry-card';
import { RightsChannels } from './rights-channels';
import { JurisdictionPicker, PaymentPicker, jurisdictionName } from './rights-pickers';
import { RightsReminderToggle } from './rights-reminder-toggle';

export interface RightsSectionProps {
  t: Translate & { locale: Locale };
  /** The tab whose purchase is shown (popup). */
  tabId?: number;
  /** A saved case: its fields win over the tab's facts, and reminders are per case. */
  caseInput?: RightsCase;
  /** Shown in reminder notifications (order number, seller). */
  caseLabel?: string;
}

type State = { phase: 'loading' } | { phase: 'error' } | { phase: 'ready'; data: GetRightsResponse };

/**
 * The popup's "your rights" section. Loads what applies from the
 * background, lets the shopper say where they live and how they paid (the
 * two facts a page cannot tell), and shows each right with its deadlines.
 */
export function RightsSection({ t, tabId, caseInput, caseLabel }: RightsSectionProps) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [paid, setPaid] = useState<RightsPaymentMethod | undefined>(caseInput?.paymentMethod);
  const [picking, setPicking] = useState(false);

  // Keyed by value, so a parent passing a fresh but equal object does not refetch.
  const caseKey = JSON.stringify(caseInput ?? {});
  const load = useCallback(async () => {
    try {
      const base = JSON.parse(caseKey) as RightsCase;
      const data = await send('getRights', {
        ...(tabId !== undefined ? { tabId } : {}),
        case: { ...base, ...(paid ? { paymentMethod: paid } : {}) },
        timeZone: localTimeZone(),
      });
      setState({ phase: 'ready', data });
    } catch {
      setState({ phase: 'error' });
    }
  }, [tabId, caseKey, paid]);

  useEffect(() => {
    void load();
    // A jurisdiction chosen elsewhere (options page) re-selects the rights.
    return watchSettings(() => void load());
  }, [load]);

  const chooseJurisdiction = (code: string) => {
    setPicking(false);
    void updateSettings({ jurisdiction: code }).then(load);
  };

  const setReminders = (reminders: ReminderState) => {
    setState((s) => (s.phase === 'ready' ? { phase: 'ready', data: { ...s.data, reminders } } : s));
  };

  const locale = t.locale;
  return (
    <section className="rights" aria-labelledby="rights-title" aria-busy={state.phase === 'loading'}>
      <h2 id="rights-title">{t('rights_title')}</h2>
      {state.phase === 'loading' && <p className="muted">{t('rights_loading')}</p>}
      {state.phase === 'error' && <p role="alert">{t('rights_error')}</p>}
      {state.phase === 'ready' && (
        <>
          {state.data.jurisdiction === null || picking ? (
            <>
              {state.data.jurisdiction === null && <p>{t('rights_choose_jurisdiction')}</p>}
              <JurisdictionPicker value={state.data.jurisdiction ?? undefined} onChange={chooseJurisdiction} t={t} locale={locale} />
            </>
          ) : (
            <p className="rights-context muted small">
              {t('rights_context_jurisdiction', [jurisdictionName(state.data.memberState ?? state.data.jurisdiction, locale)])}
              {' · '}
              {state.data.used.sellerCountry
                ? t('rights_context_seller', [jurisdictionName(state.data.used.sellerCountry, locale)])
                : t('rights_context_seller_unknown')}{' '}
              <button type="button" className="link" onClick={() => setPicking(true)}>{t('rights_change_jurisdiction')}</button>
            </p>
          )}
          {caseInput?.paymentMethod === undefined && <PaymentPicker value={paid} onChange={setPaid} t={t} />}
          {state.data.items.length === 0 ? (
            <p className="muted">{t('rights_none')}</p>
          ) : (
            <div className="rights-list">
              {state.data.items.map((item) => (
                <RightsEntryCard key={item.entry.id} item={item} t={t} locale={locale} today={state.data.today} />
              ))}
            </div>
          )}
          <RightsChannels channels={state.data.channels} t={t} locale={locale} />
          {caseInput?.caseId ? (
            <RightsReminderToggle
              caseId={caseInput.caseId}
              entryIds={state.data.items.map((i) => i.entry.id)}
              dates={caseInput.dates ?? {}}
              label={caseLabel}
              state={state.data.reminders}
              t={t}
              locale={locale}
              onChanged={setReminders}
            />
          ) : (
            state.data.items.some((i) => i.entry.windowDays !== null || i.entry.windowMonths !== undefined) && (
              <p className="muted small">{t('rights_reminders_need_case')}</p>
            )
          )}
        </>
      )}
    </section>
  );
}
