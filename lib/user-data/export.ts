import type { AppDB, Observation } from '@/lib/db/app-db';
import { USER_DATA_FORMAT, USER_DATA_VERSION, exportedObservationSchema, exportedUserRuleSchema, userDataFileSchema, type UserDataFile } from './format';

export interface UserDataExport {
  data: UserDataFile;
  /** Stored rows that failed the file schema (a damaged database) and were left out. */
  skipped: number;
}

/**
 * Reads the user's own data — decisions, notes and sightings — in one
 * read transaction, so the file is a consistent snapshot. Every row is
 * checked against the import schema: what we export, we can import.
 */
export async function exportUserData(db: AppDB, now = new Date()): Promise<UserDataExport> {
  const [rules, observations] = await db.transaction('r', db.userRules, db.observations, () =>
    Promise.all([db.userRules.orderBy('id').toArray(), db.observations.orderBy('at').toArray()]));
  let skipped = 0;
  const userRules = rules.flatMap((r) => {
    const ok = exportedUserRuleSchema.safeParse(r);
    if (!ok.success) skipped++;
    return ok.success ? [ok.data] : [];
  });
  const obs = observations.flatMap((o: Observation) => {
    const { id: _id, ...row } = o;
    const ok = exportedObservationSchema.safeParse(row);
    if (!ok.success) skipped++;
    return ok.success ? [ok.data] : [];
  });
  const data = userDataFileSchema.parse({
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: now.toISOString(),
    userRules,
    observations: obs,
  });
  return { data, skipped };
}

/** The file name offered for download, dated so several exports do not overwrite each other. */
export function exportFileName(now = new Date()): string {
  return `shopping-guard-data-${now.toISOString().slice(0, 10)}.json`;
}
