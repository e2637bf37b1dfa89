import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { useTranslate } from './use-translate';
import { useTabVerdict, type TabVerdictState } from './use-tab-verdict';
import { useUserRules } from './use-user-rules';
import { useSellerHistory } from './use-seller-history';
import { ruleTargetOf } from './rule-target';
import { VerdictHeader } from './verdict-header';
import { ReasonList } from './reason-list';
import { ReportLink } from './report-link';
import { SellerCard } from './seller-card';
import { UserRuleActions } from './user-rule-actions';
import { UserNote } from './user-note';
import { LanguageSelect } from './language-select';
import { formatDateTime, htmlLang } from './format';

// Heavier panels load after the verdict is on screen, in their own chunks.
const RightsSection = lazy(() => import('./rights-section').then((m) => ({ default: m.RightsSection })));
const EvidencePanel = lazy(() => import('./evidence-panel').then((m) => ({ default: m.EvidencePanel })));

type T = Translate & { locale: Locale };
type Ready = Extract<TabVerdictState, { phase: 'ready' }>;

/** Name of the performance mark the bench reads (`popup.firstRender_ms`). */
export const VERDICT_SHOWN_MARK = 'guard:verdict-shown';

function Later({ t, children }: { t: T; children: ReactNode }) {
  return <Suspense fallback={<p className="muted small">{t('ui_loading')}</p>}>{children}</Suspense>;
}

/** Everything below the verdict header, loaded after it. */
function VerdictDetails({ state, t, reload }: { state: Ready; t: T; reload: () => void }) {
  const { verdict, facts, tabId } = state;
  const [rules, reloadRules] = useUserRules(true);
  const history = useSellerHistory(verdict.subject, verdict.checkedAt);
  const target = ruleTargetOf(verdict.subject);
  const changed = () => {
    reload();
    void reloadRules().catch(() => undefined);
  };
  return (
    <>
      <ReasonList findings={verdict.findings} t={t} />
      <ReportLink tabId={tabId} verdict={verdict} t={t} />
      <SellerCard verdict={verdict} facts={facts} history={history} t={t}>
        {target && rules && <UserNote ruleId={target.id} target={target.target} rule={rules.find((r) => r.id === target.id)} t={t} onChanged={changed} />}
      </SellerCard>
      {rules && <UserRuleActions verdict={verdict} rules={rules} t={t} onChanged={changed} />}
      <Later t={t}>
        <RightsSection t={t} tabId={tabId} />
      </Later>
      <Later t={t}>
        <EvidencePanel tabId={tabId} facts={facts} t={t} />
      </Later>
      <p className="muted small popup__checked">{t('popup_checked_at', [formatDateTime(Date.parse(verdict.checkedAt), t.locale)])}</p>
    </>
  );
}

/**
 * The popup: the verdict first (fetched alone and shown at once), then the
 * reasons, the seller card with its history, the user's decision and note,
 * the rights for this purchase and the evidence capture.
 */
export function PopupApp({ search = location.search }: { search?: string }) {
  const t = useTranslate();
  const [state, reload] = useTabVerdict(search);
  const shown = Boolean(t) && state.phase === 'ready';
  // The header is committed alone; the details render right after, so the verdict is never held up by them.
  const [details, setDetails] = useState(false);

  useEffect(() => {
    if (!shown) return;
    if (performance.getEntriesByName(VERDICT_SHOWN_MARK).length === 0) performance.mark(VERDICT_SHOWN_MARK);
    setDetails(true);
  }, [shown]);

  useEffect(() => {
    if (!t) return;
    document.documentElement.lang = htmlLang(t.locale);
    document.title = t('popup_title');
  }, [t]);

  if (!t) return null;
  return (
    <main className="popup">
      <div className="popup__top">
        <h1>{t('popup_title')}</h1>
        <LanguageSelect t={t} />
        <button type="button" className="icon-button" aria-label={t('popup_options')} title={t('popup_options')} onClick={() => void browser.runtime.openOptionsPage()}>
          <span aria-hidden="true">⚙</span>
        </button>
      </div>
      {state.phase === 'loading' && <p className="muted" role="status">{t('popup_reading')}</p>}
      {state.phase === 'none' && (
        <>
          <p className="muted" data-testid="not-a-shop">{t('popup_not_a_shop')}</p>
          {state.tabId !== undefined && (
            <Later t={t}>
              <EvidencePanel tabId={state.tabId} facts={null} t={t} />
            </Later>
          )}
        </>
      )}
      {state.phase === 'ready' && (
        <>
          <VerdictHeader verdict={state.verdict} t={t} />
          {details && <VerdictDetails state={state} t={t} reload={reload} />}
        </>
      )}
    </main>
  );
}
