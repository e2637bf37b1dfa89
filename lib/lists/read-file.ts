import { decodeListBytes, MAX_LIST_BYTES } from './decode';
import { ListError } from './errors';

/**
 * Reads a list file the user picked, in the page that picked it, before its
 * text is sent to the worker (`importListFile`). Size is checked before a
 * byte is read; bytes are decoded strictly (UTF-8, or UTF-16 with a BOM), so
 * a binary or wrongly encoded file gets its own clear error here rather than
 * arriving as replacement characters.
 */
export async function readListFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<string> {
  if (file.size > MAX_LIST_BYTES) throw new ListError('too-large', `${file.size} bytes`);
  return decodeListBytes(new Uint8Array(await file.arrayBuffer()));
}
