import { z } from 'zod';

/** The eight categories of cross-border consumer risk a finding belongs to. */
export const RISK_CATEGORIES = [
  'payment', 'product', 'logistics', 'after-sales', 'privacy', 'legal', 'reputation', 'listing',
] as const;
export const riskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof riskCategorySchema>;

export const SEVERITIES = ['info', 'caution', 'warning', 'danger'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** Ordered from best to worst, except trusted-by-you which wins over all. */
export const VERDICT_LEVELS = ['trusted-by-you', 'no-data', 'low', 'caution', 'warning', 'danger'] as const;
export const verdictLevelSchema = z.enum(VERDICT_LEVELS);
export type VerdictLevel = z.infer<typeof verdictLevelSchema>;

export const findingSourceSchema = z.object({
  /** 'list' for a list hit, 'guidance' for published advice, 'user' for the user's own rule, 'history' for local observations. */
  kind: z.enum(['list', 'guidance', 'user', 'history']),
  title: z.string().max(300),
  url: z.string().url().max(2000).optional(),
  /** ISO date of the list version or the guidance. */
  date: z.string().max(40).optional(),
});
export type FindingSource = z.infer<typeof findingSourceSchema>;

const paramValue = z.union([z.string().max(500), z.number()]);

export const findingSchema = z.object({
  ruleId: z.string().max(80),
  category: riskCategorySchema,
  severity: severitySchema,
  /** i18n key of the message; params fill its placeholders. */
  messageKey: z.string().max(80),
  params: z.array(paramValue).max(9).default([]),
  /** The facts this finding rests on, as label → value, shown to the user. */
  evidence: z.record(z.string().max(80), paramValue).default({}),
  source: findingSourceSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export const verdictSchema = z.object({
  level: verdictLevelSchema,
  findings: z.array(findingSchema),
  checkedAt: z.string(),
  rulesVersion: z.number().int(),
  listsVersion: z.string().max(200),
  /** Set when a user override decided the level. */
  override: z.enum(['trusted', 'blocked']).optional(),
  /** Hostname or marketplace + seller the verdict is about. */
  subject: z.object({
    host: z.string().max(300),
    marketplace: z.string().max(40),
    sellerId: z.string().max(200).optional(),
    sellerName: z.string().max(300).optional(),
  }),
});
export type Verdict = z.infer<typeof verdictSchema>;
