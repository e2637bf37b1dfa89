import { z } from 'zod';
import type { AppDB } from '@/lib/db/app-db';
import { decimalSchema } from '@/lib/facts/page-facts';
import type { EvidenceCase, EvidenceRecord } from './store-types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((s) => (s ? s : undefined));

/** What the user types into the one-step "New case" form. */
export const caseInputSchema = z.object({
  platform: z.string().trim().min(1).max(60),
  orderNumber: optionalText(100),
  seller: optionalText(300),
  orderDate: isoDate.optional(),
  deliveryDate: isoDate.optional(),
  amountPaid: z.object({ amount: decimalSchema, currency: z.string().regex(/^[A-Z]{3}$/).optional() }).optional(),
  notes: optionalText(4000),
}).strict();
export type CaseInput = z.input<typeof caseInputSchema>;

/** A case as listed: its fields and how much evidence it holds. */
export interface CaseSummary extends EvidenceCase {
  captures: number;
  bytes: number;
}

/** Creates a case from validated input. */
export async function createCase(db: AppDB, input: CaseInput, opts: { auto?: boolean; now?: number } = {}): Promise<EvidenceCase> {
  const parsed = caseInputSchema.parse(input);
  const now = opts.now ?? Date.now();
  const row: EvidenceCase = { id: crypto.randomUUID(), createdAt: now, updatedAt: now, ...dropUndefined(parsed), ...(opts.auto ? { auto: true } : {}) };
  await db.evidenceCases.add(row);
  return row;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Every case, most recently used first, with capture counts. */
export async function listCases(db: AppDB): Promise<CaseSummary[]> {
  return db.transaction('r', [db.evidenceCases, db.evidenceRecords], async () => {
    const cases = await db.evidenceCases.orderBy('updatedAt').reverse().toArray();
    const counts = new Map<string, { captures: number; bytes: number }>();
    await db.evidenceRecords.each((r) => {
      const c = counts.get(r.caseId) ?? { captures: 0, bytes: 0 };
      c.captures += 1;
      c.bytes += r.totalBytes;
      counts.set(r.caseId, c);
    });
    return cases.map((c) => ({ ...c, ...(counts.get(c.id) ?? { captures: 0, bytes: 0 }) }));
  });
}

/** A case and its captures in chain order, or undefined. */
export async function getCase(db: AppDB, caseId: string): Promise<{ case: EvidenceCase; records: EvidenceRecord[] } | undefined> {
  return db.transaction('r', [db.evidenceCases, db.evidenceRecords], async () => {
    const row = await db.evidenceCases.get(caseId);
    if (!row) return undefined;
    const records = await db.evidenceRecords.where('caseId').equals(caseId).sortBy('seq');
    return { case: row, records };
  });
}

/**
 * The case an order belongs to: same platform and order number when the
 * order number is known, otherwise the most recent case of that platform
 * and seller. Undefined when none matches.
 */
export async function findCaseForOrder(db: AppDB, platform: string, orderNumber?: string, seller?: string): Promise<EvidenceCase | undefined> {
  if (orderNumber) {
    const byOrder = await db.evidenceCases.where('[platform+orderNumber]').equals([platform, orderNumber]).first();
    if (byOrder) return byOrder;
  }
  if (!seller) return undefined;
  const candidates = await db.evidenceCases.orderBy('updatedAt').reverse().filter((c) => c.platform === platform && c.seller === seller && (!orderNumber || !c.orderNumber)).first();
  return candidates;
}
