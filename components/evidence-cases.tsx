import { useCallback, useEffect, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { getSettings, updateSettings } from '@/lib/settings/settings';
import { fetchCasePack, saveFile } from '@/lib/evidence/export-client';
import { caseLabel, formatBytes } from '@/lib/evidence/format';
import '@/assets/evidence.css';

type CaseRow = ResponseOf<'listCases'>[number];
type CaseDetail = NonNullable<ResponseOf<'getCase'>>;

/**
 * Evidence cases for the options page: every case with its captures
 * (thumbnail, time, page, hash), one-click export of a case's pack, the
 * storage used, and the automatic order-page capture setting. Page titles
 * and URLs are shown as text only.
 */
export function EvidenceCases({ t }: { t: Translate & { locale?: Locale } }) {
  const [cases, setCases] = useState<CaseRow[]>([]);
  const [open, setOpen] = useState<CaseDetail>();
  const [usage, setUsage] = useState<ResponseOf<'storageUsage'>>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [auto, setAuto] = useState(false);

  const refresh = useCallback(async () => {
    setCases(await send('listCases', {}));
    setUsage(await send('storageUsage', {}));
  }, []);

  useEffect(() => {
    void refresh().catch(() => undefined);
    void getSettings().then((s) => setAuto(s.autoCapture));
    void navigator.storage?.persist?.().catch(() => undefined);
  }, [refresh]);

  const exportCase = async (caseId: string) => {
    setBusy(true);
    setMessage(t('ev_exporting'));
    try {
      const pack = await fetchCasePack(caseId);
      saveFile(pack.fileName, pack.bytes);
      setMessage(t('ev_exported', [pack.fileName, formatBytes(pack.bytes.byteLength)]));
    } catch (err) {
      setMessage(t('ev_export_failed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="evidence-cases" aria-labelledby="ev-cases-title">
      <h2 id="ev-cases-title">{t('ev_cases_title')}</h2>
      {usage && (
        <p className="muted" data-testid="ev-usage">
          {t('ev_storage', [formatBytes(usage.usage ?? 0), usage.quota ? formatBytes(usage.quota) : '?', formatBytes(usage.evidenceBytes)])}
          <br />
          {usage.persisted ? t('ev_storage_persisted') : t('ev_storage_not_persisted')}
        </p>
      )}
      <label className="evidence__check">
        <input
          type="checkbox"
          checked={auto}
          onChange={(e) => {
            const next = e.target.checked;
            setAuto(next);
            // Saved in the background of the click; shown as saved at once, reverted if it fails.
            void updateSettings({ autoCapture: next }).catch(() => setAuto(!next));
          }}
        />
        <span>{t('ev_auto_capture')}</span>
      </label>
      <p className="muted small">{t('ev_auto_capture_help')}</p>
      {message && <p role="status" data-testid="ev-message">{message}</p>}
      {cases.length === 0 && <p className="muted">{t('ev_no_cases')}</p>}
      <ul className="evidence-cases__list">
        {cases.map((c) => (
          <li key={c.id} data-testid="ev-case-row">
            <button type="button" className="linklike" aria-expanded={open?.case.id === c.id} onClick={() => void send('getCase', { caseId: c.id }).then((d) => setOpen(d && open?.case.id !== c.id ? d : undefined))}>
              <strong>{caseLabel(c)}</strong>
            </button>
            {c.auto && <span className="tag"> {t('ev_case_auto')}</span>}
            <span className="muted small"> {t('ev_captures_count', [c.captures, formatBytes(c.bytes)])}</span>{' '}
            <button type="button" disabled={busy || c.captures === 0} onClick={() => void exportCase(c.id)}>{t('ev_export')}</button>
            {open?.case.id === c.id && (
              open.captures.length === 0 ? <p className="muted">{t('ev_no_captures')}</p> : (
                <ol className="evidence-cases__captures">
                  {open.captures.map((r) => (
                    <li key={r.id}>
                      {r.thumb?.startsWith('data:image/') && <img src={r.thumb} alt="" width={160} />}
                      <div>
                        <div>#{r.seq} · {new Date(r.capturedAt).toLocaleString(t.locale === 'zh_CN' ? 'zh-CN' : 'en-GB')} · {t(`trigger_${r.trigger.replace(/-/g, '_')}`)}</div>
                        <div>{r.title}</div>
                        <div className="muted small">{r.url}</div>
                        <div className="muted small mono">{r.hash}</div>
                        <div className="muted small">{r.artifacts.map((a) => `${a.path} (${formatBytes(a.bytes)})`).join(', ')}</div>
                      </div>
                    </li>
                  ))}
                </ol>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
