import type { PageFacts } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import type { AppDB } from '@/lib/db/app-db';
import { registrableDomain } from '@/lib/domain/registrable';
import { marketplaceOfDomain } from '@/lib/sites/hosts';
import { userRulesFor } from '@/lib/db/user-rules';
import { recordObservation } from '@/lib/reputation/observe';
import { summarizeHistory } from '@/lib/reputation/summary';
import type { ReputationSummary } from '@/lib/reputation/types';
import { evaluate } from '@/lib/risk/score';
import { listHitsFor } from '@/lib/lists/list-hits';

/**
 * The background's judgement of one page. The page's address is the one the
 * browser gave for the sender, never the payload's: a content script in a
 * hostile page cannot get another site judged, or pose as a marketplace.
 * `record: false` re-judges facts already recorded (after the user changes
 * a rule), so a re-check adds no sighting of its own.
 */
export async function checkPage(db: AppDB, reported: PageFacts, pageUrl: URL, now = new Date(), { record = true } = {}): Promise<{ facts: PageFacts; verdict: Verdict }> {
  const domain = registrableDomain(pageUrl.hostname);
  const hostMarketplace = marketplaceOfDomain(domain);
  const facts: PageFacts = {
    ...reported,
    url: pageUrl.href,
    // A claim of being a marketplace only holds on that marketplace's domains.
    marketplace: hostMarketplace === reported.marketplace ? reported.marketplace : 'shop',
  };
  // History first: it holds only earlier visits, so this page is never compared with itself.
  let history: ReputationSummary = {};
  try {
    history = await summarizeHistory(db, facts, domain, now.getTime());
  } catch {
    // Unreadable history only loses the history-based signals.
  }
  try {
    if (record) await recordObservation(db, facts, domain, now.getTime());
  } catch {
    // A full disk must not stop the shopper from getting a verdict.
  }
  const userRules = await userRulesFor(db, domain, facts.marketplace, facts.seller.id);
  const lists = await listHitsFor(db, pageUrl.hostname, facts.marketplace, facts.seller.id);
  const verdict = evaluate(facts, { now, domain, userRules, listHits: lists.hits, history }, undefined, lists.version);
  return { facts, verdict };
}
