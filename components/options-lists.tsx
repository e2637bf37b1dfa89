import { useCallback, useEffect, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { ListRow } from './list-row';
import { ListAdd } from './list-add';
import { AllowlistEditor } from './allowlist-editor';

type T = Translate & { locale: Locale };

/** Lists: the catalog and the user's own lists with their state, adding lists, the allowlist. */
export function OptionsLists({ t }: { t: T }) {
  const [catalog, setCatalog] = useState<ResponseOf<'listCatalog'>>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => void send('listCatalog', {}).then(setCatalog).catch(() => undefined), []);
  useEffect(refresh, [refresh]);
  const onMessage = (text: string, error = false) => setMessage({ text, error });

  const updateAll = async () => {
    setBusy(true);
    onMessage(t('opt_list_updating'));
    try {
      const results = await send('updateLists', {});
      const failed = results.filter((r) => r.status === 'failed').length;
      onMessage(t('opt_lists_updated', [results.length - failed, failed]), failed > 0);
    } catch {
      onMessage(t('opt_failed'), true);
    } finally {
      setBusy(false);
      refresh();
    }
  };

  if (!catalog) return <p className="muted">{t('ui_loading')}</p>;
  return (
    <>
      <p className="muted">{t('opt_lists_intro')}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void updateAll()}>{t('opt_lists_update_all')}</button>
      </p>
      <p role="status" aria-live="polite" className={message?.error ? 'error' : undefined} data-testid="lists-message">{message?.text}</p>
      <ul className="lists">
        {catalog.lists.map((l) => <ListRow key={l.id} list={l} t={t} onChanged={refresh} onMessage={onMessage} />)}
      </ul>
      <ListAdd t={t} onChanged={refresh} onMessage={onMessage} />
      <AllowlistEditor allow={catalog.allowlist} t={t} onChanged={refresh} onMessage={onMessage} />
    </>
  );
}
