import type { AppDB } from '@/lib/db/app-db';
import { CATALOG, catalogEntry } from './catalog';
import type { CompiledList } from './compile';
import { ListError, toListError } from './errors';
import type { ListCopy, ListDefinition, ListOrigin, ListRow } from './types';

/**
 * Reads and writes of list rows. The rule that keeps a good copy safe: a new
 * copy's content and its description are written in one transaction, after
 * checking inside that transaction that the stored copy is not newer. If the
 * write fails (disk full, worker killed), the transaction aborts and the old
 * row pair is untouched.
 */

/** A list as the rest of the code sees it: its definition and its row, if any. */
export interface ListState {
  def: ListDefinition;
  origin: ListOrigin;
  row?: ListRow;
  enabled: boolean;
}

/** The definition of a row: the catalog's for catalog lists, the row's own otherwise. */
export function definitionOf(row: ListRow): ListDefinition | undefined {
  return row.origin === 'catalog' ? catalogEntry(row.id) : row.def;
}

/** Every list: each catalog entry (subscribed or not) and each user list. */
export async function allLists(db: AppDB): Promise<ListState[]> {
  const rows = await db.lists.toArray();
  return listStates(rows);
}

/** Joins rows with the catalog. Rows whose definition vanished (a list dropped from the catalog) are left out. */
export function listStates(rows: readonly ListRow[]): ListState[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ListState[] = CATALOG.map((def) => {
    const row = byId.get(def.id);
    return { def, origin: 'catalog' as const, ...(row ? { row } : {}), enabled: row?.enabled ?? def.enabledByDefault };
  });
  for (const row of rows) {
    if (row.origin === 'catalog') continue;
    const def = definitionOf(row);
    if (def) out.push({ def, origin: row.origin, row, enabled: row.enabled });
  }
  return out;
}

/** One list by id. */
export async function getList(db: AppDB, id: string): Promise<ListState | undefined> {
  const row = await db.lists.get(id);
  const def = row ? definitionOf(row) : catalogEntry(id);
  if (!def) return undefined;
  const origin: ListOrigin = row?.origin ?? 'catalog';
  return { def, origin, ...(row ? { row } : {}), enabled: row?.enabled ?? def.enabledByDefault };
}

export interface WriteCopy {
  id: string;
  origin: ListOrigin;
  /** Stored on user lists only. */
  def?: ListDefinition;
  compiled: CompiledList;
  copy: ListCopy;
  nextUpdateAt?: number;
  now: number;
}

/**
 * Stores a new copy of a list, content and description together. Refuses
 * (`older-copy`) when the stored copy was modified later than this one.
 */
export async function writeListCopy(db: AppDB, w: WriteCopy): Promise<ListRow> {
  try {
    return await db.transaction('rw', db.lists, db.listData, async () => {
      const prev = await db.lists.get(w.id);
      const prevModified = prev?.copy?.lastModified;
      if (prevModified !== undefined && w.copy.lastModified !== undefined && w.copy.lastModified < prevModified) {
        throw new ListError('older-copy', `${new Date(w.copy.lastModified).toISOString()} < ${new Date(prevModified).toISOString()}`);
      }
      const generation = (prev?.generation ?? 0) + 1;
      const c = w.compiled;
      await db.listData.put(c.kind === 'domains'
        ? { id: w.id, generation, kind: 'domains', count: c.count, table: c.table, index: c.index }
        : { id: w.id, generation, kind: 'sellers', count: c.count, sellers: c.sellers });
      const row: ListRow = {
        id: w.id,
        origin: w.origin,
        enabled: prev?.enabled ?? true,
        ...(w.def ? { def: w.def } : prev?.def ? { def: prev.def } : {}),
        copy: w.copy,
        checkedAt: w.now,
        ...(w.nextUpdateAt !== undefined ? { nextUpdateAt: w.nextUpdateAt } : {}),
        failures: 0,
        generation,
        addedAt: prev?.addedAt ?? w.now,
      };
      await db.lists.put(row);
      return row;
    });
  } catch (err) {
    throw toListError(err);
  }
}

/** Changes a row in place (creating a catalog row on first use). Content is never touched. */
export async function patchRow(db: AppDB, id: string, patch: (row: ListRow) => ListRow, now = Date.now()): Promise<ListRow> {
  try {
    return await db.transaction('rw', db.lists, async () => {
      const prev = await db.lists.get(id);
      const entry = catalogEntry(id);
      let base: ListRow;
      if (prev) base = prev;
      else if (entry) base = { id, origin: 'catalog', enabled: entry.enabledByDefault, generation: 0, addedAt: now };
      else throw new ListError('not-found', id);
      const next = patch(base);
      await db.lists.put(next);
      return next;
    });
  } catch (err) {
    throw toListError(err);
  }
}

/** Records a failed update. The stored copy stays in use. A failure to record (disk full) is ignored. */
export async function recordFailure(db: AppDB, id: string, error: ListError, now: number, nextUpdateAt: number): Promise<void> {
  await patchRow(db, id, (row) => ({
    ...row,
    checkedAt: now,
    nextUpdateAt,
    failures: (row.failures ?? 0) + 1,
    lastError: { code: error.code, ...(error.detail ? { detail: error.detail.slice(0, 200) } : {}), at: now },
  }), now).catch(() => undefined);
}

/**
 * Forgets a stored copy whose bytes are damaged, so the next update downloads
 * it whole (no `If-None-Match` that would keep the damaged copy) and at once.
 */
export async function markDamaged(db: AppDB, id: string, now: number): Promise<void> {
  await patchRow(db, id, (row) => {
    const { copy: _damaged, ...rest } = row;
    return { ...rest, nextUpdateAt: now, lastError: { code: 'malformed', detail: 'stored copy is damaged', at: now } };
  }, now).catch(() => undefined);
}

/** Removes a list the user added, with its content, in one transaction. */
export async function removeUserList(db: AppDB, id: string): Promise<void> {
  try {
    return await db.transaction('rw', db.lists, db.listData, async () => {
      const row = await db.lists.get(id);
      if (catalogEntry(id) || row?.origin === 'catalog') throw new ListError('not-removable', id);
      if (!row) throw new ListError('not-found', id);
      await db.listData.delete(id);
      await db.lists.delete(id);
    });
  } catch (err) {
    throw toListError(err);
  }
}
