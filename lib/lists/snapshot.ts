import type { AppDB } from '@/lib/db/app-db';
import { SHIPPED_ALLOWLIST } from './allowlist';
import { ListError } from './errors';
import { FingerprintTable } from './fingerprint-table';
import { Matcher, type ListLabel, type LoadedList } from './matcher';
import { listStates, markDamaged, type ListState } from './store';
import type { ListDataRow } from './types';

/**
 * The matcher of this worker. It is built from the stored compiled lists the
 * first time a lookup needs it after the worker wakes (one read transaction,
 * no parsing: each table is wrapped as it was stored), and rebuilt after any
 * change to lists or the allowlist. Only the background writes lists, so an
 * in-memory "stale" flag is enough.
 */
let current: { db: AppDB; matcher: Promise<Matcher> } | undefined;

/** The matcher, loading it if needed. */
export function getMatcher(db: AppDB): Promise<Matcher> {
  if (current?.db !== db) {
    const entry = { db, matcher: loadMatcher(db) };
    current = entry;
    // A failed load is not cached: the next lookup tries again.
    entry.matcher.catch(() => {
      if (current === entry) current = undefined;
    });
  }
  return current.matcher;
}

/** Drops the loaded matcher; the next lookup reloads it. */
export function invalidateMatcher(): void {
  current = undefined;
}

function labelOf(state: ListState): ListLabel {
  const copy = state.row?.copy;
  const homepage = state.def.homepage ?? copy?.headerHomepage;
  return {
    listId: state.def.id,
    title: state.def.title,
    category: state.def.category,
    severity: state.def.severity,
    ...(homepage ? { homepage } : {}),
    ...(copy ? { date: copy.version.slice(0, 10) } : {}),
  };
}

/** Short, stable id of the loaded list versions (FNV-1a of `id@generation`). */
function versionOf(parts: readonly string[]): string {
  if (parts.length === 0) return 'none';
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return `${parts.length}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

function toLoaded(label: ListLabel, data: ListDataRow): LoadedList {
  if (data.kind === 'domains') {
    if (!data.table) throw new ListError('malformed', 'stored list has no table');
    return { label, kind: 'domains', table: new FingerprintTable(data.table, data.index) };
  }
  return { label, kind: 'sellers', sellers: new Map((data.sellers ?? []).map((s) => [s.key, s])) };
}

/** Loads every enabled list that has a good copy, and both allowlists. */
export async function loadMatcher(db: AppDB, now = Date.now()): Promise<Matcher> {
  const { rows, allow, data } = await db.transaction('r', db.lists, db.listData, db.listAllow, async () => {
    const rows = await db.lists.toArray();
    const allow = await db.listAllow.toArray();
    const wanted = listStates(rows).filter((s) => s.enabled && s.row?.copy);
    const data = await db.listData.bulkGet(wanted.map((s) => s.def.id));
    return { rows: wanted, allow, data };
  });
  const loaded: LoadedList[] = [];
  const versions: string[] = [];
  rows.forEach((state, i) => {
    const row = data[i];
    if (!row || row.generation !== state.row?.generation) return;
    try {
      loaded.push(toLoaded(labelOf(state), row));
      versions.push(`${state.def.id}@${row.generation}`);
    } catch {
      // Damaged bytes: leave the list out and have the updater fetch it again at once.
      void markDamaged(db, state.def.id, now);
    }
  });
  const allowSet = new Set<string>(SHIPPED_ALLOWLIST);
  for (const a of allow) allowSet.add(a.domain);
  return new Matcher(loaded, allowSet, versionOf(versions));
}
