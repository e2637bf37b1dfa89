import { AppDB } from '@/lib/db/app-db';
import { MIGRATIONS } from '@/lib/db/migrations';

/**
 * The migration test harness: open a fresh database at version `n - 1`, let
 * the test fill it, close it, reopen at `n` (or the latest), and hand both
 * steps to the test so it can check that nothing was lost.
 */
export async function upgradeFrom<T>(
  fromVersion: number,
  fill: (db: AppDB) => Promise<T>,
  toVersion?: number,
): Promise<{ db: AppDB; seeded: T }> {
  const name = `migration-${fromVersion}-${crypto.randomUUID()}`;
  const old = new AppDB(name, fromVersion);
  await old.open();
  if (old.verno !== fromVersion) throw new Error(`expected v${fromVersion}, opened v${old.verno}`);
  const seeded = await fill(old);
  old.close();
  const db = new AppDB(name, toVersion);
  await db.open();
  return { db, seeded };
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
