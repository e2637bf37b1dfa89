import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from '@/lib/sites/types';
import { readPage } from '@/lib/sites/read-page';
import { domMember } from '@/lib/sites/util/unclobbered';
import { createReader } from './reader';
import { send } from '@/lib/messaging/client';
import { bannerOnVerdict } from '@/lib/banner/trigger';

/** Guard: the popup may inject the shop reader into a tab where a reader already runs. */
const LOADED = Symbol.for('shopping-guard.reader');

type Extract = (doc: Document, url: URL) => PageFactsInput | null;

/**
 * An adapter's `extract` through `readPage`, never throwing: a hostile or
 * unexpected page must not break the content script (a throw reads as "not
 * a shop").
 */
export function safeExtract(adapter: SiteAdapter): Extract {
  return (doc, url) => {
    try {
      return readPage(adapter, doc, url);
    } catch {
      return null;
    }
  };
}

/**
 * Everything a content script does, whichever adapter it carries: read the
 * page, report it, re-read on late data and in-page navigation, ask for the
 * banner when the verdict calls for it. Each entrypoint only picks the
 * adapter, so a marketplace page loads that marketplace's code alone.
 */
export function runReader(ctx: ContentScriptContext, extract: Extract): void {
  const scope = globalThis as unknown as Record<symbol, { readOnce: () => Promise<void> } | undefined>;
  const existing = scope[LOADED];
  if (existing) {
    void existing.readOnce();
    return;
  }
  const reader = createReader({
    doc: document,
    location: () => location.href,
    // Past `<img name="hidden">`, which would make the page look hidden forever.
    hidden: () => domMember<boolean>(document, 'hidden') === true,
    extract,
    report: (facts) => send('reportFacts', facts),
    reportNotShop: () => send('reportNotShop', {}),
    // The banner script is injected by the background only when the verdict calls for it.
    onVerdict: (verdict) => bannerOnVerdict(verdict, () => send('showBanner', {})),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    observe(cb) {
      const mo = new MutationObserver(cb);
      const root = domMember<Element | null>(document, 'documentElement');
      if (root) mo.observe(root, { childList: true, subtree: true, characterData: true });
      return () => mo.disconnect();
    },
  });
  scope[LOADED] = reader;
  reader.start();
  ctx.addEventListener(window, 'wxt:locationchange', () => reader.navigated());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (domMember<boolean>(document, 'hidden') !== true) reader.start();
  });
  ctx.onInvalidated(() => {
    reader.stop();
    scope[LOADED] = undefined;
  });
}
