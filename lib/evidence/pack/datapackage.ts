import { z } from 'zod';
import { fromUtf8, utf8 } from '../encoding';
import { sha256Tag, type HashTag } from '../hash';
import { hashTagSchema } from '../record-schema';
import { publicJwkSchema, signText, type PublicJwk } from '../signing';
import type { PackFile } from './zip';

/**
 * WACZ-style manifests. `datapackage.json` lists every other file with its
 * `path`, `hash` (`sha256:<hex>`) and `bytes`; `datapackage-digest.json`
 * holds the hash of `datapackage.json` and a signature over that hash string
 * with the public key, so one signature covers the whole pack.
 */
export const DATAPACKAGE = 'datapackage.json';
export const DIGEST = 'datapackage-digest.json';
export const PACK_FORMAT = 'csg-evidence-pack/1';

export const resourceSchema = z.object({
  name: z.string().max(300),
  path: z.string().max(300),
  hash: hashTagSchema,
  bytes: z.number().int().min(0),
});

export const datapackageSchema = z.object({
  profile: z.literal('data-package'),
  format: z.literal(PACK_FORMAT),
  title: z.string().max(500),
  created: z.string().max(40),
  software: z.string().max(200),
  resources: z.array(resourceSchema).max(5000),
});
export type Datapackage = z.infer<typeof datapackageSchema>;

export const digestSchema = z.object({
  path: z.literal(DATAPACKAGE),
  hash: hashTagSchema,
  signedData: z.object({
    hash: hashTagSchema,
    signature: z.string().max(200),
    publicKey: publicJwkSchema,
    keyFingerprint: hashTagSchema,
    created: z.string().max(40),
    software: z.string().max(200),
  }),
});
export type Digest = z.infer<typeof digestSchema>;

/** Pretty JSON for files people may open; hashes cover these exact bytes. */
export function jsonFile(path: string, value: unknown): PackFile {
  return { path, bytes: utf8(`${JSON.stringify(value, null, 2)}\n`) };
}

/** Builds `datapackage.json` for the given files (all files but the two manifests). */
export async function buildDatapackage(files: readonly PackFile[], meta: { title: string; created: string; software: string }): Promise<PackFile> {
  const resources = [];
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    resources.push({ name: f.path.split('/').pop() ?? f.path, path: f.path, hash: await sha256Tag(f.bytes), bytes: f.bytes.byteLength });
  }
  const pkg: Datapackage = { profile: 'data-package', format: PACK_FORMAT, ...meta, resources };
  return jsonFile(DATAPACKAGE, pkg);
}

/** Builds and signs `datapackage-digest.json` over the bytes of `datapackage.json`. */
export async function buildDigest(datapackage: PackFile, key: { privateKey: CryptoKey; publicJwk: PublicJwk; fingerprint: HashTag }, meta: { created: string; software: string }): Promise<PackFile> {
  const hash = await sha256Tag(datapackage.bytes);
  const digest: Digest = {
    path: DATAPACKAGE,
    hash,
    signedData: { hash, signature: await signText(key.privateKey, hash), publicKey: key.publicJwk, keyFingerprint: key.fingerprint, ...meta },
  };
  return jsonFile(DIGEST, digest);
}

/** Parses a JSON file of a pack; undefined when it is not UTF-8 JSON. */
export function parseJsonFile(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
