import { browser } from 'wxt/browser';

/**
 * Translations without the settings: the locale files, the `$1`…`$9`
 * substitution and a translate function for an explicit locale. Kept apart
 * from `translator.ts` (which reads the language setting through the zod
 * schema of the settings) so the popup can read its strings before that
 * code has loaded. `translator.ts` re-exports everything here.
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

/**
 * Reads `_locales/<locale>/messages.json`, which @wxt-dev/i18n builds from
 * `locales/<locale>.yml`, once per page.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
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

/** A translate function for a known locale, with English for any missing key. */
export async function translatorFor(locale: Locale): Promise<Translate & { locale: Locale }> {
  const [primary, fallback] = await Promise.all([loadMessages(locale), loadMessages('en')]);
  return Object.assign(makeTranslate(primary, fallback), { locale });
}
