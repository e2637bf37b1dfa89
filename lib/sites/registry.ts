import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { aliexpressAdapter } from './aliexpress';
import { amazonAdapter } from './amazon';
import { ebayAdapter } from './ebay';
import { etsyAdapter } from './etsy';
import { walmartAdapter } from './walmart';
import { lazadaAdapter } from './lazada';
import { mercadolibreAdapter } from './mercadolibre';
import { alibabaAdapter } from './alibaba';
import { taobaoAdapter } from './taobao';
import { tmallAdapter } from './tmall';
import { temuAdapter } from './temu';
import { sheinAdapter } from './shein';
import { shopeeAdapter } from './shopee';
import { rakutenAdapter } from './rakuten';
import { jdAdapter } from './jd';
import { wishAdapter } from './wish';
import { genericAdapter } from './generic';
import { readPage } from './read-page';

/** Marketplace adapters, tried in order; the generic adapter reads every other shop. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  aliexpressAdapter, amazonAdapter, ebayAdapter, etsyAdapter, walmartAdapter, lazadaAdapter, mercadolibreAdapter,
  alibabaAdapter, taobaoAdapter, tmallAdapter, temuAdapter, sheinAdapter, shopeeAdapter, rakutenAdapter, jdAdapter, wishAdapter,
];

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
    const facts = readPage(adapter, doc, url);
    if (facts || adapter === genericAdapter) return facts;
  } catch {
    // A hostile or unexpected page must never break the content script.
  }
  try {
    return readPage(genericAdapter, doc, url);
  } catch {
    return null;
  }
}
