import type { PageFactsInput } from '@/lib/facts/page-facts';
import type { SiteAdapter } from './types';
import { copyWithoutShadowing, formShadowsMember, unclobbered } from './util/unclobbered';

/**
 * Reads a page with an adapter, as every caller must: through
 * `unclobbered`, so markup that shadows the DOM's members (a form control
 * named `getAttribute`) cannot blind the readers. When the read throws
 * anyway, the forms themselves are asked (a page script can leave a form
 * answering for a name its control no longer carries), and a copy without
 * the shadowing names is read instead. Other errors are thrown on.
 */
export function readPage(adapter: SiteAdapter, doc: Document, url: URL): PageFactsInput | null {
  const page = unclobbered(doc);
  try {
    return adapter.extract(page, url);
  } catch (error) {
    if (page !== doc || !formShadowsMember(doc)) throw error;
    return adapter.extract(copyWithoutShadowing(doc), url);
  }
}
