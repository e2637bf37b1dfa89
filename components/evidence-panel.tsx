import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { caseLabel, formatBytes } from '@/lib/evidence/format';
import '@/assets/evidence.css';

type CaseRow = ResponseOf<'listCases'>[number];
type Status =
  | { kind: 'idle' }
  | { kind: 'running'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

const NEW = '__new__';
const POLL_MS = 250;

/** The case this page most likely belongs to: same platform and seller, else the latest. */
function pickCase(cases: CaseRow[], facts: PageFacts | null): string {
  const hit = facts && cases.find((c) => c.platform === facts.marketplace && (!c.seller || c.seller === facts.seller.name));
  return hit?.id ?? cases[0]?.id ?? NEW;
}

/**
 * The popup's evidence section: capture the page into a case (or create the
 * case in the same step), with progress and cancel for whole-page captures,
 * and the storage used.
 */
export function EvidencePanel({ tabId, facts, t }: { tabId: number; facts: PageFacts | null; t: Translate }) {
  const [cases, setCases] = useState<CaseRow[]>([]);
  const [caseId, setCaseId] = useState<string>(NEW);
  const [fullPage, setFullPage] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [usage, setUsage] = useState<ResponseOf<'storageUsage'>>();
  const polling = useRef<ReturnType<typeof setInterval>>(undefined);

  const refresh = useCallback(async () => {
    const list = await send('listCases', {});
    setCases(list);
    setUsage(await send('storageUsage', {}));
    return list;
  }, []);

  useEffect(() => {
    void refresh().then((list) => setCaseId(pickCase(list, facts))).catch(() => undefined);
    // Ask once for persistent storage; only pages (not the worker) can.
    void navigator.storage?.persist?.().catch(() => undefined);
    return () => clearInterval(polling.current);
  }, [refresh, facts]);

  const capture = async (targetCase: string) => {
    setStatus({ kind: 'running', text: t('ev_progress_start') });
    polling.current = setInterval(() => {
      void send('captureStatus', { tabId }).then((s) => {
        if (!s.progress) return;
        const p = s.progress;
        const text = p.phase === 'frames' ? t('ev_progress', [p.done, p.total]) : p.phase === 'saving' ? t('ev_progress_saving') : t('ev_progress_start');
        setStatus((prev) => (prev.kind === 'running' ? { kind: 'running', text } : prev));
      }).catch(() => undefined);
    }, POLL_MS);
    try {
      const outcome = await send('captureTab', { tabId, fullPage, caseId: targetCase });
      if (outcome.status === 'saved') {
        setStatus({ kind: 'done', text: t('ev_saved', [outcome.seq, formatBytes(outcome.totalBytes)]) });
        setCaseId(outcome.caseId);
      } else {
        setStatus({ kind: 'error', text: t(`ev_error_${outcome.code.replace(/-/g, '_')}`, [outcome.detail]) });
      }
    } catch (err) {
      setStatus({ kind: 'error', text: t('ev_error_failed', [err instanceof Error ? err.message : String(err)]) });
    } finally {
      clearInterval(polling.current);
      await refresh().catch(() => undefined);
    }
  };

  const onSubmitNew = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim() || undefined;
    const amount = text('amount');
    try {
      const created = await send('createCase', {
        platform: text('platform') ?? '',
        orderNumber: text('orderNumber'),
        seller: text('seller'),
        orderDate: text('orderDate'),
        deliveryDate: text('deliveryDate'),
        amountPaid: amount ? { amount, currency: text('currency')?.toUpperCase() } : undefined,
        notes: text('notes'),
      });
      await capture(created.id);
    } catch {
      setStatus({ kind: 'error', text: t('ev_error_bad_case') });
    }
  };

  const running = status.kind === 'running';
  return (
    <section className="evidence" aria-labelledby="ev-title">
      <h2 id="ev-title">{t('ev_section')}</h2>
      <label className="evidence__row">
        <span>{t('ev_case')}</span>
        <select data-testid="ev-case" value={caseId} disabled={running} onChange={(e) => setCaseId(e.target.value)}>
          {cases.map((c) => <option key={c.id} value={c.id}>{caseLabel(c)}</option>)}
          <option value={NEW}>{t('ev_new_case')}</option>
        </select>
      </label>
      <label className="evidence__row evidence__check">
        <input type="checkbox" data-testid="ev-full-page" checked={fullPage} disabled={running} onChange={(e) => setFullPage(e.target.checked)} />
        <span>{t('ev_full_page')}</span>
      </label>
      {caseId === NEW ? (
        <form className="evidence__form" onSubmit={(e) => void onSubmitNew(e)} data-testid="ev-new-case">
          <label>{t('ev_case_platform')}<input name="platform" required maxLength={60} defaultValue={facts?.marketplace ?? ''} /></label>
          <label>{t('ev_case_order_number')}<input name="orderNumber" maxLength={100} /></label>
          <label>{t('ev_case_seller')}<input name="seller" maxLength={300} defaultValue={facts?.seller.name ?? ''} /></label>
          <label>{t('ev_case_order_date')}<input name="orderDate" type="date" /></label>
          <label>{t('ev_case_delivery_date')}<input name="deliveryDate" type="date" /></label>
          <label>{t('ev_case_amount')}<input name="amount" inputMode="decimal" pattern="\d{1,12}(\.\d{1,6})?" defaultValue={facts?.product.price?.amount ?? ''} /></label>
          <label>{t('ev_case_currency')}<input name="currency" maxLength={3} pattern="[A-Za-z]{3}" defaultValue={facts?.product.price?.currency ?? ''} /></label>
          <label>{t('ev_case_notes')}<textarea name="notes" maxLength={4000} rows={2} /></label>
          <button type="submit" data-testid="ev-create" disabled={running}>{t('ev_create_and_capture')}</button>
        </form>
      ) : (
        <div className="actions">
          <button type="button" data-testid="ev-capture" disabled={running} onClick={() => void capture(caseId)}>{t('ev_capture')}</button>
        </div>
      )}
      {running && (
        <p className="muted" role="status" data-testid="ev-status" data-state="running">
          {status.text} <button type="button" onClick={() => void send('cancelCapture', { tabId })}>{t('ev_cancel')}</button>
        </p>
      )}
      {status.kind === 'done' && <p className="muted" role="status" data-testid="ev-status" data-state="done">{status.text}</p>}
      {status.kind === 'error' && <p className="evidence__error" role="alert" data-testid="ev-status" data-state="error">{status.text}</p>}
      {usage && (
        <p className="muted small">
          {t('ev_storage', [formatBytes(usage.usage ?? 0), usage.quota ? formatBytes(usage.quota) : '?', formatBytes(usage.evidenceBytes)])}
          {' · '}
          <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('ev_open_cases')}</a>
        </p>
      )}
    </section>
  );
}
