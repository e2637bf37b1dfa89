import { useCallback, useEffect, useState } from 'react';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { send } from '@/lib/messaging/client';
import { targetTab } from '@/lib/popup/target-tab';
import { updateSettings } from '@/lib/settings/settings';
import { useTranslate } from './use-translate';
import { VerdictHeader } from './verdict-header';
import { ReasonList } from './reason-list';
import { UserRuleActions } from './user-rule-actions';
import { EvidencePanel } from './evidence-panel';

type State =
  | { phase: 'loading' }
  | { phase: 'none'; tabId?: number }
  | { phase: 'ready'; tabId: number; verdict: Verdict; facts: PageFacts; rules: UserRule[] };

const POLL_MS = 150;
const INSPECT_WAIT_MS = 4000;

async function waitForVerdict(tabId: number, until: number) {
  for (;;) {
    const got = await send('getTabVerdict', { tabId });
    if (got.verdict || got.notShop || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export function PopupApp() {
  const t = useTranslate();
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = useCallback(async () => {
    const tab = await targetTab(location.search);
    if (!tab) return setState({ phase: 'none' });
    let got = await send('getTabVerdict', { tabId: tab.id });
    if (!got.verdict && !got.notShop && tab.url && /^https?:/.test(tab.url)) {
      // An independent shop is read only now, with the popup's activeTab grant.
      await send('inspectTab', { tabId: tab.id });
      got = await waitForVerdict(tab.id, Date.now() + INSPECT_WAIT_MS);
    }
    // Any web page can still be captured as evidence, shop or not.
    if (!got.verdict || !got.facts) return setState({ phase: 'none', tabId: tab.url && /^https?:/.test(tab.url) ? tab.id : undefined });
    const rules = await send('listUserRules', {});
    setState({ phase: 'ready', tabId: tab.id, verdict: got.verdict, facts: got.facts, rules });
  }, []);

  useEffect(() => {
    void load().catch(() => setState({ phase: 'none' }));
  }, [load]);

  if (!t) return null;
  document.documentElement.lang = t.locale === 'zh_CN' ? 'zh-CN' : 'en';
  return (
    <main className="popup">
      <div className="popup__top">
        <h1>{t('popup_title')}</h1>
        <label className="lang">
          <span className="sr-only">{t('popup_language')}</span>
          <select aria-label={t('popup_language')} value={t.locale} onChange={(e) => void updateSettings({ language: e.target.value as 'en' | 'zh_CN' })}>
            <option value="en">English</option>
            <option value="zh_CN">中文</option>
          </select>
        </label>
      </div>
      {state.phase === 'loading' && <p className="muted">{t('popup_reading')}</p>}
      {state.phase === 'none' && <p className="muted" data-testid="not-a-shop">{t('popup_not_a_shop')}</p>}
      {state.phase === 'none' && state.tabId !== undefined && <EvidencePanel tabId={state.tabId} facts={null} t={t} />}
      {state.phase === 'ready' && (
        <>
          <VerdictHeader verdict={state.verdict} t={t} />
          {state.verdict.subject.sellerName && (
            <p className="seller-line">
              {t('popup_seller')}: <strong>{state.verdict.subject.sellerName}</strong> · {state.verdict.subject.host}
            </p>
          )}
          <ReasonList findings={state.verdict.findings} t={t} />
          <UserRuleActions verdict={state.verdict} rules={state.rules} t={t} onChanged={() => void load()} />
          <EvidencePanel tabId={state.tabId} facts={state.facts} t={t} />
          <p className="muted small">{t('popup_checked_at', [new Date(state.verdict.checkedAt).toLocaleString(t.locale === 'zh_CN' ? 'zh-CN' : 'en')])}</p>
        </>
      )}
    </main>
  );
}
