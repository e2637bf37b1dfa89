import type { AppDB } from '@/lib/db/app-db';
import { toBase64 } from './encoding';
import type { HashTag } from './hash';

/** Bytes handed to the page per message: well under Chrome's 64 MiB message cap once base64-encoded. */
export const EXPORT_CHUNK_BYTES = 4 * 2 ** 20;
/** Built packs not read out by then are dropped at the next export. */
export const EXPORT_TTL_MS = 15 * 60_000;

export interface ExportInfo {
  exportId: string;
  fileName: string;
  bytes: number;
  hash: HashTag;
  chunks: number;
}

/**
 * Keeps a built pack until the asking page has read it in chunks. Messages
 * carry JSON, so a pack of tens of MB travels as a few base64 chunks rather
 * than one message that could exceed the browser's limit.
 */
export async function storeExport(db: AppDB, caseId: string, pack: { fileName: string; bytes: Uint8Array; hash: HashTag }, now = Date.now()): Promise<ExportInfo> {
  await db.evidenceExports.where('createdAt').below(now - EXPORT_TTL_MS).delete();
  const exportId = crypto.randomUUID();
  await db.evidenceExports.add({ id: exportId, createdAt: now, caseId, fileName: pack.fileName, hash: pack.hash, bytes: pack.bytes });
  return { exportId, fileName: pack.fileName, bytes: pack.bytes.byteLength, hash: pack.hash, chunks: Math.max(1, Math.ceil(pack.bytes.byteLength / EXPORT_CHUNK_BYTES)) };
}

/** One chunk of a stored pack; the pack is deleted once its last chunk is read. */
export async function readExportChunk(db: AppDB, exportId: string, index: number): Promise<{ data: string; last: boolean }> {
  const row = await db.evidenceExports.get(exportId);
  if (!row) throw new Error('export not found or expired');
  const chunks = Math.max(1, Math.ceil(row.bytes.byteLength / EXPORT_CHUNK_BYTES));
  if (index < 0 || index >= chunks) throw new Error('no such chunk');
  const data = toBase64(row.bytes.subarray(index * EXPORT_CHUNK_BYTES, (index + 1) * EXPORT_CHUNK_BYTES));
  const last = index === chunks - 1;
  if (last) await db.evidenceExports.delete(exportId);
  return { data, last };
}
