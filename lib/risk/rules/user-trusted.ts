import type { Rule } from '../rule';
import { finding } from '../rule';

/** The user trusts this domain or seller: an override shown as such. */
export const userTrusted: Rule = {
  id: 'user-trusted',
  category: 'reputation',
  severity: 'info',
  source: { kind: 'user', title: 'Your trusted list' },
  evaluate(facts, ctx) {
    const { domain, seller } = ctx.userRules;
    const rule = seller?.action === 'trust' ? seller : domain?.action === 'trust' ? domain : undefined;
    return rule ? [finding(this, [rule.label], { trusted: rule.label })] : [];
  },
};
