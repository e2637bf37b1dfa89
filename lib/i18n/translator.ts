import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/settings/settings';

/**
 * Translations with a language the user can choose. `browser.i18n` only
 * follows the browser's language, so we read the same `_locales/<locale>/messages.json`
 * that @wxt-dev/i18n builds from `locales/<locale>.yml`, and substitute `$1`…`$9`.
 */
export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];
export type Translate = (key: string, params?: readonly (string | number)[]) => string;

type Messages = Record<string, { message: string }>;
const cache = new Map<Locale, Promise<Messages>>();

/** The locale for a setting: an explicit choice, or the browser's language. */
export function resolveLocale(setting: 'auto' | Locale, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return /^zh/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

async function loadMessages(locale: Locale): Promise<Messages> {
  let p = cache.get(locale);
  if (!p) {
    p = fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as '/'))
      .then((r) => r.json() as Promise<Messages>)
      .catch(() => ({}));
    cache.set(locale, p);
  }
  return p;
}

/** Fills `$1`…`$9` with params; `$$` is a literal dollar. */
export function format(template: string, params: readonly (string | number)[] = []): string {
  return template.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(params[Number(d) - 1] ?? '')));
}

export function makeTranslate(primary: Messages, fallback: Messages): Translate {
  return (key, params) => {
    const m = primary[key]?.message ?? fallback[key]?.message;
    return m === undefined ? key : format(m, params);
  };
}

/** A translate function for the current setting (or an explicit locale). */
export async function translator(explicit?: Locale): Promise<Translate & { locale: Locale }> {
  const locale = explicit ?? resolveLocale((await getSettings()).language, browser.i18n.getUILanguage());
  const [primary, fallback] = await Promise.all([loadMessages(locale), loadMessages('en')]);
  return Object.assign(makeTranslate(primary, fallback), { locale });
}
