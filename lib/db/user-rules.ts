import type { AppDB } from './app-db';
import { sellerKey, userRuleId, type UserRule, type UserRuleInput } from './user-rules-schema';
import { registrableDomain } from '@/lib/domain/registrable';

/** The user's rules on a page's domain and seller (either may be absent). */
export async function userRulesFor(db: AppDB, domain: string, marketplace: string, sellerId?: string): Promise<{ domain?: UserRule; seller?: UserRule }> {
  const ids = [userRuleId('domain', domain)];
  if (sellerId) ids.push(userRuleId('seller', sellerKey(marketplace, sellerId)));
  const [d, s] = await db.userRules.bulkGet(ids);
  return { ...(d ? { domain: d } : {}), ...(s ? { seller: s } : {}) };
}

/** Creates or replaces the user's rule on a domain or seller. */
export async function putUserRule(db: AppDB, input: UserRuleInput, now = Date.now()): Promise<UserRule> {
  const t = input.target;
  const kind = t.kind;
  const key = t.kind === 'domain' ? registrableDomain(t.domain) : sellerKey(t.marketplace, t.sellerId);
  const label = t.kind === 'domain' ? key : t.sellerName || t.sellerId;
  const id = userRuleId(kind, key);
  return db.transaction('rw', db.userRules, async () => {
    const existing = await db.userRules.get(id);
    const rule: UserRule = {
      id, kind, key, label, action: input.action,
      ...(input.note !== undefined ? { note: input.note } : existing?.note ? { note: existing.note } : {}),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.userRules.put(rule);
    return rule;
  });
}
