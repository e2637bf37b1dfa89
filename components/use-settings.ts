import { useEffect, useState } from 'react';
import { getSettings, watchSettings, type Settings } from '@/lib/settings/settings';

/** The stored settings, live: undefined until read, then every change. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
