import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { aliexpressAdapter } from './aliexpress';
import { amazonAdapter } from './amazon';
import { ebayAdapter } from './ebay';
import { genericAdapter } from './generic';

/** Marketplace adapters, tried in order; the generic adapter reads every other shop. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [aliexpressAdapter, amazonAdapter, ebayAdapter];

export function adapterFor(url: URL): SiteAdapter {
  return SITE_ADAPTERS.find((a) => a.matches(url)) ?? genericAdapter;
}

/**
 * Reads a page with its marketplace adapter. A marketplace page its adapter
 * cannot read falls back to structured data, so a redesign degrades to
 * fewer fields rather than to nothing.
 */
export function extractPage(doc: Document, url: URL): PageFactsInput | null {
  const adapter = adapterFor(url);
  try {
    const facts = adapter.extract(doc, url);
    if (facts || adapter === genericAdapter) return facts;
  } catch {
    // A hostile or unexpected page must never break the content script.
  }
  try {
    return genericAdapter.extract(doc, url);
  } catch {
    return null;
  }
}
