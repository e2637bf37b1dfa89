import type { AppDB } from '@/lib/db/app-db';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Handlers } from '@/lib/messaging/router';
import { autoCaptureOrder } from './auto-capture';
import { browserCaptureApi } from './capture/browser-capture-api';
import { createCase, getCase, listCases } from './case-store';
import { readExportChunk } from './export-store';
import { getSigningKey } from './key-store';
import type { EVIDENCE_PROTOCOL } from './protocol-messages';
import { EvidenceService } from './service';

let service: EvidenceService | undefined;

/** The background's one evidence service (one capture rate limit per extension). */
export function getEvidenceService(db: AppDB): EvidenceService {
  if (!service || service.db !== db) service = new EvidenceService(db, browserCaptureApi());
  return service;
}

/** Handlers of the evidence messages; the router already checked sender and schema. */
export function createEvidenceHandlers(db: AppDB): Pick<Handlers, keyof typeof EVIDENCE_PROTOCOL> {
  const svc = () => getEvidenceService(db);
  return {
    captureTab: ({ tabId, fullPage, caseId }) => svc().capture({ tabId, fullPage: fullPage ?? false, caseId, trigger: 'popup' }),
    cancelCapture: async ({ tabId }) => ({ cancelled: svc().sessions.cancel(tabId) }),
    captureStatus: async ({ tabId }) => svc().sessions.status(tabId),
    createCase: (input) => createCase(db, input),
    listCases: () => listCases(db),
    async getCase({ caseId }) {
      const got = await getCase(db, caseId);
      if (!got) return null;
      return {
        case: got.case,
        captures: got.records.map((r) => ({
          id: r.id, seq: r.seq, trigger: r.trigger, capturedAt: r.capturedAt, url: r.url, title: r.title, hash: r.hash,
          totalBytes: r.totalBytes, thumb: r.thumb, artifacts: r.artifacts.map((a) => ({ path: a.path, role: a.role, bytes: a.bytes })),
        })),
      };
    },
    exportCase: ({ caseId }) => svc().exportCase(caseId),
    readExport: ({ exportId, index }) => readExportChunk(db, exportId, index),
    storageUsage: () => svc().storageUsage(),
    async signingKey() {
      const key = await getSigningKey(db);
      return { fingerprint: key.fingerprint, publicKey: key.publicJwk, createdAt: key.createdAt };
    },
  };
}

/** Quiet time after a page's last facts report before an automatic capture. */
export const AUTO_CAPTURE_SETTLE_MS = 1500;
const settling = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * Called with every page the background judged: order pages may be captured
 * automatically. Marketplaces render late and a page may report its facts
 * more than once; the capture waits until the reports settle, so one page
 * load gives one capture of its final terms.
 */
export function onPageFactsForEvidence(db: AppDB, tabId: number, facts: PageFacts): void {
  clearTimeout(settling.get(tabId));
  settling.delete(tabId);
  if (facts.pageKind !== 'order') return;
  settling.set(tabId, setTimeout(() => {
    settling.delete(tabId);
    void autoCaptureOrder(getEvidenceService(db), tabId, facts).catch(() => undefined);
  }, AUTO_CAPTURE_SETTLE_MS));
}
