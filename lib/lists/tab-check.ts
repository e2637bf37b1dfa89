import type { AppDB } from '@/lib/db/app-db';
import { pageFactsSchema } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import { registrableDomain } from '@/lib/domain/registrable';
import { marketplaceOfDomain } from '@/lib/sites/hosts';
import { userRulesFor } from '@/lib/db/user-rules';
import { evaluate } from '@/lib/risk/score';
import { clearTabState, loadTabState, saveTabState } from '@/lib/background/tab-state';
import { showBadge } from '@/lib/background/badge';
import { translator } from '@/lib/i18n/translator';
import { listHitsFor } from './list-hits';

/** `extraction.adapter` of the facts behind a verdict made from the address alone. */
export const HOST_CHECK_ADAPTER = 'list-check';

/**
 * Checks the host of a page the user opened against the lists, without
 * reading the page (works on every site, with or without a content script).
 * Only a hit produces a verdict: the site is named by a list, so the badge
 * warns at once. When the content script reports the page, its full verdict
 * (which holds the same list findings) is kept over this one. Run again when
 * the page has loaded, it puts the badge back: the browser resets a tab's
 * badge when a navigation commits, which may come after the first check.
 */
export async function checkTabHost(db: AppDB, tabId: number, rawUrl: string, now = new Date()): Promise<Verdict | undefined> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const domain = registrableDomain(url.hostname);
  const marketplace = marketplaceOfDomain(domain);
  const lists = await listHitsFor(db, url.hostname, marketplace);
  const existing = await loadTabState(tabId);
  const previous = existing && existing.url === url.href && 'verdict' in existing ? existing : undefined;
  const previousFromAddress = previous?.facts.extraction.adapter === HOST_CHECK_ADAPTER;
  if (lists.hits.length === 0) {
    // No longer listed (list updated, host allowlisted): drop our own stale verdict, never the page's.
    if (previousFromAddress) await clearTabState(tabId);
    return undefined;
  }
  const t = await translator();
  const badge = (v: Verdict) => showBadge(tabId, v.level, `${t('extName')}: ${t(`level_${v.level.replace(/-/g, '_')}`)}`);
  if (previous && !previousFromAddress) {
    await badge(previous.verdict);
    return previous.verdict;
  }
  // Nothing was read from the page: `other` keeps heuristics out, only lists and the user's decisions count.
  const facts = pageFactsSchema.parse({
    marketplace,
    pageKind: 'other',
    url: url.href,
    extraction: { adapter: HOST_CHECK_ADAPTER, version: 1, missing: [] },
  });
  const userRules = await userRulesFor(db, domain, marketplace);
  const verdict = evaluate(facts, { now, domain, userRules, listHits: lists.hits }, undefined, lists.version);
  await saveTabState(tabId, { url: url.href, facts, verdict });
  await badge(verdict);
  return verdict;
}
