import type { AppDB } from '@/lib/db/app-db';
import { pageFactsSchema } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import { registrableDomain } from '@/lib/domain/registrable';
import { marketplaceOfDomain } from '@/lib/sites/hosts';
import { userRulesFor } from '@/lib/db/user-rules';
import { evaluate } from '@/lib/risk/score';
import { loadTabState, saveTabState } from '@/lib/background/tab-state';
import { showBadge } from '@/lib/background/badge';
import { translator } from '@/lib/i18n/translator';
import { listHitsFor } from './list-hits';

/**
 * Checks the host of a page the user opened against the lists, without
 * reading the page (works on every site, with or without a content script).
 * Only a hit produces a verdict: the site is named by a list, so the badge
 * warns at once. When the content script later reports the page, its full
 * verdict (which includes the same list findings) replaces this one.
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
  if (lists.hits.length === 0) return undefined;
  // Nothing was read from the page: `other` keeps heuristics out, only lists and the user's decisions count.
  const facts = pageFactsSchema.parse({
    marketplace,
    pageKind: 'other',
    url: url.href,
    extraction: { adapter: 'list-check', version: 1, missing: [] },
  });
  const userRules = await userRulesFor(db, domain, marketplace);
  const verdict = evaluate(facts, { now, domain, userRules, listHits: lists.hits }, undefined, lists.version);
  // The content script may have answered first; its verdict for this page already holds the list findings.
  const existing = await loadTabState(tabId);
  if (existing && existing.url === url.href && 'verdict' in existing) return existing.verdict;
  await saveTabState(tabId, { url: url.href, facts, verdict });
  const t = await translator();
  await showBadge(tabId, verdict.level, `${t('extName')}: ${t(`level_${verdict.level.replace(/-/g, '_')}`)}`);
  return verdict;
}
