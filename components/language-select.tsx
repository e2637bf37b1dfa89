import { useId } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { updateSettings } from '@/lib/settings/settings';

/** Language names are written in their own language, so each is readable to the person who needs it. */
const NAMES: Record<Locale, { name: string; lang: string }> = { en: { name: 'English', lang: 'en' }, zh_CN: { name: '中文（简体）', lang: 'zh-CN' } };

/** Switches the extension's language (all pages follow through the settings watch). */
export function LanguageSelect({ t, withAuto = false, value }: { t: Translate & { locale: Locale }; withAuto?: boolean; value?: 'auto' | Locale }) {
  const id = useId();
  return (
    <span className="lang">
      <label htmlFor={id} className={withAuto ? undefined : 'sr-only'}>{t('popup_language')}</label>
      <select id={id} value={value ?? t.locale} onChange={(e) => void updateSettings({ language: e.target.value as 'auto' | Locale })}>
        {withAuto && <option value="auto">{t('ui_language_auto')}</option>}
        {(Object.keys(NAMES) as Locale[]).map((l) => (
          <option key={l} value={l} lang={NAMES[l].lang}>{NAMES[l].name}</option>
        ))}
      </select>
    </span>
  );
}
