import type { Verdict } from '@/lib/facts/verdict';
import type { UserRule, UserRuleInput } from '@/lib/db/user-rules-schema';

/**
 * What the user's decision and note are about on this page: the seller on a
 * marketplace (the platform itself is not the risk), the site elsewhere.
 */
export function ruleTargetOf(subject: Verdict['subject']): { id: string; target: UserRuleInput['target'] } | undefined {
  const { host, marketplace, sellerId, sellerName } = subject;
  if (marketplace !== 'shop') {
    if (!sellerId) return undefined;
    return { id: `seller:${marketplace}:${sellerId}`, target: { kind: 'seller', marketplace, sellerId, ...(sellerName ? { sellerName } : {}) } };
  }
  return host ? { id: `domain:${host}`, target: { kind: 'domain', domain: host } } : undefined;
}

/** The input that recreates a stored rule (options page edits): the key holds the domain or `marketplace:sellerId`. */
export function targetOfRule(rule: UserRule): UserRuleInput['target'] {
  if (rule.kind === 'domain') return { kind: 'domain', domain: rule.key };
  const cut = rule.key.indexOf(':');
  return { kind: 'seller', marketplace: rule.key.slice(0, cut), sellerId: rule.key.slice(cut + 1), sellerName: rule.label };
}
