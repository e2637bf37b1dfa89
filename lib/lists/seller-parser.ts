import Papa from 'papaparse';
import { MARKETPLACES, type Marketplace } from '@/lib/facts/page-facts';
import { ListError } from './errors';
import { sellerListKey, type SellerEntry } from './types';

/**
 * Seller lists: `marketplace, seller id, reason, source`, as CSV (with a
 * header row) or JSON (an array, or `{ "sellers": [...] }`). Keys are
 * `marketplace:sellerId`, the form the rest of the extension uses.
 * Only fields we know are read, each checked for type and length: a hostile
 * file cannot add properties, inject markup or grow without bound.
 */

/** At most this many sellers in one list. */
export const MAX_SELLERS = 200_000;
const MAX_ID = 200;
const MAX_TEXT = 300;

const KNOWN = new Set<string>(MARKETPLACES.filter((m) => m !== 'shop'));

export interface SellerParse {
  sellers: SellerEntry[];
  skipped: number;
}

function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return s ? s.slice(0, max) : undefined;
}

function field(row: Record<string, unknown>, names: readonly string[]): unknown {
  for (const n of names) if (Object.hasOwn(row, n)) return row[n];
  return undefined;
}

/** Turns one record into an entry, or undefined when it lacks a known marketplace or an id. */
function toEntry(row: Record<string, unknown>): SellerEntry | undefined {
  const marketplace = text(field(row, ['marketplace', 'platform', 'site']), 40)?.toLowerCase();
  const id = text(field(row, ['sellerid', 'seller', 'id', 'storeid', 'shopid']), MAX_ID + 1);
  if (!marketplace || !KNOWN.has(marketplace) || !id || id.length > MAX_ID) return undefined;
  const reason = text(field(row, ['reason', 'note', 'why']), MAX_TEXT);
  const source = text(field(row, ['source', 'ref', 'url']), MAX_TEXT);
  return { key: sellerListKey(marketplace as Marketplace, id), ...(reason ? { reason } : {}), ...(source ? { source } : {}) };
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '');

function collect(rows: readonly unknown[]): SellerParse {
  const byKey = new Map<string, SellerEntry>();
  let skipped = 0;
  for (const raw of rows) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      skipped++;
      continue;
    }
    const normalized: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(raw)) normalized[normalizeHeader(k)] = v;
    const entry = toEntry(normalized);
    if (!entry) {
      skipped++;
      continue;
    }
    if (!byKey.has(entry.key) && byKey.size >= MAX_SELLERS) throw new ListError('too-large', `over ${MAX_SELLERS} sellers`);
    byKey.set(entry.key, entry);
  }
  if (byKey.size === 0) throw new ListError('malformed', `no usable sellers in ${rows.length} records`);
  return { sellers: [...byKey.values()], skipped };
}

/** Parses a CSV seller list with a header row. */
export function parseSellerCsv(text: string): SellerParse {
  const parsed = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    comments: '#',
    transformHeader: normalizeHeader,
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('marketplace') && !fields.includes('platform')) throw new ListError('malformed', 'no "marketplace" column');
  return collect(parsed.data);
}

/** Parses a JSON seller list: an array of records, or an object with a `sellers` array. */
export function parseSellerJson(text: string): SellerParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ListError('malformed', err instanceof Error ? err.message.slice(0, 120) : 'invalid JSON');
  }
  const rows = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { sellers?: unknown }).sellers)
      ? (data as { sellers: unknown[] }).sellers
      : undefined;
  if (!rows) throw new ListError('malformed', 'expected an array of sellers');
  return collect(rows);
}
