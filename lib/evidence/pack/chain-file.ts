import { z } from 'zod';
import { hashTagSchema } from '../record-schema';
import type { EvidenceRecord } from '../store-types';

/**
 * `chain.json`: the installation's chain from the case's first capture to
 * its last, every link in between included. Links of captures filed in other
 * cases carry only their body hash (`capture: null`), so the chain can be
 * checked without revealing what else this person captured.
 */
export const CHAIN_FILE = 'chain.json';
export const CHAIN_FORMAT = 'csg-evidence-chain/1';

export const chainFileSchema = z.object({
  format: z.literal(CHAIN_FORMAT),
  keyFingerprint: hashTagSchema,
  links: z.array(z.object({
    seq: z.number().int().min(1),
    prev: hashTagSchema.nullable(),
    body: hashTagSchema,
    hash: hashTagSchema,
    signature: z.string().max(200),
    /** Path of this capture's capture.json in the pack, or null for another case's capture. */
    capture: z.string().max(300).nullable(),
  })).max(100_000),
});
export type ChainFile = z.infer<typeof chainFileSchema>;

/** The chain file for a span of records (sorted by seq) and the folders of the case's captures. */
export function buildChainFile(span: readonly EvidenceRecord[], dirs: ReadonlyMap<string, string>, keyFingerprint: string): ChainFile {
  return chainFileSchema.parse({
    format: CHAIN_FORMAT,
    keyFingerprint,
    links: span.map((r) => ({
      seq: r.seq,
      prev: r.prev,
      body: r.body,
      hash: r.hash,
      signature: r.signature,
      capture: dirs.has(r.id) ? `${dirs.get(r.id)}/capture.json` : null,
    })),
  });
}
