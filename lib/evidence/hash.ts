import { plainBytes, toHex, utf8 } from './encoding';

/** A content hash as written in packs: `sha256:<64 lower-case hex>`. */
export type HashTag = `sha256:${string}`;

export const HASH_TAG_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** SHA-256 of exactly these bytes, as a hash tag. */
export async function sha256Tag(bytes: Uint8Array | string): Promise<HashTag> {
  const data = typeof bytes === 'string' ? utf8(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', plainBytes(data));
  return `sha256:${toHex(new Uint8Array(digest))}`;
}

/** True for a well-formed hash tag. */
export function isHashTag(value: unknown): value is HashTag {
  return typeof value === 'string' && HASH_TAG_PATTERN.test(value);
}
