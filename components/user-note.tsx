import { useId, useState } from 'react';
import type { UserRule, UserRuleInput } from '@/lib/db/user-rules-schema';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';

export const NOTE_MAX = 2000;

/**
 * The user's own note on a seller or site ("ordered twice, arrived late"),
 * stored with their decision, on this machine only. Saving an empty note
 * deletes it; a note-only rule without text is removed altogether.
 */
export function UserNote({ ruleId, target, rule, t, onChanged }: {
  ruleId: string;
  target: UserRuleInput['target'];
  rule: UserRule | undefined;
  t: Translate;
  onChanged: () => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const note = rule?.note?.trim() ? rule.note : undefined;
  const label = t(target.kind === 'seller' ? 'ui_note_seller' : 'ui_note_site');

  const save = async () => {
    const value = text.trim();
    try {
      if (!value && (!rule || rule.action === 'note')) {
        if (rule) await send('removeUserRule', { id: ruleId });
      } else {
        await send('setUserRule', { target, action: rule?.action ?? 'note', note: value });
      }
      setEditing(false);
      setError(false);
      onChanged();
    } catch {
      setError(true);
    }
  };

  if (editing) {
    return (
      <form className="note" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label htmlFor={id}>{label}</label>
        <textarea id={id} value={text} maxLength={NOTE_MAX} rows={3} onChange={(e) => setText(e.target.value)} autoFocus />
        <p className="note__buttons">
          <button type="submit">{t('ui_note_save')}</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>{t('ui_cancel')}</button>
        </p>
        {error && <p role="alert" className="error small">{t('ui_note_failed')}</p>}
      </form>
    );
  }
  return (
    <div className="note">
      {note ? (
        <>
          <p className="note__label small">{label}</p>
          <p className="note__text" data-testid="user-note">{note}</p>
        </>
      ) : null}
      <button type="button" className="link" onClick={() => { setText(note ?? ''); setEditing(true); }}>
        {note ? t('ui_note_edit') : t('ui_note_add')}
      </button>
    </div>
  );
}
