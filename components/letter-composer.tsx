import { useEffect, useId, useMemo, useState } from 'react';
import { LOCALES, type Locale, type Translate } from '@/lib/i18n/translator';
import { renderLetter } from '@/lib/rights/letters/render';
import { citableRights } from '@/lib/rights/letters/citable';
import { LETTER_KINDS, type LetterCase, type LetterKind } from '@/lib/rights/letters/types';
import type { RightsItem } from '@/lib/rights/messages';
import type { Channel } from '@/lib/rights/schema';
import { saveFile as saveAnyFile } from '@/lib/ui/save-file';

export interface LetterComposerProps {
  t: Translate & { locale: Locale };
  /** The case the letter is about (order, seller, dates, amount, notes, evidence). */
  caseInput: LetterCase;
  /** The case's rights as `getRights` returned them; the letter cites those that fit. */
  items?: readonly RightsItem[];
  /** Complaint channels, for the agency letter's addressee. */
  channels?: readonly Channel[];
  /** Replaceable in tests; defaults to the system clipboard. */
  writeClipboard?: (text: string) => Promise<void>;
  /** Replaceable in tests; defaults to a download of a .txt file. */
  saveFile?: (filename: string, text: string) => void;
}

function downloadText(filename: string, text: string): void {
  saveAnyFile(filename, text, 'text/plain');
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh_CN: '中文' };

/**
 * Dispute letters: pick a template and a language, read and edit the text
 * filled from the case, then copy it or save it as a .txt file. The text is
 * plain and cleaned (see lib/rights/letters/sanitize.ts); React escapes it.
 */
export function LetterComposer({ t, caseInput, items = [], channels = [], writeClipboard, saveFile }: LetterComposerProps) {
  const ids = { kind: useId(), lang: useId(), channel: useId(), text: useId() };
  const [kind, setKind] = useState<LetterKind>('return-request');
  const [lang, setLang] = useState<Locale>(t.locale);
  const [channelId, setChannelId] = useState<string>(channels[0]?.id ?? '');
  const [status, setStatus] = useState('');

  const letter = useMemo(() => {
    const { rights, deadlines } = citableRights(items);
    const channel = channels.find((c) => c.id === channelId);
    return renderLetter(kind, lang, caseInput, { rights, deadlines, ...(channel ? { channel } : {}) });
  }, [kind, lang, channelId, caseInput, items, channels]);

  const [text, setText] = useState(letter.body);
  // A new template, language or case replaces the text; edits are kept otherwise.
  useEffect(() => {
    setText(letter.body);
    setStatus('');
  }, [letter.body]);

  const copy = async () => {
    try {
      await (writeClipboard ?? ((s: string) => navigator.clipboard.writeText(s)))(text);
      setStatus(t('letter_copied'));
    } catch {
      setStatus(t('letter_copy_failed'));
    }
  };

  const save = () => {
    (saveFile ?? downloadText)(letter.filename, text);
    setStatus(t('letter_saved', [letter.filename]));
  };

  return (
    <section className="letter-composer" aria-labelledby={`${ids.text}-title`}>
      <h2 id={`${ids.text}-title`}>{t('letter_title')}</h2>
      <p className="letter-composer__controls">
        <label htmlFor={ids.kind}>{t('letter_kind_label')}</label>{' '}
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as LetterKind)}>
          {LETTER_KINDS.map((k) => <option key={k} value={k}>{t(`letter_kind_${k.replace(/-/g, '_')}`)}</option>)}
        </select>{' '}
        <label htmlFor={ids.lang}>{t('letter_language_label')}</label>{' '}
        <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as Locale)}>
          {LOCALES.map((l) => <option key={l} value={l} lang={l === 'zh_CN' ? 'zh-CN' : 'en'}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
        {kind === 'agency-complaint' && channels.length > 0 && (
          <>
            {' '}
            <label htmlFor={ids.channel}>{t('letter_recipient_label')}</label>{' '}
            <select id={ids.channel} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
              {channels.map((c) => <option key={c.id} value={c.id}>{c.name[lang]}</option>)}
            </select>
          </>
        )}
      </p>
      {letter.missing.length > 0 && (
        <p className="letter-composer__missing">{t('letter_missing', [letter.missing.map((f) => t(`letter_field_${f}`)).join(lang === 'zh_CN' ? '、' : ', ')])}</p>
      )}
      {letter.omittedUnverified.length > 0 && <p className="muted small">{t('letter_omitted', [letter.omittedUnverified.length])}</p>}
      <label htmlFor={ids.text}>{t('letter_text_label')}</label>
      <textarea id={ids.text} className="letter-composer__text" value={text} rows={16} spellCheck={false} lang={lang === 'zh_CN' ? 'zh-CN' : 'en'} onChange={(e) => setText(e.target.value)} />
      <p className="letter-composer__actions">
        <button type="button" onClick={() => void copy()}>{t('letter_copy')}</button>{' '}
        <button type="button" onClick={save}>{t('letter_save')}</button>{' '}
        <button type="button" onClick={() => setText(letter.body)} disabled={text === letter.body}>{t('letter_reset')}</button>
      </p>
      <p className="muted small" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
