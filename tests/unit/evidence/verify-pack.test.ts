import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { verifyPack } from '@/lib/evidence/verify/verify-pack';
import { sha256Tag } from '@/lib/evidence/hash';
import { KEY_ALGORITHM, exportPublicJwk, keyFingerprint, signText } from '@/lib/evidence/signing';
import { editJson, makePack, rezip, unzip } from '../../fixtures/evidence/packs';

const codes = (r: { problems: { code: string }[] }) => [...new Set(r.problems.map((p) => p.code))].sort();

describe('verifyPack', () => {
  it('accepts an untouched pack and reports every file ok', async () => {
    const { zip } = await makePack();
    const result = await verifyPack(zip);
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.captures).toBe(2);
    expect(result.chain).toEqual({ from: 1, to: 3 });
    expect(result.files.every((f) => f.status === 'ok')).toBe(true);
    const paths = result.files.map((f) => f.path);
    expect(paths).toContain('report.html');
    expect(paths).toContain('chain.json');
    expect(paths.filter((p) => p.endsWith('/visible.png'))).toHaveLength(2);
    // The capture of the other case is in the chain but not in the pack.
    expect(paths.some((p) => p.includes('temu'))).toBe(false);
  });

  it('catches one changed byte in every single file of the pack', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    for (const path of Object.keys(files)) {
      const copy = { ...files, [path]: files[path]!.slice() };
      const bytes = copy[path]!;
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      const result = await verifyPack(rezip(copy));
      expect(result.valid, path).toBe(false);
      const entry = result.files.find((f) => f.path === path);
      expect(entry?.status, path).toBe('changed');
    }
  });

  it('catches a removed file and an added file', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    const png = Object.keys(files).find((p) => p.endsWith('/visible.png'))!;
    const { [png]: _removed, ...rest } = files;
    const removed = await verifyPack(rezip(rest));
    expect(removed.valid).toBe(false);
    expect(codes(removed)).toContain('file-missing');
    expect(codes(removed)).toContain('artifact-missing');
    expect(removed.files.find((f) => f.path === png)?.status).toBe('missing');

    const added = await verifyPack(rezip({ ...files, 'notes.txt': strToU8('hello') }));
    expect(added.valid).toBe(false);
    expect(codes(added)).toEqual(['file-added']);
    expect(added.files.find((f) => f.path === 'notes.txt')?.status).toBe('added');
  });

  it('catches a forger who edits a file and rewrites datapackage.json but cannot sign', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    const png = Object.keys(files).find((p) => p.endsWith('/visible.png'))!;
    files[png] = strToU8('not the screenshot');
    editJson(files, 'datapackage.json', (pkg) => {
      const r = (pkg.resources as { path: string; hash: string; bytes: number }[]).find((x) => x.path === png)!;
      r.bytes = files[png]!.byteLength;
    });
    const pkgHash = await sha256Tag(files['datapackage.json']!);
    editJson(files, 'datapackage-digest.json', (d) => {
      d.hash = pkgHash;
      (d.signedData as Record<string, unknown>).hash = pkgHash;
    });
    const result = await verifyPack(rezip(files));
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain('bad-signature');
    // The signed capture record still names the original screenshot.
    expect(codes(result)).toContain('artifact-changed');
  });

  it('catches a forger who re-signs everything with a key of their own (chain signatures fail)', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    const forged = await crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
    const jwk = await exportPublicJwk(forged.publicKey);
    const fingerprint = await keyFingerprint(forged.publicKey);
    editJson(files, 'chain.json', (c) => {
      c.keyFingerprint = fingerprint;
    });
    editJson(files, 'datapackage.json', (pkg) => {
      const r = (pkg.resources as { path: string; hash: string; bytes: number }[]).find((x) => x.path === 'chain.json')!;
      r.bytes = files['chain.json']!.byteLength;
    });
    // Fix the chain.json hash properly, then sign the manifest with the forged key.
    const chainHash = await sha256Tag(files['chain.json']!);
    editJson(files, 'datapackage.json', (pkg) => {
      (pkg.resources as { path: string; hash: string }[]).find((x) => x.path === 'chain.json')!.hash = chainHash;
    });
    const pkgHash = await sha256Tag(files['datapackage.json']!);
    const signature = await signText(forged.privateKey, pkgHash);
    editJson(files, 'datapackage-digest.json', (d) => {
      d.hash = pkgHash;
      d.signedData = { ...(d.signedData as object), hash: pkgHash, signature, publicKey: jwk, keyFingerprint: fingerprint };
    });
    const result = await verifyPack(rezip(files));
    expect(result.valid).toBe(false);
    expect(result.problems.filter((p) => p.code === 'bad-signature').map((p) => p.path)).toEqual(['chain.json', 'chain.json', 'chain.json']);
  });

  it('catches a broken chain: a link removed from the middle', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    editJson(files, 'chain.json', (c) => {
      (c.links as unknown[]).splice(1, 1);
    });
    const result = await verifyPack(rezip(files));
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain('chain-broken');
  });

  it('catches a capture record swapped for another one', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    editJson(files, 'chain.json', (c) => {
      const links = c.links as { capture: string | null }[];
      [links[0]!.capture, links[2]!.capture] = [links[2]!.capture, links[0]!.capture];
    });
    const result = await verifyPack(rezip(files));
    expect(codes(result)).toContain('record-changed');
  });

  it('refuses garbage, an empty zip, unsafe paths and duplicate entries without throwing', async () => {
    expect(codes(await verifyPack(strToU8('PK not a zip')))).toEqual(['not-a-zip']);
    expect(codes(await verifyPack(rezip({})))).toEqual(['manifest-missing']);
    const { zip } = await makePack();
    const evil = await verifyPack(rezip({ ...unzip(zip), '../evil.txt': strToU8('x') }));
    expect(codes(evil)).toContain('unsafe-path');
  });

  it('reports a zip holding the same name twice (a map-based reader would see only one of them)', async () => {
    const { zip } = await makePack();
    const files = unzip(zip);
    // Add a same-length name, then rename it to case.json in the local header and central directory.
    const same = rezip({ ...files, 'case.jsox': files['case.json']! });
    const from = strToU8('case.jsox');
    const to = strToU8('case.json');
    let renamed = 0;
    for (let i = 0; i + from.length <= same.length; i++) {
      if (from.every((x, j) => same[i + j] === x)) {
        same.set(to, i);
        renamed += 1;
      }
    }
    expect(renamed).toBe(2);
    const result = await verifyPack(same);
    expect(result.valid).toBe(false);
    expect(codes(result)).toContain('duplicate-entry');
  });
});
