import type { AppDB } from '@/lib/db/app-db';
import { invalidateMatcher } from '@/lib/lists/snapshot';

/**
 * Tables that are not the user's data and survive "erase everything":
 * - `lists`, `listData`: lists downloaded from their publishers (public
 *   content) and their subscription state;
 * - `evidenceKeys`: this installation's signing key. It says nothing about
 *   the user, and the evidence module keeps it in memory while the worker
 *   lives, so deleting the stored copy would leave captures signed by a key
 *   no export could show.
 * Everything else — decisions and notes, sightings, the allowlist, evidence
 * cases, records and files — is the user's, and goes. A table added later
 * is erased unless it is named here.
 */
export const KEPT_ON_ERASE: ReadonlySet<string> = new Set(['lists', 'listData', 'evidenceKeys']);

/** Erases all of the user's data in one transaction. Returns the names of the tables cleared. */
export async function eraseUserData(db: AppDB): Promise<{ cleared: string[] }> {
  const tables = db.tables.filter((t) => !KEPT_ON_ERASE.has(t.name));
  await db.transaction('rw', tables, async () => {
    for (const t of tables) await t.clear();
  });
  // The list matcher holds the user's allowlist in memory; rebuild it from the emptied table.
  invalidateMatcher();
  return { cleared: tables.map((t) => t.name).sort() };
}
