// The shared corpus's pages (../shared/corpus/{products,marketplaces}, the
// format of its README), unzipped, for the tools that read them in Chromium.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** Every page of both sets whose id passes `keep`; an empty list when the corpus is absent. */
export function corpusPages(keep = () => true) {
  const pages = [];
  for (const set of ['products', 'marketplaces']) {
    const dir = path.resolve(ROOT, '../shared/corpus', set);
    if (!existsSync(path.join(dir, 'labels.json'))) continue;
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
    for (const [id, entry] of Object.entries(labels)) {
      if (!keep(id)) continue;
      const file = path.join(dir, 'pages', `${id}.html.gz`);
      if (existsSync(file)) pages.push({ id, url: entry.url, html: gunzipSync(readFileSync(file)).toString('utf8') });
    }
  }
  return pages;
}

/**
 * Each distinct page once: the marketplaces set reuses some pages of the
 * products set byte for byte (17 of 127 on 2026-12-04), and a page counted
 * twice would weigh twice in the p95.
 */
export function distinctPages(pages) {
  const seen = new Set();
  return pages.filter((p) => {
    const key = `${p.url}\n${createHash('sha256').update(p.html).digest('hex')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
