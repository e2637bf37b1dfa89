import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';

/**
 * Reads the page and reports it, again when late data arrives (marketplaces
 * render after load) and on in-page navigation. The wait is bounded, and a
 * hidden tab does no work until it is shown.
 */
export interface ReaderDeps {
  doc: Document;
  location: () => string;
  /** True while the tab is in the background (`document.hidden`). */
  hidden: () => boolean;
  /** The page reader this content script carries (one marketplace's adapter, or the generic one). */
  extract: (doc: Document, url: URL) => PageFactsInput | null;
  report: (facts: PageFactsInput) => Promise<Verdict | null>;
  /** Tells the background the page is not a shop (once per page). */
  reportNotShop: () => Promise<unknown>;
  onVerdict?: (verdict: Verdict | null) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Subscribes to DOM changes; returns an unsubscribe. */
  observe: (cb: () => void) => () => void;
}

/** How long late data is waited for after each navigation. */
export const LATE_DATA_WINDOW_MS = 8000;
/** Quiet time after the last DOM change before reading again. */
export const SETTLE_MS = 400;

export function createReader(deps: ReaderDeps) {
  let lastSent = '';
  let toldNotShop = false;
  let stopObserving: (() => void) | undefined;
  let settleTimer: unknown;
  let windowTimer: unknown;

  async function readOnce(): Promise<void> {
    if (deps.hidden()) return;
    let url: URL;
    try {
      url = new URL(deps.location());
    } catch {
      return;
    }
    const facts = deps.extract(deps.doc, url);
    if (!facts) {
      if (!toldNotShop && !lastSent) {
        toldNotShop = true;
        await deps.reportNotShop().catch(() => undefined);
      }
      return;
    }
    const key = JSON.stringify(facts);
    if (key === lastSent) return;
    lastSent = key;
    try {
      // Not `onVerdict?.(await report())`: optional call would skip the report when no listener is set.
      const verdict = await deps.report(facts);
      deps.onVerdict?.(verdict);
    } catch {
      // The worker may be restarting or refuse; the next change retries.
      lastSent = '';
    }
  }

  function stop(): void {
    stopObserving?.();
    stopObserving = undefined;
    deps.clearTimeout(settleTimer);
    deps.clearTimeout(windowTimer);
  }

  /** Reads now, then re-reads on DOM changes for a bounded window. */
  function start(): void {
    stop();
    void readOnce();
    stopObserving = deps.observe(() => {
      deps.clearTimeout(settleTimer);
      settleTimer = deps.setTimeout(() => void readOnce(), SETTLE_MS);
    });
    windowTimer = deps.setTimeout(stop, LATE_DATA_WINDOW_MS);
  }

  return {
    start,
    stop,
    /** In-page navigation: forget what was sent and read the new page. */
    navigated(): void {
      lastSent = '';
      toldNotShop = false;
      start();
    },
    readOnce,
  };
}
