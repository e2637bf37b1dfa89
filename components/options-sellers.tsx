import { useId, useState } from 'react';
import type { UserRule } from '@/lib/db/user-rules-schema';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import { useUserRules } from './use-user-rules';
import { targetOfRule } from './rule-target';
import { formatDay } from './format';
import { NOTE_MAX } from './user-note';

type T = Translate & { locale: Locale };
const ACTIONS: UserRule['action'][] = ['trust', 'block', 'note'];

/** One decision: what it is about, the decision (changeable), the note (editable), remove. */
function RuleRow({ rule, t, onChanged }: { rule: UserRule; t: T; onChanged: () => void }) {
  const ids = { action: useId(), note: useId() };
  const [note, setNote] = useState(rule.note ?? '');
  const [saved, setSaved] = useState(false);
  const target = targetOfRule(rule);
  const put = async (action: UserRule['action'], text: string) => {
    await send('setUserRule', { target, action, note: text });
    setSaved(true);
    onChanged();
  };
  return (
    <tr data-rule-id={rule.id}>
      <th scope="row">
        <span className="rule-label">{rule.label}</span>
        <br />
        <span className="muted small">{rule.kind === 'domain' ? t('opt_rule_kind_site') : t('opt_rule_kind_seller', [rule.key.split(':')[0] ?? ''])}</span>
      </th>
      <td>
        <label htmlFor={ids.action} className="sr-only">{t('opt_rule_decision_for', [rule.label])}</label>
        <select id={ids.action} value={rule.action} onChange={(e) => void put(e.target.value as UserRule['action'], note)}>
          {ACTIONS.map((a) => <option key={a} value={a}>{t(`opt_rule_action_${a}`)}</option>)}
        </select>
      </td>
      <td>
        <label htmlFor={ids.note} className="sr-only">{t('opt_rule_note_for', [rule.label])}</label>
        <textarea id={ids.note} rows={2} maxLength={NOTE_MAX} value={note} onChange={(e) => { setNote(e.target.value); setSaved(false); }} />
        {note !== (rule.note ?? '') && <button type="button" onClick={() => void put(rule.action, note.trim())}>{t('ui_note_save')}</button>}
        {saved && <span className="ok small" role="status"> {t('opt_saved')}</span>}
      </td>
      <td className="small">{formatDay(rule.updatedAt, t.locale)}</td>
      <td>
        <button type="button" className="danger" onClick={() => void send('removeUserRule', { id: rule.id }).then(onChanged)} aria-label={t('opt_rule_remove_named', [rule.label])}>{t('opt_rule_remove')}</button>
      </td>
    </tr>
  );
}

/** Sellers and sites: every decision and note the user made, with their dates. */
export function OptionsSellers({ t }: { t: T }) {
  const [rules, reload] = useUserRules(true);
  const refresh = () => void reload().catch(() => undefined);
  if (!rules) return <p className="muted">{t('ui_loading')}</p>;
  return (
    <>
      <p className="muted">{t('opt_rules_intro')}</p>
      {rules.length === 0 ? (
        <p className="muted" data-testid="no-rules">{t('opt_rules_none')}</p>
      ) : (
        <table className="rules">
          <thead>
            <tr>
              <th scope="col">{t('opt_rule_col_subject')}</th>
              <th scope="col">{t('opt_rule_col_decision')}</th>
              <th scope="col">{t('opt_rule_col_note')}</th>
              <th scope="col">{t('opt_rule_col_updated')}</th>
              <th scope="col"><span className="sr-only">{t('opt_rule_col_actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => <RuleRow key={`${r.id}-${r.updatedAt}`} rule={r} t={t} onChanged={refresh} />)}
          </tbody>
        </table>
      )}
    </>
  );
}
