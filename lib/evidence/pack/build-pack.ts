import type { AppDB } from '@/lib/db/app-db';
import { utf8 } from '../encoding';
import { sha256Tag, type HashTag } from '../hash';
import type { SigningKey } from '../key-store';
import { captureManifestSchema } from '../record-schema';
import type { EvidenceRecord } from '../store-types';
import { buildChainFile, CHAIN_FILE } from './chain-file';
import { buildDatapackage, buildDigest, jsonFile, parseJsonFile } from './datapackage';
import { buildReportHtml, type ReportCapture, type ReportLanguages } from './report-html';
import { writeZip, type PackFile } from './zip';

/** What building a pack needs besides the database. */
export interface PackEnv {
  key: SigningKey;
  languages: ReportLanguages;
  /** "Cross-Border Shopping Guard 0.1.0" */
  software: string;
  now?: Date;
}

/** A stored artifact no longer matches the hash recorded at capture. */
export class StoredEvidenceCorrupt extends Error {
  constructor(detail: string) {
    super(`stored evidence does not match its record: ${detail}`);
    this.name = 'StoredEvidenceCorrupt';
  }
}

export const CASE_FILE = 'case.json';
export const REPORT_FILE = 'report.html';

/** `captures/000007-1a2b3c4d`: sorts in chain order, unique by record id. */
export function captureDir(record: Pick<EvidenceRecord, 'seq' | 'id'>): string {
  return `captures/${String(record.seq).padStart(6, '0')}-${record.id.slice(0, 8)}`;
}

/** A file name people can read and every file system accepts. */
export function packFileName(parts: readonly (string | undefined)[], now: Date): string {
  const stem = parts.filter(Boolean).join('-').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `evidence-${stem}-${now.toISOString().slice(0, 10).replace(/-/g, '')}.zip`;
}

/**
 * Builds the zip of one case: every capture's exact stored bytes, its
 * capture.json, the chain span, case.json, report.html and the two
 * manifests. Each stored artifact is re-hashed first, so a pack is never
 * built from bytes that no longer match their signed record.
 */
export async function buildCasePack(db: AppDB, caseId: string, env: PackEnv): Promise<{ fileName: string; bytes: Uint8Array; hash: HashTag }> {
  const now = env.now ?? new Date();
  const created = now.toISOString();
  const { evidenceCase, records, span, blobs } = await db.transaction('r', [db.evidenceCases, db.evidenceRecords, db.evidenceBlobs], async () => {
    const evidenceCase = await db.evidenceCases.get(caseId);
    if (!evidenceCase) throw new Error(`case ${caseId} not found`);
    const records = await db.evidenceRecords.where('caseId').equals(caseId).sortBy('seq');
    const first = records[0];
    const last = records[records.length - 1];
    const span = first && last ? await db.evidenceRecords.where('seq').between(first.seq, last.seq, true, true).sortBy('seq') : [];
    const blobs = await db.evidenceBlobs.where('recordId').anyOf(records.map((r) => r.id)).toArray();
    return { evidenceCase, records, span, blobs };
  });

  const byId = new Map(blobs.map((b) => [b.id, b.bytes]));
  const files: PackFile[] = [];
  const dirs = new Map<string, string>();
  const reportCaptures: ReportCapture[] = [];
  for (const record of records) {
    const dir = captureDir(record);
    dirs.set(record.id, dir);
    files.push({ path: `${dir}/capture.json`, bytes: utf8(record.manifestJson) });
    let factsJson: unknown;
    for (const a of record.artifacts) {
      const bytes = byId.get(`${record.id}/${a.path}`);
      if (!bytes) throw new StoredEvidenceCorrupt(`${dir}/${a.path} is missing`);
      if ((await sha256Tag(bytes)) !== a.hash) throw new StoredEvidenceCorrupt(`${dir}/${a.path} changed`);
      files.push({ path: `${dir}/${a.path}`, bytes });
      if (a.role === 'facts') factsJson = parseJsonFile(bytes);
    }
    reportCaptures.push({ dir, record, manifest: captureManifestSchema.parse(JSON.parse(record.manifestJson)), facts: factsJson });
  }

  files.push(jsonFile(CHAIN_FILE, buildChainFile(span, dirs, env.key.fingerprint)));
  files.push(jsonFile(CASE_FILE, { format: 'csg-evidence-case/1', case: evidenceCase, exportedAt: created }));
  const report = await buildReportHtml({ case: evidenceCase, captures: reportCaptures, keyFingerprint: env.key.fingerprint, created, software: env.software }, env.languages);
  files.push({ path: REPORT_FILE, bytes: utf8(report) });

  const title = [evidenceCase.platform, evidenceCase.orderNumber, evidenceCase.seller].filter(Boolean).join(' · ');
  const datapackage = await buildDatapackage(files, { title, created, software: env.software });
  const digest = await buildDigest(datapackage, env.key, { created, software: env.software });
  const bytes = writeZip([...files, datapackage, digest], now);
  return {
    fileName: packFileName([evidenceCase.platform, evidenceCase.orderNumber ?? caseId.slice(0, 8)], now),
    bytes,
    hash: await sha256Tag(bytes),
  };
}
