import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { fixDocumentOrder } from './document-order';
import { EVAL_FIELDS, type EvalField, type LabelValue, type Scalar } from './scoring';

/**
 * Reads a corpus in the format of `../shared/corpus/README.md`:
 * `labels.json` plus `pages/<id>.html.gz` (or `pages/<id>.html`).
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

/** The charset a page declares in its `<head>` (`<meta charset>` or an http-equiv content type), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps every byte, so ASCII markup is readable whatever the real charset.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const headEnd = text.search(/<\/head\s*>|<body[\s>]/i);
  // Some pages declare it after a long run of inline scripts and styles: read the whole head, not a fixed prefix.
  const head = headEnd >= 0 ? text.slice(0, headEnd) : text.slice(0, 65536);
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes page bytes. Bytes that are valid UTF-8 are read as UTF-8 even when
 * the head declares another charset: saved pages are often re-encoded without
 * updating the declaration. Otherwise the head's charset (anywhere in it) wins.
 */
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: decode with what the page declares.
  }
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall back to UTF-8, as a browser would.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The page's HTML, decoded (see `decodePage`): `pages/<id>.html.gz` as the
 * shared corpus stores it, or `pages/<id>.html` as the project's own
 * corpus of self-written pages does, so its pages stay readable in a diff.
 */
export function readPageHtml(dir: string, id: string): string {
  const gz = join(dir, 'pages', `${id}.html.gz`);
  if (existsSync(gz)) return decodePage(gunzipSync(readFileSync(gz)));
  return decodePage(readFileSync(join(dir, 'pages', `${id}.html`)));
}

/**
 * Parses HTML into a Document. linkedom is used because it parsed every
 * corpus page correctly and several times faster than happy-dom, whose
 * parser dropped most of some pages' body; its document order is fixed
 * (see document-order.ts).
 */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  fixDocumentOrder(doc);
  // linkedom splits a text at each character reference ("Terre &amp; Feu" is three text nodes);
  // a browser's parser makes one, and the readers take a label's value from the next text node.
  doc.documentElement?.normalize();
  return doc;
}
