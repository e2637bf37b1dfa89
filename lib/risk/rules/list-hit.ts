import type { Finding, RiskCategory, Severity } from '@/lib/facts/verdict';
import type { ListCategory, ListHit } from '@/lib/lists/types';
import type { Rule } from '../rule';
import { finding } from '../rule';

/** Where each kind of list falls in the risk taxonomy. */
const CATEGORY_OF: Record<ListCategory, RiskCategory> = {
  fake_shop: 'reputation',
  scam: 'reputation',
  seller: 'reputation',
  counterfeit: 'product',
  dropshipping: 'logistics',
  phishing: 'payment',
};

/**
 * Dropshipping lists describe a business model, not fraud (research §5.6):
 * a hit is informational at most "caution", whatever the list says.
 */
const CAP: Partial<Record<ListCategory, Severity>> = { dropshipping: 'caution' };
const RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2, danger: 3 };

/**
 * A list names this site or seller (hits computed before evaluation and
 * passed in `ctx.listHits`). One finding per list, naming the list and the
 * date of its version; its severity is the list's, so a list hit may reach
 * danger. The allowlists were applied when the hits were computed.
 */
export const listHit: Rule = {
  id: 'list-hit',
  category: 'reputation',
  severity: 'danger',
  source: { kind: 'list', title: 'Subscribed lists' },
  evaluate(_facts, ctx) {
    const out: Finding[] = [];
    for (const h of ctx.listHits ?? []) out.push(toFinding(this, h));
    return out;
  },
};

function toFinding(rule: Rule, h: ListHit): Finding {
  const cap = CAP[h.category];
  const severity = cap && RANK[h.severity] > RANK[cap] ? cap : h.severity;
  const f = finding(rule, [h.title, h.matched], {
    list: h.title,
    ...(h.kind === 'domain' ? { listedDomain: h.matched } : { listedSeller: h.matched }),
    ...(h.reason ? { listReason: h.reason } : {}),
    ...(h.date ? { listDate: h.date } : {}),
  }, severity);
  return {
    ...f,
    category: CATEGORY_OF[h.category],
    messageKey: h.kind === 'seller' ? 'rule_list_hit_seller' : 'rule_list_hit',
    source: { kind: 'list', title: h.title, ...(h.homepage ? { url: h.homepage } : {}), ...(h.date ? { date: h.date } : {}) },
  };
}
