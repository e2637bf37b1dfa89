import type { Rule } from '../rule';
import { finding } from '../rule';

/** The user blocked this domain or this seller. Always shown, always danger. */
export const userBlocked: Rule = {
  id: 'user-blocked',
  category: 'reputation',
  severity: 'danger',
  source: { kind: 'user', title: 'Your block list' },
  evaluate(facts, ctx) {
    const out = [];
    const { domain, seller } = ctx.userRules;
    if (domain?.action === 'block') out.push(finding(this, [domain.label], { domain: domain.label, ...(domain.note ? { note: domain.note } : {}) }));
    if (seller?.action === 'block') out.push(finding(this, [seller.label], { seller: seller.label, ...(seller.note ? { note: seller.note } : {}) }));
    return out;
  },
};
