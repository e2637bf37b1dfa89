import { useEffect, useState } from 'react';
import { translator, type Locale, type Translate } from '@/lib/i18n/translator';
import { watchSettings } from '@/lib/settings/settings';

/** The translate function for the current language setting; re-renders when it changes. */
export function useTranslate(): (Translate & { locale: Locale }) | undefined {
  const [t, setT] = useState<(Translate & { locale: Locale }) | undefined>();
  useEffect(() => {
    let live = true;
    const load = () => void translator().then((next) => {
      performance.mark('guard:strings');
      if (live) setT(() => next);
    });
    load();
    const unwatch = watchSettings(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return t;
}
