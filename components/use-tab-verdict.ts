import { useCallback, useEffect, useState } from 'react';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import { send } from '@/lib/messaging/client';
import { loadFirst, takeFirst } from '@/lib/ui/popup-preload';

export type TabVerdictState =
  | { phase: 'loading' }
  /** No verdict; `tabId` is set when the tab is a web page (it can still be captured). */
  | { phase: 'none'; tabId?: number }
  | { phase: 'ready'; tabId: number; verdict: Verdict; facts: PageFacts };

const POLL_MS = 150;
const INSPECT_WAIT_MS = 4000;
const isWeb = (url: string | undefined) => Boolean(url && /^https?:/.test(url));

async function waitForVerdict(tabId: number, until: number) {
  for (;;) {
    const got = await send('getTabVerdict', { tabId });
    if (got.verdict || got.notShop || Date.now() > until) return got;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * The verdict of the tab the popup is about, fetched first and alone so the
 * popup can show it at once; everything else loads after. An independent
 * shop that no content script has read yet is read now, with the popup's
 * activeTab grant. `reload` fetches again (after the user changes a rule).
 */
export function useTabVerdict(search: string): [TabVerdictState, () => void] {
  const [state, setState] = useState<TabVerdictState>({ phase: 'loading' });

  const load = useCallback(async () => {
    // The first load may have been started by the popup's entry script already.
    const first = await (takeFirst(search) ?? loadFirst(search));
    const tab = first.tab;
    if (!tab || !first.got) return setState({ phase: 'none' });
    let got = first.got;
    if (!got.verdict && !got.notShop && isWeb(tab.url)) {
      await send('inspectTab', { tabId: tab.id });
      got = await waitForVerdict(tab.id, Date.now() + INSPECT_WAIT_MS);
    }
    if (!got.verdict || !got.facts) return setState({ phase: 'none', ...(isWeb(tab.url) ? { tabId: tab.id } : {}) });
    performance.mark('guard:verdict-data');
    setState({ phase: 'ready', tabId: tab.id, verdict: got.verdict, facts: got.facts });
  }, [search]);

  useEffect(() => {
    void load().catch(() => setState({ phase: 'none' }));
  }, [load]);

  return [state, useCallback(() => void load().catch(() => undefined), [load])];
}
