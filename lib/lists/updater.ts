import type { AppDB } from '@/lib/db/app-db';
import { compileList, detectFormat, type CompiledList } from './compile';
import { decodeListBytes } from './decode';
import { ListError, toListError } from './errors';
import { fetchList } from './fetch-list';
import { MIN_EXPIRES_MS, parseListDate } from './header';
import { invalidateMatcher } from './snapshot';
import { allLists, getList, patchRow, recordFailure, writeListCopy } from './store';
import type { ListCopy, ListDefinition, ListFormat } from './types';

/**
 * Keeping subscribed lists current, as uBlock Origin does: conditional
 * requests (`If-None-Match`, `If-Modified-Since`), the list's own `Expires`
 * with a 4-hour floor, a copy older than the stored one never replaces it,
 * and any failure leaves the last good copy in use.
 */

export interface UpdaterDeps {
  fetchImpl?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Pause between two downloads of one run. */
  sleep?: (ms: number) => Promise<void>;
}

export interface UpdateOutcome {
  id: string;
  status: 'updated' | 'not-modified' | 'failed';
  count?: number;
  error?: { code: ListError['code']; detail?: string };
}

const HOUR = 3_600_000;
/** uBO spaces automatic downloads 5 s apart. */
export const AUTO_SPACING_MS = 5_000;

/** How long a copy stays fresh: the list's `Expires` (at least 4 h), else the catalog's interval. */
export function freshnessMs(def: ListDefinition, headerExpiresMs: number | undefined): number {
  return Math.max(MIN_EXPIRES_MS, headerExpiresMs ?? def.updateAfterHours * HOUR);
}

/** When to try again after the n-th failure in a row: 1 h, 2 h, 4 h… never later than the normal interval. */
export function retryAfterMs(failures: number, freshMs: number): number {
  return Math.min(freshMs, HOUR * 2 ** Math.min(Math.max(0, failures - 1), 8));
}

export type Downloaded =
  | { kind: 'not-modified'; etag?: string; httpLastModified?: string }
  | { kind: 'ok'; compiled: CompiledList; copy: ListCopy; format: ListFormat };

/** Downloads, decodes and compiles one list. `format: 'auto'` detects it from the text. */
export async function downloadList(url: string, format: ListFormat | 'auto', def: ListDefinition | undefined, prev: ListCopy | undefined, deps: UpdaterDeps = {}): Promise<Downloaded> {
  const now = (deps.now ?? Date.now)();
  const got = await fetchList(url, {
    ...(prev?.etag ? { etag: prev.etag } : {}),
    ...(prev?.httpLastModified ? { httpLastModified: prev.httpLastModified } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  if (got.status === 'not-modified') {
    return { kind: 'not-modified', ...(got.etag ? { etag: got.etag } : {}), ...(got.httpLastModified ? { httpLastModified: got.httpLastModified } : {}) };
  }
  const text = decodeListBytes(got.bytes);
  const fmt = format === 'auto' ? detectFormat(text) : format;
  const compiled = compileList(text, fmt, now);
  const lastModified = compiled.header.lastModified ?? parseListDate(got.httpLastModified, now);
  const expiresMs = def ? freshnessMs(def, compiled.header.expiresMs) : Math.max(MIN_EXPIRES_MS, compiled.header.expiresMs ?? 24 * HOUR);
  const copy: ListCopy = {
    version: new Date(lastModified ?? now).toISOString(),
    ...(lastModified !== undefined ? { lastModified } : {}),
    ...(got.etag ? { etag: got.etag } : {}),
    ...(got.httpLastModified ? { httpLastModified: got.httpLastModified } : {}),
    fetchedAt: now,
    entryCount: compiled.count,
    skipped: compiled.skipped,
    bytes: got.bytes.byteLength,
    expiresMs,
    ...(compiled.header.title ? { headerTitle: compiled.header.title } : {}),
    ...(compiled.header.homepage ? { headerHomepage: compiled.header.homepage } : {}),
  };
  return { kind: 'ok', compiled, copy, format: fmt };
}

const inFlight = new Map<string, Promise<UpdateOutcome>>();

/** Updates one subscribed list now (one download at a time per list). */
export function updateList(db: AppDB, id: string, deps: UpdaterDeps = {}): Promise<UpdateOutcome> {
  let p = inFlight.get(id);
  if (!p) {
    p = runUpdate(db, id, deps).finally(() => inFlight.delete(id));
    inFlight.set(id, p);
  }
  return p;
}

async function runUpdate(db: AppDB, id: string, deps: UpdaterDeps): Promise<UpdateOutcome> {
  const now = (deps.now ?? Date.now)();
  const state = await getList(db, id);
  if (!state) return { id, status: 'failed', error: { code: 'not-found' } };
  const { def, row } = state;
  // The stored copy knows its own freshness (its Expires); without a copy, the catalog's interval.
  const fresh = row?.copy?.expiresMs ?? freshnessMs(def, undefined);
  if (def.contentUrls.length === 0) return { id, status: 'failed', error: { code: 'bad-url', detail: 'no download address' } };
  let lastError: ListError = new ListError('network');
  // Try each address in order: the first that answers decides.
  for (const url of def.contentUrls) {
    try {
      const got = await downloadList(url, def.format, def, row?.copy, deps);
      if (got.kind === 'not-modified') {
        await patchRow(db, id, (r) => {
          const { lastError: _cleared, ...rest } = r;
          return {
            ...rest,
            checkedAt: now,
            nextUpdateAt: now + fresh,
            failures: 0,
            ...(r.copy ? { copy: { ...r.copy, ...(got.etag ? { etag: got.etag } : {}), ...(got.httpLastModified ? { httpLastModified: got.httpLastModified } : {}) } } : {}),
          };
        }, now);
        return { id, status: 'not-modified' };
      }
      const written = await writeListCopy(db, {
        id,
        origin: state.origin,
        ...(state.origin === 'catalog' ? {} : { def: { ...def, format: got.format } }),
        compiled: got.compiled,
        copy: got.copy,
        nextUpdateAt: now + got.copy.expiresMs,
        now,
      });
      invalidateMatcher();
      return { id, status: 'updated', count: written.copy?.entryCount ?? got.compiled.count };
    } catch (err) {
      lastError = toListError(err);
      // Only a network-level failure is worth trying the next address for.
      if (lastError.code !== 'network' && lastError.code !== 'timeout' && lastError.code !== 'http-error') break;
    }
  }
  const failures = (row?.failures ?? 0) + 1;
  await recordFailure(db, id, lastError, now, now + retryAfterMs(failures, fresh));
  return { id, status: 'failed', error: { code: lastError.code, ...(lastError.detail ? { detail: lastError.detail } : {}) } };
}

let running: Promise<UpdateOutcome[]> | undefined;

/**
 * Updates every enabled list that can be downloaded and is due (or all of
 * them with `force`), one after the other, `spacingMs` apart.
 */
export function updateDueLists(db: AppDB, opts: UpdaterDeps & { force?: boolean; spacingMs?: number } = {}): Promise<UpdateOutcome[]> {
  running ??= (async () => {
    try {
      const now = (opts.now ?? Date.now)();
      const due = (await allLists(db)).filter((s) => s.enabled && s.def.contentUrls.length > 0 && (opts.force || (s.row?.nextUpdateAt ?? 0) <= now));
      const out: UpdateOutcome[] = [];
      const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
      for (const [i, s] of due.entries()) {
        if (i > 0 && opts.spacingMs) await sleep(opts.spacingMs);
        out.push(await updateList(db, s.def.id, opts));
      }
      return out;
    } finally {
      running = undefined;
    }
  })();
  return running;
}
