import type { PageFactsInput } from '@/lib/facts/page-facts';

/**
 * A site adapter reads one marketplace. `extract` is a pure function of the
 * document and its URL: no network, no globals, no page scripts (content
 * scripts live in an isolated world and cannot see `window.runParams`, so
 * embedded data is read from the inline script text).
 */
export interface SiteAdapter {
  /** Adapter id, also written to `extraction.adapter`. */
  readonly id: string;
  /** Bumped whenever what the adapter reads changes. */
  readonly version: number;
  matches(url: URL): boolean;
  /** Returns null when the page is not a shop page (no verdict, no badge). */
  extract(doc: Document, url: URL): PageFactsInput | null;
}
