import { describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { commitCapture, CaseNotFoundError } from '@/lib/evidence/commit';
import { getSigningKey } from '@/lib/evidence/key-store';
import { linkHash, linkText } from '@/lib/evidence/chain';
import { importPublicJwk, verifyText } from '@/lib/evidence/signing';
import { sha256Tag } from '@/lib/evidence/hash';
import { StorageFullError } from '@/lib/evidence/storage-errors';
import { dbWithCase, makeDraft } from '../../fixtures/evidence/drafts';

function quotaError(): Error {
  const e = new Error('The operation failed because the quota was exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

describe('commitCapture', () => {
  it('stores a record whose body, link hash and signature check out, and chains the next one to it', async () => {
    const { db, caseId } = await dbWithCase();
    const key = await getSigningKey(db);
    const first = await commitCapture(db, makeDraft(caseId, { seed: 1 }), key);
    const second = await commitCapture(db, makeDraft(caseId, { seed: 2 }), key);
    expect(first.seq).toBe(1);
    expect(first.prev).toBeNull();
    expect(second.seq).toBe(2);
    expect(second.prev).toBe(first.hash);
    expect(await sha256Tag(first.manifestJson)).toBe(first.body);
    const link = { v: 1 as const, seq: second.seq, prev: second.prev, body: second.body };
    expect(await linkHash(link)).toBe(second.hash);
    const pub = await importPublicJwk(key.publicJwk);
    expect(await verifyText(pub, linkText(link), second.signature)).toBe(true);
    expect(await verifyText(pub, linkText({ ...link, seq: 3 }), second.signature)).toBe(false);
    const blobs = await db.evidenceBlobs.where('recordId').equals(first.id).toArray();
    expect(blobs.map((b) => b.path).sort()).toEqual(['facts.json', 'page.mhtml', 'visible.png']);
    for (const b of blobs) expect(await sha256Tag(b.bytes)).toBe(first.artifacts.find((a) => a.path === b.path)!.hash);
  });

  it('keeps one chain when captures are committed concurrently', async () => {
    const { db, caseId } = await dbWithCase();
    const key = await getSigningKey(db);
    const records = await Promise.all([1, 2, 3, 4].map((seed) => commitCapture(db, makeDraft(caseId, { seed }), key)));
    const stored = await db.evidenceRecords.orderBy('seq').toArray();
    expect(stored.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.prev).toBe(stored[i - 1]!.hash);
    expect(new Set(records.map((r) => r.id)).size).toBe(4);
  });

  it('a quota error while writing blobs aborts the capture with StorageFullError and leaves no record or blob', async () => {
    const { db, caseId } = await dbWithCase();
    const key = await getSigningKey(db);
    await commitCapture(db, makeDraft(caseId, { seed: 1 }), key);
    vi.spyOn(db.evidenceBlobs, 'bulkAdd').mockImplementationOnce(() => Promise.reject(quotaError()) as never);
    await expect(commitCapture(db, makeDraft(caseId, { seed: 2 }), key)).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.evidenceRecords.count()).toBe(1);
    expect(await db.evidenceBlobs.count()).toBe(3);
    // The chain continues from the last record that was really stored.
    const next = await commitCapture(db, makeDraft(caseId, { seed: 3 }), key);
    expect(next.seq).toBe(2);
  });

  it('a failure after the record row was written (a killed worker) rolls the record back', async () => {
    const { db, caseId } = await dbWithCase();
    const key = await getSigningKey(db);
    vi.spyOn(db.evidenceCases, 'update').mockImplementationOnce(() => Promise.reject(new Error('worker terminated')) as never);
    await expect(commitCapture(db, makeDraft(caseId), key)).rejects.toThrow('worker terminated');
    // A second connection sees what is really on disk.
    const reopened = new AppDB(db.name);
    expect(await reopened.evidenceRecords.count()).toBe(0);
    expect(await reopened.evidenceBlobs.count()).toBe(0);
    reopened.close();
  });

  it('an abort before the transaction writes nothing', async () => {
    const { db, caseId } = await dbWithCase();
    const key = await getSigningKey(db);
    const controller = new AbortController();
    controller.abort();
    await expect(commitCapture(db, makeDraft(caseId), key, controller.signal)).rejects.toThrow();
    expect(await db.evidenceRecords.count()).toBe(0);
    expect(await db.evidenceBlobs.count()).toBe(0);
  });

  it('refuses to file into a case that does not exist', async () => {
    const { db } = await dbWithCase();
    const key = await getSigningKey(db);
    await expect(commitCapture(db, makeDraft('no-such-case'), key)).rejects.toBeInstanceOf(CaseNotFoundError);
    expect(await db.evidenceBlobs.count()).toBe(0);
  });

  it('keeps the same non-extractable key across connections', async () => {
    const { db } = await dbWithCase();
    const key = await getSigningKey(db);
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
    const again = await getSigningKey(new AppDB(db.name));
    expect(again.fingerprint).toBe(key.fingerprint);
  });
});
