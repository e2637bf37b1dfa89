import { useState } from 'react';
import type { Verdict } from '@/lib/facts/verdict';
import type { UserRule } from '@/lib/db/user-rules-schema';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import { ruleTargetOf } from './rule-target';

/**
 * Trust or block the seller (on a marketplace) or the site (elsewhere); the
 * user's decision always wins, and can be taken back here. A note alone is
 * not a decision: trust and block keep the note.
 */
export function UserRuleActions({ verdict, rules, t, onChanged }: { verdict: Verdict; rules: UserRule[]; t: Translate; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const subject = ruleTargetOf(verdict.subject);
  if (!subject) return null;
  const rule = rules.find((r) => r.id === subject.id);
  const decided = rule && rule.action !== 'note' ? rule : undefined;
  const isSeller = subject.target.kind === 'seller';
  const act = async (p: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await p();
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  const set = (action: 'trust' | 'block') => act(() => send('setUserRule', { target: subject.target, action, ...(rule?.note ? { note: rule.note } : {}) }));
  // Removing a decision keeps the note, as a note-only rule.
  const undo = () => act(() => (rule?.note ? send('setUserRule', { target: subject.target, action: 'note', note: rule.note }) : send('removeUserRule', { id: subject.id })));
  return (
    <section className="actions" aria-label={t('ui_decision_region')}>
      {decided ? (
        <>
          <p className="actions__state small" data-testid="decision">{t(decided.action === 'trust' ? (isSeller ? 'ui_decided_trust_seller' : 'ui_decided_trust_site') : isSeller ? 'ui_decided_block_seller' : 'ui_decided_block_site')}</p>
          <button type="button" disabled={busy} onClick={() => void undo()}>{t('popup_undo_rule')}</button>
        </>
      ) : (
        <>
          <button type="button" disabled={busy} onClick={() => void set('trust')}>{t(isSeller ? 'popup_trust_seller' : 'popup_trust_site')}</button>
          <button type="button" disabled={busy} className="danger" onClick={() => void set('block')}>{t(isSeller ? 'popup_block_seller' : 'popup_block_site')}</button>
        </>
      )}
    </section>
  );
}
