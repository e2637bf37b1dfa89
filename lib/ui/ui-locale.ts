import { browser } from 'wxt/browser';
import { resolveLocale, type Locale } from '@/lib/i18n/messages';

/**
 * The interface language, read without the settings module: only the
 * stored `language` field, checked by hand, so the popup's first screen
 * does not wait for zod to load. Anything but a known choice means "follow
 * the browser", which is also the settings' default.
 */
export async function uiLocale(): Promise<Locale> {
  const got = await browser.storage.local.get('settings');
  const stored = got.settings as { language?: unknown } | undefined;
  const language = stored?.language === 'en' || stored?.language === 'zh_CN' ? stored.language : 'auto';
  return resolveLocale(language, browser.i18n.getUILanguage());
}
