import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/settings/settings';
import { resolveLocale, translatorFor, type Locale, type Translate } from './messages';

/**
 * Translations with a language the user can choose. `browser.i18n` only
 * follows the browser's language, so we read the same `_locales/<locale>/messages.json`
 * that @wxt-dev/i18n builds from `locales/<locale>.yml`, and substitute `$1`…`$9`
 * (see messages.ts, which holds everything that does not need the settings).
 */
export * from './messages';

/** A translate function for the current setting (or an explicit locale). */
export async function translator(explicit?: Locale): Promise<Translate & { locale: Locale }> {
  const locale = explicit ?? resolveLocale((await getSettings()).language, browser.i18n.getUILanguage());
  return translatorFor(locale);
}
