import { z } from 'zod';
import { fromBase64Url, plainBytes, toBase64Url, utf8 } from './encoding';
import { sha256Tag, type HashTag } from './hash';

/**
 * ECDSA P-256 / SHA-256 signatures with WebCrypto. Signatures are IEEE P1363
 * (r||s, 64 bytes) as WebCrypto makes them, written in base64url; the Node
 * verifier uses the same WebCrypto API, so no DER conversion is needed.
 */
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

const coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The public half of a signing key as JWK; a private `d` is never accepted. */
export const publicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: coordinate,
  y: coordinate,
}).transform(({ kty, crv, x, y }) => ({ kty, crv, x, y }));
export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** Signs the UTF-8 bytes of `text`; base64url of the 64-byte r||s. */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  const sig = await crypto.subtle.sign(SIGN_ALGORITHM, privateKey, plainBytes(utf8(text)));
  return toBase64Url(new Uint8Array(sig));
}

/** True only for a well-formed signature by `publicKey` over `text`. */
export async function verifyText(publicKey: CryptoKey, text: string, signature: string): Promise<boolean> {
  let sig: Uint8Array;
  try {
    sig = fromBase64Url(signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  try {
    return await crypto.subtle.verify(SIGN_ALGORITHM, publicKey, plainBytes(sig), plainBytes(utf8(text)));
  } catch {
    return false;
  }
}

/** Imports a public JWK for verification. */
export function importPublicJwk(jwk: PublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { ...jwk, ext: true }, KEY_ALGORITHM, true, ['verify']);
}

/** The public key as JWK (public keys are exportable even from a non-extractable pair). */
export async function exportPublicJwk(publicKey: CryptoKey): Promise<PublicJwk> {
  return publicJwkSchema.parse(await crypto.subtle.exportKey('jwk', publicKey));
}

/** `sha256:` of the key's SubjectPublicKeyInfo (DER): a short name for a key people can compare. */
export async function keyFingerprint(publicKey: CryptoKey): Promise<HashTag> {
  return sha256Tag(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}
