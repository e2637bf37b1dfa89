import { ListError } from './errors';

/**
 * Turning downloaded or imported bytes into list text, with a clear refusal
 * for what is not a text list: too big, binary (archives, images, executables)
 * or not in a text encoding we can read without guessing.
 */

/** Largest list accepted, in bytes (a million domains is about 20 MB). */
export const MAX_LIST_BYTES = 48 * 1024 * 1024;

const MAGIC: ReadonlyArray<readonly number[]> = [
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x03, 0x04], // zip
  [0x89, 0x50, 0x4e, 0x47], // png
  [0x25, 0x50, 0x44, 0x46], // pdf
  [0x7f, 0x45, 0x4c, 0x46], // elf
  [0x4d, 0x5a], // exe
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Decodes list bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeListBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_LIST_BYTES) throw new ListError('too-large', `${bytes.byteLength} bytes`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2));
  if (MAGIC.some((sig) => startsWith(bytes, sig))) throw new ListError('binary', 'compressed or binary file');
  // A NUL byte never occurs in UTF-8 text; looking at the head is enough to tell a binary file.
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) throw new ListError('binary', 'NUL bytes');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeStrict('utf-8', bytes.subarray(start));
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ListError('encoding', `not valid ${encoding}`);
  }
}

/**
 * Checks text that arrived as a string (a file read by an extension page).
 * The page decodes as UTF-8, replacing bad bytes with U+FFFD, so a
 * replacement character means the file was in another encoding.
 */
export function checkListText(text: string): void {
  if (text.length > MAX_LIST_BYTES) throw new ListError('too-large', `${text.length} characters`);
  const head = text.slice(0, 65536);
  if (head.includes('\u0000')) throw new ListError('binary', 'NUL characters');
  if (text.includes('\uFFFD')) throw new ListError('encoding', 'replacement characters');
}
