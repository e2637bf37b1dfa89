import { useEffect, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/messages';
import { takeStrings } from '@/lib/ui/popup-preload';

/**
 * The translate function for the current language setting; re-renders when
 * it changes. The popup's entry script may have read the strings already;
 * the settings module (and zod with it) is loaded after the first screen,
 * only to follow later changes.
 */
export function useTranslate(): (Translate & { locale: Locale }) | undefined {
  const [t, setT] = useState<(Translate & { locale: Locale }) | undefined>();
  useEffect(() => {
    let live = true;
    let unwatch: (() => void) | undefined;
    const show = (next: Translate & { locale: Locale }) => {
      performance.mark('guard:strings');
      if (live) setT(() => next);
    };
    const load = () => void import('@/lib/i18n/translator').then((m) => m.translator()).then(show).catch(() => undefined);
    const early = takeStrings();
    if (early) void early.then(show, load);
    else load();
    void import('@/lib/settings/settings').then(({ watchSettings }) => {
      if (live) unwatch = watchSettings(load);
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  return t;
}
