import { useId } from 'react';
import type { Locale, Translate } from '@/lib/i18n/messages';

/** Language names are written in their own language, so each is readable to the person who needs it. */
const NAMES: Record<Locale, { name: string; lang: string }> = { en: { name: 'English', lang: 'en' }, zh_CN: { name: '中文（简体）', lang: 'zh-CN' } };

async function setLanguage(language: 'auto' | Locale): Promise<void> {
  const { updateSettings } = await import('@/lib/settings/settings');
  await updateSettings({ language });
}

/** Switches the extension's language (all pages follow through the settings watch). */
export function LanguageSelect({ t, withAuto = false, value }: { t: Translate & { locale: Locale }; withAuto?: boolean; value?: 'auto' | Locale }) {
  const id = useId();
  return (
    <span className="lang">
      <label htmlFor={id} className={withAuto ? undefined : 'sr-only'}>{t('popup_language')}</label>
      {/* The settings module loads on first use: the popup's first screen does without it. */}
      <select id={id} value={value ?? t.locale} onChange={(e) => void setLanguage(e.target.value as 'auto' | Locale)}>
        {withAuto && <option value="auto">{t('ui_language_auto')}</option>}
        {(Object.keys(NAMES) as Locale[]).map((l) => (
          <option key={l} value={l} lang={NAMES[l].lang}>{NAMES[l].name}</option>
        ))}
      </select>
    </span>
  );
}
