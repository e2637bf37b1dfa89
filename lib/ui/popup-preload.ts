import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { targetTab } from '@/lib/popup/target-tab';
import { translatorFor, type Locale, type Translate } from '@/lib/i18n/messages';
import { uiLocale } from './ui-locale';

/**
 * The popup's first questions, asked before React and the rest of the popup
 * have even loaded: which tab, what is its verdict, and the strings in the
 * user's language. The popup's entry script starts them, then loads the
 * interface; the round trip to the background and the reading of the
 * locale file overlap with parsing the interface's code.
 */
export interface FirstLoad {
  tab: { id: number; url?: string } | undefined;
  got?: ResponseOf<'getTabVerdict'>;
}

let pending: { search: string; result: Promise<FirstLoad> } | undefined;

export function loadFirst(search: string): Promise<FirstLoad> {
  return (async () => {
    const tab = await targetTab(search);
    const first = tab ? { tab, got: await send('getTabVerdict', { tabId: tab.id }) } : { tab };
    performance.mark('guard:first-answer');
    return first;
  })();
}

export function preloadFirst(search: string): void {
  const result = loadFirst(search);
  // Nobody may take it (the popup closed): keep a rejection from being reported as unhandled.
  result.catch(() => undefined);
  pending = { search, result };
}

/** The preloaded answer for this address, once; undefined when none was started. */
export function takeFirst(search: string): Promise<FirstLoad> | undefined {
  if (pending?.search !== search) return undefined;
  const { result } = pending;
  pending = undefined;
  return result;
}

let strings: Promise<Translate & { locale: Locale }> | undefined;

export function preloadStrings(): void {
  strings = uiLocale().then(translatorFor);
  strings.catch(() => undefined);
}

/** The preloaded strings, once; undefined when none were started (options page, tests). */
export function takeStrings(): Promise<Translate & { locale: Locale }> | undefined {
  const s = strings;
  strings = undefined;
  return s;
}
