import { defineContentScript } from 'wxt/utils/define-content-script';
import { marketplaceMatchPatterns } from '@/lib/sites/hosts';
import { createReader } from '@/lib/content/reader';
import { send } from '@/lib/messaging/client';
import { bannerOnVerdict } from '@/lib/banner/trigger';

/** Guard: the popup may inject this file into a tab where it already runs. */
const LOADED = Symbol.for('shopping-guard.reader');

export default defineContentScript({
  matches: marketplaceMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as unknown as Record<symbol, { readOnce: () => Promise<void> } | undefined>;
    const existing = scope[LOADED];
    if (existing) {
      void existing.readOnce();
      return;
    }
    const reader = createReader({
      doc: document,
      location: () => location.href,
      report: (facts) => send('reportFacts', facts),
      reportNotShop: () => send('reportNotShop', {}),
      // The banner script is injected by the background only when the verdict calls for it.
      onVerdict: (verdict) => bannerOnVerdict(verdict, () => send('showBanner', {})),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
      observe(cb) {
        const mo = new MutationObserver(cb);
        mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        return () => mo.disconnect();
      },
    });
    scope[LOADED] = reader;
    reader.start();
    ctx.addEventListener(window, 'wxt:locationchange', () => reader.navigated());
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (!document.hidden) reader.start();
    });
    ctx.onInvalidated(() => {
      reader.stop();
      scope[LOADED] = undefined;
    });
  },
});
