import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { EVAL_FIELDS, type EvalField, type LabelValue, type Scalar } from './scoring';

/**
 * Reads a corpus in the format of `../shared/corpus/README.md`:
 * `labels.json` plus `pages/<id>.html.gz`.
 */

export interface CorpusEntry {
  id: string;
  url: string;
  marketplace?: string;
  pageKind?: string;
  labels: Partial<Record<EvalField, LabelValue>>;
}

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function labelValue(v: unknown): LabelValue | undefined {
  if (v === null) return null;
  if (isScalar(v)) return v;
  if (Array.isArray(v)) return v.filter(isScalar);
  return undefined;
}

/** Parses `labels.json`; unknown label fields are ignored, malformed entries rejected. */
export function readLabels(dir: string): CorpusEntry[] {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${dir}/labels.json: expected an object of pages`);
  const entries: CorpusEntry[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') throw new Error(`labels.json: page ${id} is not an object`);
    const v = value as Record<string, unknown>;
    if (typeof v.url !== 'string') throw new Error(`labels.json: page ${id} has no url`);
    const labels: Partial<Record<EvalField, LabelValue>> = {};
    const rawLabels = (v.labels && typeof v.labels === 'object' ? v.labels : {}) as Record<string, unknown>;
    for (const field of EVAL_FIELDS) {
      if (!(field in rawLabels)) continue;
      const l = labelValue(rawLabels[field]);
      if (l !== undefined) labels[field] = l;
    }
    entries.push({
      id,
      url: v.url,
      ...(typeof v.marketplace === 'string' ? { marketplace: v.marketplace } : {}),
      ...(typeof v.pageKind === 'string' ? { pageKind: v.pageKind } : {}),
      labels,
    });
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** The page's HTML, gunzipped and decoded (UTF-8, or the charset its meta tag declares). */
export function readPageHtml(dir: string, id: string): string {
  const bytes = gunzipSync(readFileSync(join(dir, 'pages', `${id}.html.gz`)));
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall back to UTF-8, as a browser would.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Parses HTML into a Document. linkedom is used because it parsed every
 * corpus page correctly and several times faster than happy-dom, whose
 * parser dropped most of some pages' body.
 */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
