import type { AppDB } from '@/lib/db/app-db';

/**
 * Tables that are not the user's data and survive "erase everything": the
 * lists downloaded from their publishers (public content and its
 * subscription state). Everything else — decisions and notes, sightings,
 * the allowlist, evidence cases and their signing key — is the user's, and
 * goes. A table added later is erased unless it is named here.
 */
export const KEPT_ON_ERASE: ReadonlySet<string> = new Set(['lists', 'listData']);

/** Erases all of the user's data in one transaction. Returns the names of the tables cleared. */
export async function eraseUserData(db: AppDB): Promise<{ cleared: string[] }> {
  const tables = db.tables.filter((t) => !KEPT_ON_ERASE.has(t.name));
  await db.transaction('rw', tables, async () => {
    for (const t of tables) await t.clear();
  });
  return { cleared: tables.map((t) => t.name).sort() };
}
