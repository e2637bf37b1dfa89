import { saveFile as saveAnyFile } from '@/lib/ui/save-file';
import { send } from '@/lib/messaging/client';
import { fromBase64 } from './encoding';

/**
 * Asks the background to build a case's pack and reads it out chunk by
 * chunk. Used by the options page (download) and by tests and the demo.
 */
export async function fetchCasePack(caseId: string): Promise<{ fileName: string; bytes: Uint8Array; hash: string }> {
  const info = await send('exportCase', { caseId });
  const out = new Uint8Array(info.bytes);
  let offset = 0;
  for (let index = 0; ; index++) {
    const chunk = await send('readExport', { exportId: info.exportId, index });
    const bytes = fromBase64(chunk.data);
    out.set(bytes, offset);
    offset += bytes.byteLength;
    if (chunk.last) break;
  }
  if (offset !== info.bytes) throw new Error('the pack arrived incomplete');
  return { fileName: info.fileName, bytes: out, hash: info.hash };
}

/** Saves a pack as a zip file (see lib/ui/save-file). */
export function saveFile(fileName: string, bytes: Uint8Array, type = 'application/zip'): void {
  saveAnyFile(fileName, bytes, type);
}
