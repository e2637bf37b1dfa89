import { useId, useState, type FormEvent } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { LIST_CATEGORIES, type ListCategory } from '@/lib/lists/types';
import { send } from '@/lib/messaging/client';

type T = Translate & { locale: Locale };
const SEVERITIES = ['caution', 'warning', 'danger'] as const;

/** Category and severity chosen for a list the user adds. */
function ListKind({ t, category, severity, onCategory, onSeverity }: {
  t: T; category: ListCategory; severity: (typeof SEVERITIES)[number];
  onCategory: (c: ListCategory) => void; onSeverity: (s: (typeof SEVERITIES)[number]) => void;
}) {
  const ids = { c: useId(), s: useId() };
  return (
    <>
      <label htmlFor={ids.c}>{t('opt_list_category')}</label>
      <select id={ids.c} value={category} onChange={(e) => onCategory(e.target.value as ListCategory)}>
        {LIST_CATEGORIES.map((c) => <option key={c} value={c}>{t(`list_category_${c}`)}</option>)}
      </select>
      <label htmlFor={ids.s}>{t('opt_list_severity')}</label>
      <select id={ids.s} value={severity} onChange={(e) => onSeverity(e.target.value as (typeof SEVERITIES)[number])}>
        {SEVERITIES.map((s) => <option key={s} value={s}>{t(`level_${s}`)}</option>)}
      </select>
    </>
  );
}

/** Add a list by its address, or from a file; it is kept only if it downloads and parses. */
export function ListAdd({ t, onChanged, onMessage }: { t: T; onChanged: () => void; onMessage: (text: string, error?: boolean) => void }) {
  const ids = { url: useId(), file: useId() };
  const [url, setUrl] = useState('');
  const [category, setCategory] = useState<ListCategory>('fake_shop');
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('danger');
  const [busy, setBusy] = useState(false);

  const finish = (r: { list?: { title: string }; error?: { code: string } }) => {
    if (r.list) onMessage(t('opt_list_added', [r.list.title]));
    else onMessage(t(`lists_error_${(r.error?.code ?? 'storage').replace(/-/g, '_')}`), true);
    onChanged();
  };
  const byUrl = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    onMessage(t('opt_list_downloading'));
    try {
      const r = await send('addListByUrl', { url: url.trim(), category, severity });
      if (r.list) setUrl('');
      finish(r);
    } catch {
      onMessage(t('opt_failed'), true);
    } finally {
      setBusy(false);
    }
  };
  const byFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      finish(await send('importListFile', { name: file.name.slice(0, 255), text: await file.text(), category, severity }));
    } catch {
      onMessage(t('opt_failed'), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="list-add">
      <h3>{t('opt_list_add_title')}</h3>
      <p className="form-row">
        <ListKind t={t} category={category} severity={severity} onCategory={setCategory} onSeverity={setSeverity} />
      </p>
      <form className="form-row" onSubmit={(e) => void byUrl(e)}>
        <label htmlFor={ids.url}>{t('opt_list_url')}</label>
        <input id={ids.url} type="url" required value={url} maxLength={2000} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
        <button type="submit" disabled={busy}>{t('opt_list_add_url')}</button>
      </form>
      <p className="form-row">
        <label htmlFor={ids.file}>{t('opt_list_file')}</label>
        <input id={ids.file} type="file" accept=".txt,.csv,.json,text/plain,text/csv,application/json" disabled={busy} onChange={(e) => { void byFile(e.target.files?.[0]); e.target.value = ''; }} />
      </p>
      <p className="muted small">{t('opt_list_add_help')}</p>
    </div>
  );
}
