import { z } from 'zod';
import { sellerHistoryRequestSchema, sellerHistoryResponseSchema } from '@/lib/reputation/seller-history';
import { MAX_IMPORT_BYTES, importCountsSchema, importResultSchema } from './format';

/**
 * Schemas of the user-data messages (extension pages only): export, import
 * and erase of the user's own data, the seller card's history, and the
 * "report a wrong verdict" link.
 */
const tabIdSchema = z.number().int().min(0).max(2 ** 31);

/** Router limit for an import: JSON escaping of the file text can at most double it. */
export const USER_DATA_IMPORT_MAX_MESSAGE_BYTES = MAX_IMPORT_BYTES * 2 + 1024;

export const userDataMessages = {
  exportRequest: z.object({}).strict(),
  exportResponse: z.object({
    json: z.string().max(MAX_IMPORT_BYTES),
    filename: z.string().max(100),
    counts: importCountsSchema.pick({ userRules: true, observations: true }).extend({ skipped: z.number().int() }),
  }),
  importRequest: z.object({
    json: z.string().max(MAX_IMPORT_BYTES),
    mode: z.enum(['merge', 'replace']).default('merge'),
  }).strict(),
  importResponse: importResultSchema,
  /** Erasing everything must be asked for in so many words. */
  eraseRequest: z.object({ confirm: z.literal('erase-everything') }).strict(),
  eraseResponse: z.object({ cleared: z.array(z.string().max(80)).max(100) }),
  sellerHistoryRequest: sellerHistoryRequestSchema,
  sellerHistoryResponse: sellerHistoryResponseSchema,
  reportUrlRequest: z.object({ tabId: tabIdSchema }).strict(),
  reportUrlResponse: z.object({ url: z.string().url().max(2000).nullable(), listTitle: z.string().max(200).nullable() }),
};
