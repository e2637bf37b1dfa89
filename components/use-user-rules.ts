import { useCallback, useEffect, useState } from 'react';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { send } from '@/lib/messaging/client';

/** The user's decisions and notes; undefined until loaded. `reload` after a change. */
export function useUserRules(enabled: boolean): [UserRule[] | undefined, () => Promise<void>] {
  const [rules, setRules] = useState<UserRule[]>();
  const reload = useCallback(async () => {
    setRules(await send('listUserRules', {}));
  }, []);
  useEffect(() => {
    if (enabled) void reload().catch(() => setRules([]));
  }, [enabled, reload]);
  return [rules, reload];
}
