import { z } from 'zod';
import type { SenderKind } from '@/lib/messaging/protocol';
import { CAPTURE_ERROR_CODES } from './capture/capture-error';
import { caseInputSchema } from './case-store';
import { publicJwkSchema } from './signing';
import { ARTIFACT_ROLES, CAPTURE_TRIGGERS } from './record-schema';

/**
 * Evidence messages of the one protocol map (spread into PROTOCOL). All are
 * for extension pages only: a content script, which runs in hostile pages,
 * can never start a capture, read a case or export a pack.
 *
 * Verifying a pack the user opens needs no privilege and no database, so it
 * runs in the page that opened the file (components/evidence-verify.tsx)
 * rather than copying the whole zip through a message.
 */
const tabId = z.number().int().min(0).max(2 ** 31);
const id = z.string().min(1).max(64);
const pages = ['extension-page'] as const;

const caseSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  platform: z.string(),
  orderNumber: z.string().optional(),
  seller: z.string().optional(),
  orderDate: z.string().optional(),
  deliveryDate: z.string().optional(),
  amountPaid: z.object({ amount: z.string(), currency: z.string().optional() }).optional(),
  notes: z.string().optional(),
  auto: z.boolean().optional(),
});

const captureSummary = z.object({
  id: z.string(),
  seq: z.number(),
  trigger: z.enum(CAPTURE_TRIGGERS),
  capturedAt: z.string(),
  url: z.string(),
  title: z.string(),
  hash: z.string(),
  totalBytes: z.number(),
  thumb: z.string().max(400_000).optional(),
  artifacts: z.array(z.object({ path: z.string(), role: z.enum(ARTIFACT_ROLES), bytes: z.number() })),
});
export type CaptureSummary = z.infer<typeof captureSummary>;

const progress = z.object({ phase: z.enum(['visible', 'frames', 'saving']), done: z.number(), total: z.number() });

export const EVIDENCE_PROTOCOL = {
  /** Capture a tab now (popup button). The popup's opening granted activeTab for it. */
  captureTab: {
    from: pages,
    request: z.object({ tabId, fullPage: z.boolean().optional(), caseId: id.optional() }).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), recordId: z.string(), seq: z.number(), hash: z.string(), caseId: z.string(), totalBytes: z.number(), title: z.string() }),
      z.object({ status: z.literal('failed'), code: z.enum(CAPTURE_ERROR_CODES), detail: z.string() }),
    ]),
  },
  cancelCapture: { from: pages, request: z.object({ tabId }).strict(), response: z.object({ cancelled: z.boolean() }) },
  captureStatus: { from: pages, request: z.object({ tabId }).strict(), response: z.object({ running: z.boolean(), progress: progress.optional() }) },
  createCase: { from: pages, request: caseInputSchema, response: caseSchema },
  listCases: {
    from: pages,
    request: z.object({}).strict(),
    response: z.array(caseSchema.extend({ captures: z.number(), bytes: z.number() })),
  },
  getCase: {
    from: pages,
    request: z.object({ caseId: id }).strict(),
    response: z.object({ case: caseSchema, captures: z.array(captureSummary) }).nullable(),
  },
  /** Builds and self-verifies a case's pack; read it out with readExport. */
  exportCase: {
    from: pages,
    request: z.object({ caseId: id }).strict(),
    response: z.object({ exportId: z.string(), fileName: z.string(), bytes: z.number(), hash: z.string(), chunks: z.number() }),
  },
  readExport: {
    from: pages,
    request: z.object({ exportId: id, index: z.number().int().min(0).max(100_000) }).strict(),
    response: z.object({ data: z.string(), last: z.boolean() }),
  },
  storageUsage: {
    from: pages,
    request: z.object({}).strict(),
    response: z.object({ usage: z.number().optional(), quota: z.number().optional(), persisted: z.boolean().optional(), evidenceBytes: z.number(), captures: z.number(), cases: z.number() }),
  },
  /** This installation's public key, to tell "signed here" from "signed elsewhere". */
  signingKey: {
    from: pages,
    request: z.object({}).strict(),
    response: z.object({ fingerprint: z.string(), publicKey: publicJwkSchema, createdAt: z.number() }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;
