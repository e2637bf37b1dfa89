import type { AppDB } from '@/lib/db/app-db';
import type { Severity } from '@/lib/facts/verdict';
import { compileList, detectFormat } from './compile';
import { checkListText } from './decode';
import { ListError, toListError } from './errors';
import { normalizeHost } from './hostname';
import { MIN_EXPIRES_MS } from './header';
import { invalidateMatcher } from './snapshot';
import { allLists, getList, patchRow, removeUserList, writeListCopy } from './store';
import { downloadList, updateList, type UpdaterDeps } from './updater';
import { isSellerFormat, listDefinitionSchema, type ListCategory, type ListCopy, type ListDefinition, type ListFormat, type ListRow } from './types';

/**
 * What the user does with lists: subscribe to catalog lists, add a list by
 * URL, import a file, and keep an allowlist. Adding is all-or-nothing: a list
 * that cannot be downloaded or parsed is not added, and nothing else changes.
 */

export interface UserListOptions {
  title?: string;
  category?: ListCategory;
  severity?: Severity;
  format?: ListFormat;
}

function newId(): string {
  return `user-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

function defaults(format: ListFormat, opts: UserListOptions): { category: ListCategory; severity: Severity } {
  return {
    category: opts.category ?? (isSellerFormat(format) ? 'seller' : 'scam'),
    severity: opts.severity ?? 'warning',
  };
}

/** Subscribes to (or unsubscribes from) a list. The stored copy is kept, so turning it back on works offline. */
export async function setSubscribed(db: AppDB, id: string, enabled: boolean, deps: UpdaterDeps = {}): Promise<ListRow> {
  const row = await patchRow(db, id, (r) => ({ ...r, enabled }), (deps.now ?? Date.now)());
  invalidateMatcher();
  // A new subscription without a copy is fetched at once; a failure is recorded on the row and shown.
  if (enabled && !row.copy && (await getList(db, id))?.def.contentUrls.length) await updateList(db, id, deps);
  return (await db.lists.get(id)) ?? row;
}

/** Adds a list by its address: downloaded, checked and stored before it appears. */
export async function addListByUrl(db: AppDB, rawUrl: string, opts: UserListOptions = {}, deps: UpdaterDeps = {}): Promise<ListRow> {
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    throw new ListError('bad-url', 'not an address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ListError('bad-url', 'http(s) only');
  if (url.username || url.password) throw new ListError('bad-url', 'no credentials in list addresses');
  const href = url.href;
  const existing = (await allLists(db)).find((s) => s.def.contentUrls.includes(href));
  if (existing) throw new ListError('duplicate', existing.def.id);
  const now = (deps.now ?? Date.now)();
  const got = await downloadList(href, opts.format ?? 'auto', undefined, undefined, deps);
  if (got.kind !== 'ok') throw new ListError('http-error', 'HTTP 304 without a stored copy');
  const def = makeDefinition(newId(), got.format, opts, got.compiled.header.title ?? url.hostname, [href], got.compiled.header.license, got.compiled.header.homepage);
  const row = await writeListCopy(db, { id: def.id, origin: 'url', def, compiled: got.compiled, copy: got.copy, nextUpdateAt: now + got.copy.expiresMs, now });
  invalidateMatcher();
  return row;
}

function makeDefinition(id: string, format: ListFormat, opts: UserListOptions, title: string, urls: string[], license?: string, homepage?: string): ListDefinition {
  return listDefinitionSchema.parse({
    id,
    title: (opts.title ?? title).slice(0, 200) || id,
    ...defaults(format, opts),
    ...(license ? { license } : {}),
    ...(homepage ? { homepage } : {}),
    contentUrls: urls,
    format,
    updateAfterHours: 24,
    enabledByDefault: false,
  });
}

/**
 * Imports a list from a file's text (read by an extension page). With
 * `replaceId`, the file replaces an imported list's content, unless it is
 * older than the stored one.
 */
export async function importListFile(db: AppDB, name: string, text: string, opts: UserListOptions & { replaceId?: string } = {}, now = Date.now()): Promise<ListRow> {
  checkListText(text);
  const format = opts.format ?? detectFormat(text);
  const compiled = compileList(text, format, now);
  let def: ListDefinition;
  if (opts.replaceId) {
    const prev = await getList(db, opts.replaceId);
    if (!prev || prev.origin !== 'file') throw new ListError('not-found', opts.replaceId);
    def = { ...prev.def, format };
  } else {
    const base = name.replace(/\.[a-z0-9]{1,5}$/i, '').trim();
    def = makeDefinition(newId(), format, opts, compiled.header.title ?? (base || 'list'), [], compiled.header.license, compiled.header.homepage);
  }
  const copy: ListCopy = {
    version: new Date(compiled.header.lastModified ?? now).toISOString(),
    ...(compiled.header.lastModified !== undefined ? { lastModified: compiled.header.lastModified } : {}),
    fetchedAt: now,
    entryCount: compiled.count,
    skipped: compiled.skipped,
    bytes: text.length,
    expiresMs: MIN_EXPIRES_MS,
    ...(compiled.header.title ? { headerTitle: compiled.header.title } : {}),
    ...(compiled.header.homepage ? { headerHomepage: compiled.header.homepage } : {}),
  };
  const row = await writeListCopy(db, { id: def.id, origin: 'file', def, compiled, copy, now });
  invalidateMatcher();
  return row;
}

/** Deletes a list the user added (catalog lists can only be unsubscribed). */
export async function removeList(db: AppDB, id: string): Promise<void> {
  await removeUserList(db, id);
  invalidateMatcher();
}

/** Adds a host (and its subdomains) to the user's allowlist. */
export async function allowlistAdd(db: AppDB, rawDomain: string, now = Date.now()): Promise<string> {
  const domain = normalizeHost(rawDomain.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '');
  if (!domain) throw new ListError('bad-domain', rawDomain.slice(0, 100));
  try {
    await db.listAllow.put({ domain, addedAt: now });
  } catch (err) {
    throw toListError(err);
  }
  invalidateMatcher();
  return domain;
}

/** Removes a host from the user's allowlist. */
export async function allowlistRemove(db: AppDB, rawDomain: string): Promise<boolean> {
  const domain = normalizeHost(rawDomain) ?? rawDomain.trim().toLowerCase();
  try {
    const had = (await db.listAllow.get(domain)) !== undefined;
    await db.listAllow.delete(domain);
    invalidateMatcher();
    return had;
  } catch (err) {
    throw toListError(err);
  }
}
