import { useId, useState, type FormEvent } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';

type T = Translate & { locale: Locale };

/** The user's allowlist (wins over every list) beside the shipped one, and "is this site on a list?". */
export function AllowlistEditor({ allow, t, onChanged, onMessage }: {
  allow: { shipped: string[]; user: string[] };
  t: T;
  onChanged: () => void;
  onMessage: (text: string, error?: boolean) => void;
}) {
  const ids = { add: useId(), check: useId() };
  const [domain, setDomain] = useState('');
  const [host, setHost] = useState('');
  const [check, setCheck] = useState<string>();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await send('allowlistAdd', { domain: domain.trim() }).catch(() => undefined);
    if (!r) return onMessage(t('opt_failed'), true);
    if (r.error) return onMessage(t(`lists_error_${r.error.code.replace(/-/g, '_')}`), true);
    onMessage(t('opt_allow_added', [r.domain ?? domain]));
    setDomain('');
    onChanged();
  };
  const remove = async (d: string) => {
    await send('allowlistRemove', { domain: d }).catch(() => undefined);
    onMessage(t('opt_allow_removed', [d]));
    onChanged();
  };
  const test = async (e: FormEvent) => {
    e.preventDefault();
    const r = await send('checkListedHost', { host: host.trim() }).catch(() => undefined);
    if (!r) return setCheck(t('lists_error_bad_domain'));
    if (r.allowed) return setCheck(t('opt_check_allowed', [host.trim()]));
    setCheck(r.hits.length === 0 ? t('opt_check_clean', [host.trim()]) : t('opt_check_listed', [host.trim(), r.hits.map((h) => h.title).join(', ')]));
  };
  return (
    <div className="allowlist">
      <h3>{t('opt_allow_title')}</h3>
      <p className="muted small">{t('opt_allow_help')}</p>
      {allow.user.length > 0 ? (
        <ul className="chips">
          {allow.user.map((d) => (
            <li key={d}>
              {d} <button type="button" className="link" onClick={() => void remove(d)} aria-label={t('opt_allow_remove_named', [d])}>{t('opt_allow_remove')}</button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('opt_allow_none')}</p>
      )}
      <form className="form-row" onSubmit={(e) => void add(e)}>
        <label htmlFor={ids.add}>{t('opt_allow_domain')}</label>
        <input id={ids.add} required maxLength={300} value={domain} placeholder="example.com" onChange={(e) => setDomain(e.target.value)} />
        <button type="submit">{t('opt_allow_add')}</button>
      </form>
      <details className="small">
        <summary>{t('opt_allow_shipped', [allow.shipped.length])}</summary>
        <p>{allow.shipped.join(', ')}</p>
      </details>
      <h3>{t('opt_check_title')}</h3>
      <form className="form-row" onSubmit={(e) => void test(e)}>
        <label htmlFor={ids.check}>{t('opt_check_host')}</label>
        <input id={ids.check} required maxLength={300} value={host} placeholder="shop.example" onChange={(e) => setHost(e.target.value)} />
        <button type="submit">{t('opt_check')}</button>
      </form>
      {check && <p role="status" data-testid="host-check">{check}</p>}
    </div>
  );
}
