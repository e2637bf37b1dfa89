import { linkHash, linkText } from '../chain';
import { sha256Tag, type HashTag } from '../hash';
import { captureManifestSchema } from '../record-schema';
import { importPublicJwk, keyFingerprint, verifyText } from '../signing';
import { chainFileSchema, CHAIN_FILE, type ChainFile } from '../pack/chain-file';
import { DATAPACKAGE, datapackageSchema, DIGEST, digestSchema, parseJsonFile, type Datapackage } from '../pack/datapackage';
import { readZip } from '../pack/zip';

/** Why a pack is not valid; the CLI prints these codes. */
export type PackProblemCode =
  | 'not-a-zip' | 'too-large' | 'unsafe-path' | 'duplicate-entry'
  | 'manifest-missing' | 'manifest-invalid' | 'manifest-changed' | 'bad-signature'
  | 'file-missing' | 'file-changed' | 'file-added'
  | 'chain-invalid' | 'chain-broken'
  | 'record-invalid' | 'record-changed' | 'record-unlinked' | 'artifact-missing' | 'artifact-changed';

export interface PackProblem {
  code: PackProblemCode;
  path?: string;
  detail: string;
}

export type FileStatus = 'ok' | 'changed' | 'missing' | 'added';

/** The outcome of checking a pack: overall, per file, and every problem found. */
export interface PackVerification {
  valid: boolean;
  problems: PackProblem[];
  files: { path: string; status: FileStatus }[];
  keyFingerprint?: HashTag;
  captures: number;
  chain?: { from: number; to: number };
}

/**
 * Verifies an evidence pack (see FORMAT.md, "Verification"): the digest
 * covers datapackage.json and is signed by the key it carries; every file is
 * listed with the right hash and size and nothing is added; the chain links
 * are contiguous, hash correctly and are signed by the same key; each
 * capture.json is the body of its link and every artifact matches it.
 * It never throws on a hostile pack: everything wrong becomes a problem.
 * Runs unchanged in the extension and in Node 20 (WebCrypto + fflate).
 */
export async function verifyPack(zipBytes: Uint8Array): Promise<PackVerification> {
  const problems: PackProblem[] = [];
  const add = (code: PackProblemCode, detail: string, path?: string) => problems.push({ code, detail, ...(path ? { path } : {}) });
  const status = new Map<string, FileStatus>();
  const done = (extra: Partial<PackVerification> = {}): PackVerification => ({
    valid: problems.length === 0,
    problems,
    files: [...status].map(([path, s]) => ({ path, status: s })).sort((a, b) => a.path.localeCompare(b.path)),
    captures: 0,
    ...extra,
  });

  const zip = readZip(zipBytes);
  for (const p of zip.problems) add(p.code, 'detail' in p ? p.detail : `entry ${p.path}`, 'path' in p ? p.path : undefined);
  if (zip.problems.some((p) => p.code === 'not-a-zip' || p.code === 'too-large')) return done();
  const files = zip.files;

  // 1. The digest and its signature. A broken digest does not stop the
  // per-file checks below: people need to see which files are still intact.
  const pkgBytes = files.get(DATAPACKAGE);
  const digestBytes = files.get(DIGEST);
  const digest = digestSchema.safeParse(parseJsonFile(digestBytes));
  let publicKey: CryptoKey | undefined;
  let fingerprint: HashTag | undefined;
  if (!digestBytes) add('manifest-missing', `${DIGEST} is missing`, DIGEST);
  else if (!digest.success) {
    add('manifest-invalid', `${DIGEST} is not a valid digest`, DIGEST);
    status.set(DIGEST, 'changed');
  } else {
    const { signedData } = digest.data;
    try {
      publicKey = await importPublicJwk(signedData.publicKey);
      fingerprint = await keyFingerprint(publicKey);
    } catch {
      add('bad-signature', 'the public key cannot be read', DIGEST);
    }
    if (fingerprint && fingerprint !== signedData.keyFingerprint) add('manifest-invalid', 'the key fingerprint does not match the public key', DIGEST);
    const digestOk = publicKey !== undefined && signedData.hash === digest.data.hash && (await verifyText(publicKey, signedData.hash, signedData.signature));
    if (!digestOk) add('bad-signature', 'the digest signature does not verify with the pack\'s key', DIGEST);
    status.set(DIGEST, digestOk ? 'ok' : 'changed');
  }
  if (!pkgBytes) {
    add('manifest-missing', `${DATAPACKAGE} is missing`, DATAPACKAGE);
    for (const path of files.keys()) if (!status.has(path)) status.set(path, 'added');
    return done(fingerprint ? { keyFingerprint: fingerprint } : {});
  }
  if (digest.success) {
    const pkgOk = (await sha256Tag(pkgBytes)) === digest.data.hash;
    if (!pkgOk) add('manifest-changed', `${DATAPACKAGE} does not match the hash in ${DIGEST}`, DATAPACKAGE);
    status.set(DATAPACKAGE, pkgOk ? 'ok' : 'changed');
  }

  // 2. Every file against datapackage.json.
  const pkg = datapackageSchema.safeParse(parseJsonFile(pkgBytes));
  if (!pkg.success) {
    add('manifest-invalid', `${DATAPACKAGE} is not a valid manifest`, DATAPACKAGE);
    status.set(DATAPACKAGE, 'changed');
    for (const path of files.keys()) if (!status.has(path)) status.set(path, 'added');
    return done(fingerprint ? { keyFingerprint: fingerprint } : {});
  }
  await checkResources(pkg.data, files, status, add);

  // 3. The chain and the captures it signs.
  const chain = chainFileSchema.safeParse(parseJsonFile(files.get(CHAIN_FILE)));
  if (!chain.success) {
    add('chain-invalid', `${CHAIN_FILE} is missing or malformed`, CHAIN_FILE);
    return done(fingerprint ? { keyFingerprint: fingerprint } : {});
  }
  if (fingerprint && chain.data.keyFingerprint !== fingerprint) add('chain-invalid', 'the chain names a different key than the digest', CHAIN_FILE);
  const captures = await checkChain(chain.data, files, publicKey, add);
  const links = chain.data.links;
  return done({ ...(fingerprint ? { keyFingerprint: fingerprint } : {}), captures, ...(links.length ? { chain: { from: links[0]!.seq, to: links[links.length - 1]!.seq } } : {}) });
}

type Add = (code: PackProblemCode, detail: string, path?: string) => void;

async function checkResources(pkg: Datapackage, files: Map<string, Uint8Array>, status: Map<string, FileStatus>, add: Add): Promise<void> {
  const listed = new Set<string>();
  for (const r of pkg.resources) {
    if (listed.has(r.path) || r.path === DATAPACKAGE || r.path === DIGEST) {
      add('manifest-invalid', `${r.path} is listed twice or lists a manifest`, r.path);
      continue;
    }
    listed.add(r.path);
    const bytes = files.get(r.path);
    if (!bytes) {
      add('file-missing', `${r.path} is listed but not in the pack`, r.path);
      status.set(r.path, 'missing');
      continue;
    }
    const ok = bytes.byteLength === r.bytes && (await sha256Tag(bytes)) === r.hash;
    if (!ok) add('file-changed', `${r.path} does not match its hash or size`, r.path);
    status.set(r.path, ok ? 'ok' : 'changed');
  }
  for (const path of files.keys()) {
    if (path === DATAPACKAGE || path === DIGEST || listed.has(path)) continue;
    add('file-added', `${path} is in the pack but not listed`, path);
    status.set(path, 'added');
  }
}

async function checkChain(chain: ChainFile, files: Map<string, Uint8Array>, publicKey: CryptoKey | undefined, add: Add): Promise<number> {
  let captures = 0;
  const linked = new Set<string>();
  let previous: { seq: number; hash: string } | undefined;
  for (const l of chain.links) {
    const link = { v: 1 as const, seq: l.seq, prev: l.prev, body: l.body };
    if (previous && (l.seq !== previous.seq + 1 || l.prev !== previous.hash)) {
      add('chain-broken', `link ${l.seq} does not follow link ${previous.seq}`, CHAIN_FILE);
    }
    if (l.seq === 1 && l.prev !== null) add('chain-broken', 'the first link names a predecessor', CHAIN_FILE);
    if ((await linkHash(link)) !== l.hash) add('chain-broken', `link ${l.seq} does not hash to its recorded hash`, CHAIN_FILE);
    // Without a readable key the pack is already invalid; the links' hashes are still checked.
    if (publicKey && !(await verifyText(publicKey, linkText(link), l.signature))) add('bad-signature', `link ${l.seq} is not signed by the pack's key`, CHAIN_FILE);
    previous = { seq: l.seq, hash: l.hash };
    if (l.capture === null) continue;
    captures += 1;
    linked.add(l.capture);
    await checkCapture(l.capture, l.body, files, add);
  }
  for (const path of files.keys()) {
    if (/^captures\/[^/]+\/capture\.json$/.test(path) && !linked.has(path)) add('record-unlinked', `${path} is not in the chain`, path);
  }
  // Nothing may sit in a capture folder that its signed capture.json does not list.
  const folders = new Map<string, Set<string>>();
  for (const path of linked) folders.set(path.slice(0, -'/capture.json'.length), new Set(['capture.json']));
  for (const path of linked) {
    const manifest = captureManifestSchema.safeParse(parseJsonFile(files.get(path)));
    if (manifest.success) for (const a of manifest.data.artifacts) folders.get(path.slice(0, -'/capture.json'.length))?.add(a.path);
  }
  for (const path of files.keys()) {
    if (!path.startsWith('captures/')) continue;
    const slash = path.lastIndexOf('/');
    const names = folders.get(path.slice(0, slash));
    if (!names || !names.has(path.slice(slash + 1))) {
      if (!/\/capture\.json$/.test(path)) add('file-added', `${path} is not an artifact of a signed capture`, path);
    }
  }
  return captures;
}

async function checkCapture(path: string, body: string, files: Map<string, Uint8Array>, add: Add): Promise<void> {
  const bytes = files.get(path);
  if (!bytes) {
    add('record-changed', `${path} is missing`, path);
    return;
  }
  if ((await sha256Tag(bytes)) !== body) add('record-changed', `${path} is not the capture its chain link signs`, path);
  const manifest = captureManifestSchema.safeParse(parseJsonFile(bytes));
  if (!manifest.success) {
    add('record-invalid', `${path} is not a valid capture record`, path);
    return;
  }
  const dir = path.slice(0, -'/capture.json'.length);
  for (const a of manifest.data.artifacts) {
    const file = `${dir}/${a.path}`;
    const data = files.get(file);
    if (!data) {
      add('artifact-missing', `${file} is listed in its capture but missing`, file);
      continue;
    }
    if (data.byteLength !== a.bytes || (await sha256Tag(data)) !== a.hash) add('artifact-changed', `${file} is not the file captured`, file);
  }
}
