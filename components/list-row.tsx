import { useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import type { ListView } from '@/lib/lists/messages';
import { send } from '@/lib/messaging/client';
import { formatCount, formatDateTime } from './format';
import { localDate } from '@/lib/ui/locale-format';

type T = Translate & { locale: Locale };

/** One list: what it is, its licence and source, its state, and the switches that act on it. */
export function ListRow({ list, t, onChanged, onMessage }: { list: ListView; t: T; onChanged: () => void; onMessage: (text: string, error?: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const run = async (op: () => Promise<{ error?: { code: string } }>, done: string) => {
    setBusy(true);
    try {
      const r = await op();
      onMessage(r.error ? t(`lists_error_${r.error.code.replace(/-/g, '_')}`) : done, Boolean(r.error));
    } catch {
      onMessage(t('opt_failed'), true);
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  const toggle = () => run(() => send(list.enabled ? 'unsubscribeList' : 'subscribeList', { id: list.id }), t(list.enabled ? 'opt_list_off' : 'opt_list_on', [list.title]));
  const update = () => run(async () => {
    const [r] = await send('updateLists', { id: list.id });
    return r?.error ? { error: r.error } : {};
  }, t('opt_list_updated', [list.title]));
  const remove = () => run(() => send('removeList', { id: list.id }), t('opt_list_removed', [list.title]));
  const version = list.version ? localDate(list.version, t.locale) ?? list.version : undefined;
  return (
    <li className="list-row" data-list={list.id}>
      <div className="list-row__head">
        <input type="checkbox" id={`list-${list.id}`} checked={list.enabled} disabled={busy} onChange={() => void toggle()} />
        <label htmlFor={`list-${list.id}`}><strong>{list.title}</strong></label>
        <span className="tag">{t(`list_category_${list.category}`)}</span>
        <span className="tag">{t(`level_${list.severity === 'info' ? 'low' : list.severity}`)}</span>
        {list.origin !== 'catalog' && <span className="tag">{t(`opt_list_origin_${list.origin}`)}</span>}
      </div>
      <p className="small muted">
        {list.license ? t('opt_list_license', [list.license]) : t('opt_list_license_unknown')}
        {list.licenseNote ? ` ${list.licenseNote}` : ''}
        {list.homepage && (
          <>
            {' · '}
            <a href={list.homepage} target="_blank" rel="noopener noreferrer">{t('opt_list_homepage')}<span className="sr-only"> {t('ui_opens_new_tab')}</span></a>
          </>
        )}
      </p>
      <p className="small">
        {list.entryCount !== undefined && version
          ? t('opt_list_state', [formatCount(list.entryCount, t.locale), version])
          : t('opt_list_not_downloaded')}
        {list.fetchedAt ? ` · ${t('opt_list_fetched', [formatDateTime(list.fetchedAt, t.locale)])}` : ''}
      </p>
      {list.lastError && <p className="small error">{t(`lists_error_${list.lastError.code.replace(/-/g, '_')}`)}</p>}
      <p className="list-row__buttons">
        <button type="button" disabled={busy || !list.enabled} onClick={() => void update()} aria-label={t('opt_list_update_named', [list.title])}>{t('opt_list_update')}</button>
        {list.origin !== 'catalog' && (
          <button type="button" className="danger" disabled={busy} onClick={() => void remove()} aria-label={t('opt_list_remove_named', [list.title])}>{t('opt_list_remove')}</button>
        )}
      </p>
    </li>
  );
}
