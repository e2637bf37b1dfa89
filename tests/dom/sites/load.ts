import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFactsSchema, type PageFacts } from '@/lib/facts/page-facts';
import { adapterFor, extractPage } from '@/lib/sites/registry';

/**
 * Test helpers for the marketplace adapters: parse a synthetic fixture (or
 * inline HTML) as the given URL, extract, and check the result against the
 * same schema the background applies, so a test can never pass on facts the
 * extension would refuse.
 */

const FIXTURES = join(__dirname, '../../fixtures/sites');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Extracts with the registry (adapter chosen by URL) and validates; null when the page is not read. */
export function read(html: string, url: string): PageFacts | null {
  const raw = extractPage(parse(html), new URL(url));
  if (!raw) return null;
  return pageFactsSchema.parse(raw);
}

/** Like `read`, but fails unless the marketplace adapter (not the generic fallback) produced the facts. */
export function readWith(adapterId: string, html: string, url: string): PageFacts {
  expect(adapterFor(new URL(url)).id).toBe(adapterId);
  const facts = read(html, url);
  expect(facts).not.toBeNull();
  expect(facts?.extraction.adapter).toBe(adapterId);
  return facts as PageFacts;
}

/** Wraps body markup and inline scripts into a page. */
export function page(body: string, opts: { lang?: string; title?: string; head?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${opts.title ?? 'Test page'}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** A `<script type="application/ld+json">` block. */
export function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}
