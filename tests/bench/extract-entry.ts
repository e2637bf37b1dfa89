// Bench entry: what a content script runs on a page — its marketplace's
// adapter alone, or the generic reader on any other shop (see content.bench.mjs).
import { adapterFor } from '@/lib/sites/registry';
import { readPage } from '@/lib/sites/read-page';

export function readAsContentScript(doc: Document, url: URL): unknown {
  return readPage(adapterFor(url), doc, url);
}
