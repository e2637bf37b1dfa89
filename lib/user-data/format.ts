import { z } from 'zod';
import { decimalSchema, marketplaceSchema, webUrlSchema } from '@/lib/facts/page-facts';
import { userRuleSchema } from '@/lib/db/user-rules-schema';
import { RETENTION } from '@/lib/reputation/retention-limits';

/**
 * The file a user exports and imports: their own decisions and notes (user
 * rules) and the sightings of sellers and listings. Every field is bounded
 * as tightly as the extension itself writes it, so a file that passes can
 * be written without surprises, and a hostile one cannot smuggle in huge
 * strings, foreign fields or inconsistent keys.
 */
export const USER_DATA_FORMAT = 'cross-border-shopping-guard/user-data';
export const USER_DATA_VERSION = 1;

/** Largest import accepted: a full history (20,000 sightings) is about 10 MB. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_IMPORT_RULES = 10_000;

const text = (max: number) => z.string().max(max);
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);

export const exportedObservationSchema = z.object({
  at: epochMs,
  marketplace: marketplaceSchema,
  host: z.string().min(1).max(253).regex(/^[^\s/@]+$/),
  sellerKey: z.string().min(3).max(460),
  listingKey: z.string().min(3).max(760).optional(),
  sellerName: text(300).optional(),
  sku: text(200).optional(),
  title: text(1000).optional(),
  brand: text(200).optional(),
  image: webUrlSchema.optional(),
  category: text(300).optional(),
  price: decimalSchema.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  listPrice: decimalSchema.optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().min(0).max(1e9).optional(),
  feedbackPercent: z.number().min(0).max(100).optional(),
  feedbackCount: z.number().int().min(0).max(1e9).optional(),
  openedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  years: z.number().min(0).max(100).optional(),
}).strict().refine((o) => o.sellerKey.startsWith(`${o.marketplace}:`), { message: 'sellerKey does not belong to its marketplace', path: ['sellerKey'] })
  .refine((o) => o.listingKey === undefined || o.listingKey.startsWith(`${o.marketplace}:`), { message: 'listingKey does not belong to its marketplace', path: ['listingKey'] });
export type ExportedObservation = z.infer<typeof exportedObservationSchema>;

export const exportedUserRuleSchema = userRuleSchema.extend({
  createdAt: epochMs,
  updatedAt: epochMs,
}).strict().refine((r) => r.id === `${r.kind}:${r.key}`, { message: 'id does not match kind and key', path: ['id'] });

export const userDataFileSchema = z.object({
  format: z.literal(USER_DATA_FORMAT),
  version: z.literal(USER_DATA_VERSION),
  exportedAt: z.string().max(40),
  userRules: z.array(exportedUserRuleSchema).max(MAX_IMPORT_RULES),
  observations: z.array(exportedObservationSchema).max(RETENTION.maxTotal),
}).strict().superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.userRules.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule ${r.id.slice(0, 80)}`, path: ['userRules', i, 'id'] });
    seen.add(r.id);
  });
});
export type UserDataFile = z.infer<typeof userDataFileSchema>;

/** Why an import was refused. The page shows `ud_import_error_<code>`. */
export const IMPORT_ERROR_CODES = ['too-large', 'not-json', 'hostile', 'wrong-format', 'unsupported-version', 'invalid', 'storage-full', 'write-failed'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export const importCountsSchema = z.object({
  userRules: z.number().int(),
  observations: z.number().int(),
  /** Sightings older than the retention age, not imported. */
  skippedOld: z.number().int(),
  /** Sightings already present, not imported twice. */
  duplicates: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importResultSchema = z.union([
  z.object({ imported: z.literal(true), counts: importCountsSchema }),
  z.object({ imported: z.literal(false), error: z.enum(IMPORT_ERROR_CODES), detail: z.string().max(300), params: z.array(z.string().max(100)).max(3) }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;
