import type { HashTag } from './hash';
import type { Artifact, CaptureTrigger } from './record-schema';

/**
 * Rows of the evidence tables (migration 005). Records stay light for
 * listing; artifact bytes live in `evidenceBlobs`, one row per file.
 */

/** A dispute case: what the user typed; working data, not signed evidence. */
export interface EvidenceCase {
  id: string;
  createdAt: number;
  updatedAt: number;
  platform: string;
  orderNumber?: string;
  seller?: string;
  /** yyyy-mm-dd */
  orderDate?: string;
  /** yyyy-mm-dd */
  deliveryDate?: string;
  amountPaid?: { amount: string; currency?: string };
  notes?: string;
  /** Created by automatic capture of an order page rather than by the user. */
  auto?: boolean;
}

/** One stored capture: its signed manifest and chain link. */
export interface EvidenceRecord {
  id: string;
  /** Position in this installation's chain, 1-based, unique. */
  seq: number;
  /** The case it is filed under; not part of the signed manifest, so filing can change. */
  caseId: string;
  trigger: CaptureTrigger;
  capturedAt: string;
  url: string;
  title: string;
  /** The exact text of `capture.json`; its SHA-256 is the link's body. */
  manifestJson: string;
  body: HashTag;
  prev: HashTag | null;
  /** SHA-256 of the link's canonical JSON. */
  hash: HashTag;
  /** base64url P1363 signature over the link's canonical JSON. */
  signature: string;
  artifacts: Artifact[];
  totalBytes: number;
  /** SHA-256 of facts.json, to skip re-capturing an unchanged order page. */
  factsHash?: HashTag;
  /** Small preview for lists (data: URL). A working copy, not evidence, never exported. */
  thumb?: string;
}

/** The bytes of one artifact, exactly as hashed. */
export interface EvidenceBlob {
  /** `${recordId}/${path}` */
  id: string;
  recordId: string;
  path: string;
  bytes: Uint8Array;
}

/** The installation's signing key; the private half cannot be exported. */
export interface EvidenceKey {
  id: 'signing';
  keyPair: CryptoKeyPair;
  createdAt: number;
}

/** A built pack waiting to be read out in chunks by the page that asked for it. */
export interface EvidenceExport {
  id: string;
  createdAt: number;
  caseId: string;
  fileName: string;
  hash: HashTag;
  bytes: Uint8Array;
}
