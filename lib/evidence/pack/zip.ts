import { unzipSync, zipSync, type Zippable } from 'fflate';

/** One file of a pack: its path inside the zip and its exact bytes. */
export interface PackFile {
  path: string;
  bytes: Uint8Array;
}

// Already-compressed formats are stored, as WACZ asks, so readers can seek into them.
const STORED = /\.(png|jpe?g|webp|gif|zip)$/i;

/** Writes files into a zip (deterministic order and timestamps). */
export function writeZip(files: readonly PackFile[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (Object.hasOwn(entries, f.path)) throw new Error(`duplicate path ${f.path}`);
    entries[f.path] = [f.bytes, { level: STORED.test(f.path) ? 0 : 6, mtime }];
  }
  return zipSync(entries);
}

/** Limits that keep a hostile zip from exhausting memory. */
export const ZIP_LIMITS = { maxFiles: 5000, maxFileBytes: 512 * 2 ** 20, maxTotalBytes: 2 * 2 ** 30 };

export type ZipReadProblem =
  | { code: 'not-a-zip'; detail: string }
  | { code: 'unsafe-path'; path: string }
  | { code: 'duplicate-entry'; path: string }
  | { code: 'too-large'; detail: string };

/**
 * Reads a zip. Directory entries are skipped (re-zipping with common tools
 * adds them); paths that could escape a folder and duplicate names (which a
 * map would silently collapse) are reported, never resolved.
 */
export function readZip(bytes: Uint8Array): { files: Map<string, Uint8Array>; problems: ZipReadProblem[] } {
  const problems: ZipReadProblem[] = [];
  const seen = new Set<string>();
  let total = 0;
  let count = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter(info) {
        count += 1;
        total += info.originalSize;
        if (info.name.endsWith('/') && info.originalSize === 0) return false;
        if (seen.has(info.name)) problems.push({ code: 'duplicate-entry', path: info.name });
        seen.add(info.name);
        if (count > ZIP_LIMITS.maxFiles || info.originalSize > ZIP_LIMITS.maxFileBytes || total > ZIP_LIMITS.maxTotalBytes) {
          throw new Error('zip exceeds the size limits for a pack');
        }
        return true;
      },
    });
  } catch (err) {
    const detail = err instanceof Error ? err.message : 'unreadable';
    return { files: new Map(), problems: [/size limits/.test(detail) ? { code: 'too-large', detail } : { code: 'not-a-zip', detail }] };
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(unzipped)) {
    if (!isSafePath(path)) {
      problems.push({ code: 'unsafe-path', path });
      continue;
    }
    files.set(path, data);
  }
  return { files, problems };
}

/** Relative, forward-slash, no `.`/`..` segments, no drive letters or backslashes. */
export function isSafePath(path: string): boolean {
  if (!path || path.length > 300 || path.startsWith('/') || path.includes('\\') || /^[a-zA-Z]:/.test(path)) return false;
  // eslint-disable-next-line no-control-regex -- control characters in names are refused on purpose
  if (/[\u0000-\u001f]/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
