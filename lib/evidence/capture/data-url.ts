import { fromBase64 } from '../encoding';

/**
 * The bytes inside a base64 data URL, which is how captureVisibleTab returns
 * its PNG. The decoded bytes are what we hash and store, never the string.
 */
export function dataUrlBytes(dataUrl: string): { mediaType: string; bytes: Uint8Array } {
  const match = /^data:([a-z0-9.+/-]+)(?:;[^,]*)?;base64,(.*)$/is.exec(dataUrl);
  if (!match) throw new Error('not a base64 data URL');
  return { mediaType: match[1]!.toLowerCase(), bytes: fromBase64(match[2]!) };
}
