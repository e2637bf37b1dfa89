import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFactsSchema, type PageFacts } from '@/lib/facts/page-facts';
import { extractGeneric } from '@/lib/sites/generic';

/**
 * Helpers for the generic-extractor tests: parse a synthetic fixture (or
 * inline HTML) as a given URL, extract with the generic adapter, and
 * validate with the schema the background applies, so no test can pass on
 * facts the extension would refuse.
 */

const FIXTURES = join(__dirname, '../../fixtures/generic');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Generic extraction of `html` at `url`, schema-validated; null when the gate says "not a product page". */
export function extract(html: string, url: string): PageFacts | null {
  const raw = extractGeneric(parse(html), new URL(url));
  return raw ? pageFactsSchema.parse(raw) : null;
}

/** Like `extract`, failing the test when the page is not read as a product page. */
export function product(html: string, url: string): PageFacts {
  const facts = extract(html, url);
  if (!facts) throw new Error(`expected a product page at ${url}`);
  return facts;
}

/** A page around body markup, with optional head markup and language. */
export function page(body: string, opts: { lang?: string; title?: string; head?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${opts.title ?? 'Test product'}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** A JSON-LD block, with `</` escaped as pages must do so a value cannot close the script early. */
export function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/<\//g, '<\\/')}</script>`;
}
