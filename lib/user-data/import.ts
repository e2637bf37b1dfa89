import type { AppDB, Observation } from '@/lib/db/app-db';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { DAY_MS, RETENTION } from '@/lib/reputation/retention-limits';
import { pruneObservations } from '@/lib/reputation/retention';
import { MAX_IMPORT_BYTES, USER_DATA_FORMAT, USER_DATA_VERSION, userDataFileSchema, type ImportCounts, type ImportErrorCode, type ImportResult, type UserDataFile } from './format';
import { UnsafeJsonError, parseUntrustedJson } from './safe-json';

export type ImportMode = 'merge' | 'replace';

class ImportRefused extends Error {
  constructor(readonly code: ImportErrorCode, detail: string, readonly params: string[] = []) {
    super(detail);
  }
}

/** Turns a zod issue into a short, safe description ("observations.12.price: Invalid string"). */
function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map((p) => String(p).slice(0, 40)).join('.');
  return `${path || 'file'}: ${issue.message}`.slice(0, 200);
}

/** Step 1: everything is checked before anything is written. */
export function validateUserData(text: string): UserDataFile {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportRefused('too-large', `over ${MAX_IMPORT_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = parseUntrustedJson(text);
  } catch (err) {
    if (err instanceof UnsafeJsonError) throw new ImportRefused(err.kind, err.message);
    throw err;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== USER_DATA_FORMAT) {
    throw new ImportRefused('wrong-format', 'not a Shopping Guard export');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > USER_DATA_VERSION) {
    throw new ImportRefused('unsupported-version', `version ${version}`, [String(version)]);
  }
  const parsed = userDataFileSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = describeIssue(parsed.error.issues[0]!);
    throw new ImportRefused('invalid', detail, [detail.slice(0, 100)]);
  }
  return parsed.data;
}

function isQuota(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && i < 4; e = (e as { inner?: unknown }).inner, i++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
  }
  return false;
}

const obsKey = (o: Pick<Observation, 'sellerKey' | 'listingKey' | 'at'>) => `${o.sellerKey}|${o.listingKey ?? ''}|${o.at}`;

/** Step 2: one transaction over both tables; any failure rolls everything back. */
async function write(db: AppDB, file: UserDataFile, mode: ImportMode, now: number): Promise<ImportCounts> {
  const oldest = now - RETENTION.maxAgeDays * DAY_MS;
  const recent = file.observations.filter((o) => o.at >= oldest);
  const skippedOld = file.observations.length - recent.length;
  return db.transaction('rw', db.userRules, db.observations, async () => {
    if (mode === 'replace') {
      await db.userRules.clear();
      await db.observations.clear();
    }
    // A decision made later wins: an old backup does not undo today's block.
    const existing = mode === 'merge' ? await db.userRules.bulkGet(file.userRules.map((r) => r.id)) : [];
    const rules: UserRule[] = file.userRules.filter((r, i) => !existing[i] || existing[i]!.updatedAt < r.updatedAt);
    await db.userRules.bulkPut(rules);

    const present = new Set(mode === 'merge' ? (await db.observations.toArray()).map(obsKey) : []);
    const fresh: Observation[] = [];
    for (const o of recent) {
      const k = obsKey(o);
      if (present.has(k)) continue;
      present.add(k);
      fresh.push({ ...o });
    }
    await db.observations.bulkAdd(fresh);
    await pruneObservations(db, now);
    return { userRules: rules.length, observations: fresh.length, skippedOld, duplicates: recent.length - fresh.length };
  });
}

/**
 * Imports a user-data file. Validation of the whole file comes first; then
 * one transaction writes it ('merge' keeps what is there and adds; 'replace'
 * swaps everything). Refusals and failures come back as a result with a
 * code the page translates, and leave the database exactly as it was.
 */
export async function importUserData(db: AppDB, text: string, mode: ImportMode = 'merge', now = Date.now()): Promise<ImportResult> {
  try {
    const file = validateUserData(text);
    const counts = await write(db, file, mode, now);
    return { imported: true, counts };
  } catch (err) {
    if (err instanceof ImportRefused) return { imported: false, error: err.code, detail: err.message.slice(0, 300), params: err.params };
    if (isQuota(err)) return { imported: false, error: 'storage-full', detail: 'disk full', params: [] };
    return { imported: false, error: 'write-failed', detail: err instanceof Error ? err.message.slice(0, 200) : 'error', params: [] };
  }
}
