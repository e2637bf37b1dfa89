import { z } from 'zod';
import { severitySchema } from '@/lib/facts/verdict';
import { MAX_LIST_BYTES } from './decode';
import { listCategorySchema, listErrorCodeSchema, listFormatSchema } from './types';

/**
 * Schemas of the list-management messages (extension pages only), used by
 * the one protocol map in `lib/messaging/protocol.ts`.
 */

const listId = z.string().min(1).max(80);

export const listErrorSchema = z.object({ code: listErrorCodeSchema, detail: z.string().max(300).optional() });
export type ListErrorView = z.infer<typeof listErrorSchema>;

/** A list as the options page shows it. */
export const listViewSchema = z.object({
  id: listId,
  origin: z.enum(['catalog', 'url', 'file']),
  title: z.string().max(200),
  category: listCategorySchema,
  severity: severitySchema,
  format: listFormatSchema,
  license: z.string().max(120).optional(),
  licenseNote: z.string().max(400).optional(),
  homepage: z.string().max(2000).optional(),
  url: z.string().max(2000).optional(),
  enabled: z.boolean(),
  enabledByDefault: z.boolean(),
  entryCount: z.number().int().optional(),
  /** ISO date of the stored copy's version. */
  version: z.string().max(40).optional(),
  fetchedAt: z.number().optional(),
  nextUpdateAt: z.number().optional(),
  lastError: listErrorSchema.extend({ at: z.number() }).optional(),
});
export type ListView = z.infer<typeof listViewSchema>;

/** Either the list after the change, or why nothing changed. */
export const listResultSchema = z.object({ list: listViewSchema.optional(), error: listErrorSchema.optional() });

const userListOptions = {
  title: z.string().min(1).max(200).optional(),
  category: listCategorySchema.optional(),
  severity: severitySchema.optional(),
  format: listFormatSchema.optional(),
};

export const listMessages = {
  catalogResponse: z.object({
    lists: z.array(listViewSchema),
    allowlist: z.object({ shipped: z.array(z.string().max(253)), user: z.array(z.string().max(253)) }),
  }),
  idRequest: z.object({ id: listId }).strict(),
  addByUrlRequest: z.object({ url: z.string().min(1).max(2000), ...userListOptions }).strict(),
  importFileRequest: z.object({
    name: z.string().max(255),
    /** The file's text as the page read it (UTF-8); checked again here. */
    text: z.string().max(MAX_LIST_BYTES + 1),
    replaceId: listId.optional(),
    ...userListOptions,
  }).strict(),
  updateRequest: z.object({ id: listId.optional() }).strict(),
  updateResponse: z.array(z.object({ id: listId, status: z.enum(['updated', 'not-modified', 'failed']), count: z.number().int().optional(), error: listErrorSchema.optional() })),
  domainRequest: z.object({ domain: z.string().min(1).max(300) }).strict(),
  allowlistResponse: z.object({ domain: z.string().max(253).optional(), changed: z.boolean(), error: listErrorSchema.optional() }),
  hostRequest: z.object({ host: z.string().min(1).max(300) }).strict(),
  hostResponse: z.object({
    allowed: z.boolean(),
    hits: z.array(z.object({ listId, title: z.string().max(200), severity: severitySchema, category: listCategorySchema, matched: z.string().max(300), date: z.string().max(40).optional() })),
  }),
};

/**
 * Largest import accepted over messaging, as serialized JSON: the list cap
 * with room for escaped line breaks (`\n` doubles them). The text itself is
 * held to `MAX_LIST_BYTES` by the handler.
 */
export const IMPORT_MAX_MESSAGE_BYTES = Math.ceil(MAX_LIST_BYTES * 1.25);
