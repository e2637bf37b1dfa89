import Dexie from 'dexie';
import type { AppDB } from '@/lib/db/app-db';
import { canonicalJson } from './canonical-json';
import { linkHash, linkText } from './chain';
import { sha256Tag } from './hash';
import type { SigningKey } from './key-store';
import { captureManifestSchema, type Artifact, type CaptureManifest, type ChainLink } from './record-schema';
import { signText } from './signing';
import { isQuotaError, StorageFullError } from './storage-errors';
import type { EvidenceBlob, EvidenceRecord } from './store-types';

/** An artifact as captured, before hashing. */
export interface ArtifactInput extends Omit<Artifact, 'bytes' | 'hash'> {
  bytes: Uint8Array;
}

/** Everything a capture produced; nothing of it is stored yet. */
export interface CaptureDraft {
  caseId: string;
  manifest: Omit<CaptureManifest, 'artifacts'>;
  artifacts: ArtifactInput[];
  thumb?: string;
}

/** The case a capture was filed under no longer exists. */
export class CaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`case ${caseId} not found`);
    this.name = 'CaseNotFoundError';
  }
}

class ChainMoved extends Error {}

const MAX_APPEND_ATTEMPTS = 8;

/**
 * Stores one capture atomically: the record and all its blobs in ONE
 * IndexedDB transaction, started only after every artifact is hashed and the
 * link is signed. A failure anywhere (full disk, a killed worker, an abort)
 * leaves either the whole capture or nothing; there is no pending state.
 *
 * The chain head is read outside the transaction (signing is async and would
 * let the transaction auto-commit), then checked again inside it; `&seq` is
 * unique, so a concurrent append makes this attempt fail and retry on the new head.
 */
export async function commitCapture(db: AppDB, draft: CaptureDraft, key: SigningKey, signal?: AbortSignal): Promise<EvidenceRecord> {
  const artifacts: Artifact[] = [];
  const blobs: Omit<EvidenceBlob, 'recordId' | 'id'>[] = [];
  for (const a of draft.artifacts) {
    const { bytes, ...meta } = a;
    artifacts.push({ ...meta, bytes: bytes.byteLength, hash: await sha256Tag(bytes) });
    blobs.push({ path: a.path, bytes });
  }
  if (new Set(artifacts.map((a) => a.path)).size !== artifacts.length) throw new Error('duplicate artifact path');
  // What we sign must be what the verifier accepts.
  const manifest = captureManifestSchema.parse({ ...draft.manifest, artifacts });
  const manifestJson = canonicalJson(manifest);
  const body = await sha256Tag(manifestJson);
  const facts = artifacts.find((a) => a.role === 'facts');

  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    const head = await db.evidenceRecords.orderBy('seq').last();
    const link: ChainLink = { v: 1, seq: (head?.seq ?? 0) + 1, prev: head?.hash ?? null, body };
    const record: EvidenceRecord = {
      id: manifest.id,
      seq: link.seq,
      caseId: draft.caseId,
      trigger: manifest.trigger,
      capturedAt: manifest.time.utc,
      url: manifest.page.url,
      title: manifest.page.title,
      manifestJson,
      body,
      prev: link.prev,
      hash: await linkHash(link),
      signature: await signText(key.privateKey, linkText(link)),
      artifacts,
      totalBytes: artifacts.reduce((n, a) => n + a.bytes, 0),
      factsHash: facts?.hash,
      thumb: draft.thumb,
    };
    signal?.throwIfAborted();
    try {
      await db.transaction('rw', [db.evidenceRecords, db.evidenceBlobs, db.evidenceCases], async () => {
        const current = await db.evidenceRecords.orderBy('seq').last();
        if ((current?.hash ?? null) !== link.prev) throw new ChainMoved();
        if (!(await db.evidenceCases.get(draft.caseId))) throw new CaseNotFoundError(draft.caseId);
        await db.evidenceRecords.add(record);
        await db.evidenceBlobs.bulkAdd(blobs.map((b) => ({ ...b, id: `${record.id}/${b.path}`, recordId: record.id })));
        await db.evidenceCases.update(draft.caseId, { updatedAt: Date.now() });
      });
      return record;
    } catch (err) {
      // IndexedDB serializes read-write transactions on one store, so ChainMoved is
      // the normal signal; the unique `seq` index is the backstop.
      const raced = err instanceof ChainMoved || err instanceof Dexie.ConstraintError;
      if (raced && attempt < MAX_APPEND_ATTEMPTS) continue;
      if (isQuotaError(err)) throw new StorageFullError(err);
      throw err;
    }
  }
}
