import { z } from 'zod';
import { severitySchema, type Severity } from '@/lib/facts/verdict';

/** What a list says about the sites or sellers on it. */
export const LIST_CATEGORIES = ['fake_shop', 'counterfeit', 'dropshipping', 'scam', 'phishing', 'seller'] as const;
export const listCategorySchema = z.enum(LIST_CATEGORIES);
export type ListCategory = z.infer<typeof listCategorySchema>;

/**
 * Formats a list can come in. `domains`: one hostname per line, the host and
 * its subdomains. `hosts`: `0.0.0.0 host` lines, the exact host plus its
 * `www.` alias. `abp`: `||host^` rules, host and subdomains. `sellers-csv` /
 * `sellers-json`: marketplace seller ids.
 */
export const LIST_FORMATS = ['domains', 'hosts', 'abp', 'sellers-csv', 'sellers-json'] as const;
export const listFormatSchema = z.enum(LIST_FORMATS);
export type ListFormat = z.infer<typeof listFormatSchema>;

export function isSellerFormat(format: ListFormat): format is 'sellers-csv' | 'sellers-json' {
  return format === 'sellers-csv' || format === 'sellers-json';
}

const httpUrl = z.string().max(2000).url().refine((u) => /^https?:\/\//i.test(u), 'http(s) only');

/**
 * The description of one list: what the catalog ships, or what the user gave
 * when adding a list. It never changes when the list's content is updated.
 */
export const listDefinitionSchema = z.object({
  id: z.string().min(1).max(80).regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().min(1).max(200),
  category: listCategorySchema,
  severity: severitySchema,
  /** SPDX id (or a short name) of the list's licence. */
  license: z.string().max(120).optional(),
  /** Notices to keep beside the licence (e.g. a header that names another licence). */
  licenseNote: z.string().max(400).optional(),
  homepage: httpUrl.optional(),
  /** Where to download from, first reachable wins. Empty for imported files. */
  contentUrls: z.array(httpUrl).max(4),
  format: listFormatSchema,
  /** Default time between updates when the list has no `Expires` header. */
  updateAfterHours: z.number().min(4).max(24 * 90),
  enabledByDefault: z.boolean(),
});
export type ListDefinition = z.infer<typeof listDefinitionSchema>;

/** Where a list came from. */
export type ListOrigin = 'catalog' | 'url' | 'file';

/** What is known about the stored copy of a list (absent until the first good copy). */
export interface ListCopy {
  /** ISO date of this version: the list's `Last modified`, the server's, or the fetch time. */
  version: string;
  /** Epoch ms of the list's own or the server's last modification, used so an older copy never replaces a newer one. */
  lastModified?: number;
  etag?: string;
  /** The server's `Last-Modified` header, echoed back in `If-Modified-Since`. */
  httpLastModified?: string;
  fetchedAt: number;
  entryCount: number;
  /** Lines that were not usable entries (comments excluded). */
  skipped: number;
  bytes: number;
  /** How long this copy stays fresh (from `Expires`, at least 4 h). */
  expiresMs: number;
  /** Title and homepage from the list's header, when it has them. */
  headerTitle?: string;
  headerHomepage?: string;
}

/** A short record of the last failure, shown to the user. The copy before it stays in use. */
export interface ListFailure {
  code: ListErrorCode;
  detail?: string;
  at: number;
}

/** One row of `lists`: subscription state and the description of the stored copy. */
export interface ListRow {
  id: string;
  origin: ListOrigin;
  enabled: boolean;
  /** User lists carry their own definition; catalog lists take theirs from the catalog. */
  def?: ListDefinition;
  copy?: ListCopy;
  checkedAt?: number;
  nextUpdateAt?: number;
  failures?: number;
  lastError?: ListFailure;
  /** Bumped on every content write; the data row carries the same number. */
  generation: number;
  addedAt: number;
}

/**
 * One row of `listData`: the compiled content of a list, written with its
 * `ListRow` in one transaction. Domain lists carry `table` (sorted 64-bit
 * fingerprints), seller lists carry `sellers`.
 */
export interface ListDataRow {
  id: string;
  generation: number;
  kind: 'domains' | 'sellers';
  count: number;
  table?: ArrayBuffer;
  /** Bucket index of `table`, so a woken worker need not rebuild it. */
  index?: ArrayBuffer;
  sellers?: SellerEntry[];
}

/** A seller on a seller list, keyed by `marketplace:sellerId`. */
export interface SellerEntry {
  key: string;
  reason?: string;
  source?: string;
}

/** The lookup key of a seller on a seller list. */
export function sellerListKey(marketplace: string, sellerId: string): string {
  return `${marketplace.toLowerCase()}:${sellerId.trim()}`;
}

/** A user allowlist row: the host and its subdomains are never flagged by a list. */
export interface AllowRow {
  domain: string;
  addedAt: number;
}

/** One list that lists the page's host or seller. */
export interface ListHit {
  listId: string;
  title: string;
  category: ListCategory;
  severity: Severity;
  homepage?: string;
  /** ISO date (yyyy-mm-dd) of the list version. */
  date?: string;
  kind: 'domain' | 'seller';
  /** The listed domain, or `marketplace:sellerId`. */
  matched: string;
  reason?: string;
}

export const LIST_ERROR_CODES = [
  'too-large', 'binary', 'encoding', 'not-a-list', 'malformed', 'older-copy', 'http-error', 'network',
  'timeout', 'disk-full', 'storage', 'bad-url', 'not-found', 'duplicate', 'not-removable', 'bad-domain',
] as const;
export type ListErrorCode = (typeof LIST_ERROR_CODES)[number];
export const listErrorCodeSchema = z.enum(LIST_ERROR_CODES);
