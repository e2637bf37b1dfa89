import { useId, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import { saveFile } from '@/lib/ui/save-file';
import { clearSnoozes } from '@/lib/banner/snooze';
import { updateSettings } from '@/lib/settings/settings';
import { formatCount } from './format';

type T = Translate & { locale: Locale };
type Status = { text: string; error?: boolean } | undefined;

/** Export the user's data as a file, import such a file (merge or replace), or erase everything. */
export function OptionsData({ t }: { t: T }) {
  const ids = { file: useId(), mode: useId(), confirm: useId() };
  const [status, setStatus] = useState<Status>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirm, setConfirm] = useState(false);
  const n = (x: number) => formatCount(x, t.locale);

  const doExport = async () => {
    try {
      const r = await send('exportUserData', {});
      saveFile(r.filename, new TextEncoder().encode(r.json), 'application/json');
      setStatus({ text: t('opt_exported', [r.filename, n(r.counts.userRules), n(r.counts.observations)]) });
    } catch {
      setStatus({ text: t('opt_failed'), error: true });
    }
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await send('importUserData', { json: await file.text(), mode });
      setStatus(r.imported
        ? { text: t('ud_imported', [n(r.counts.userRules), n(r.counts.observations)]) }
        : { text: t(`ud_import_error_${r.error.replace(/-/g, '_')}`, r.params.length ? r.params : [r.detail]), error: true });
    } catch {
      // The router refuses a file over its size limit before the handler sees it.
      setStatus({ text: t('ud_import_error_too_large'), error: true });
    }
  };

  const doErase = async () => {
    try {
      await send('eraseUserData', { confirm: 'erase-everything' });
      // Also what lives outside the database: snoozed banners and where the user said they live.
      await clearSnoozes();
      await updateSettings({ jurisdiction: undefined });
      setConfirm(false);
      setStatus({ text: t('ud_erased') });
    } catch {
      setStatus({ text: t('opt_failed'), error: true });
    }
  };

  return (
    <>
      <p className="muted">{t('opt_data_intro')}</p>
      <h3>{t('opt_export_title')}</h3>
      <p className="muted small">{t('opt_export_help')}</p>
      <p><button type="button" onClick={() => void doExport()}>{t('opt_export')}</button></p>

      <h3>{t('opt_import_title')}</h3>
      <p className="muted small">{t('opt_import_help')}</p>
      <p className="form-row">
        <label htmlFor={ids.mode}>{t('opt_import_mode')}</label>
        <select id={ids.mode} value={mode} onChange={(e) => setMode(e.target.value === 'replace' ? 'replace' : 'merge')}>
          <option value="merge">{t('opt_import_merge')}</option>
          <option value="replace">{t('opt_import_replace')}</option>
        </select>
        <label htmlFor={ids.file}>{t('opt_import_file')}</label>
        <input id={ids.file} type="file" accept=".json,application/json" onChange={(e) => { void doImport(e.target.files?.[0]); e.target.value = ''; }} />
      </p>

      <h3>{t('opt_erase_title')}</h3>
      <p className="muted small">{t('opt_erase_help')}</p>
      <p className="field--check">
        <input id={ids.confirm} type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />
        <label htmlFor={ids.confirm}>{t('opt_erase_confirm')}</label>
      </p>
      <p><button type="button" className="danger" disabled={!confirm} onClick={() => void doErase()}>{t('opt_erase')}</button></p>
      <p role="status" aria-live="polite" className={status?.error ? 'error' : undefined} data-testid="data-status">{status?.text}</p>
    </>
  );
}
