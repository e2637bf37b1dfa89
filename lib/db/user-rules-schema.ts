import { z } from 'zod';

/**
 * The user's own judgement: block or trust a domain or a marketplace seller,
 * with an optional note. A user rule always wins over lists and heuristics.
 */
export const userRuleInputSchema = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('domain'), domain: z.string().min(1).max(253) }),
    z.object({ kind: z.literal('seller'), marketplace: z.string().min(1).max(40), sellerId: z.string().min(1).max(200), sellerName: z.string().max(300).optional() }),
  ]),
  action: z.enum(['block', 'trust', 'note']),
  note: z.string().max(2000).optional(),
}).strict();
export type UserRuleInput = z.infer<typeof userRuleInputSchema>;

export const userRuleSchema = z.object({
  /** `domain:<registrable domain>` or `seller:<marketplace>:<seller id>`. */
  id: z.string().max(400),
  kind: z.enum(['domain', 'seller']),
  /** Registrable domain, or `<marketplace>:<sellerId>`. */
  key: z.string().max(400),
  label: z.string().max(300),
  action: z.enum(['block', 'trust', 'note']),
  note: z.string().max(2000).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type UserRule = z.infer<typeof userRuleSchema>;

export function sellerKey(marketplace: string, sellerId: string): string {
  return `${marketplace}:${sellerId}`;
}

export function userRuleId(kind: 'domain' | 'seller', key: string): string {
  return `${kind}:${key}`;
}
