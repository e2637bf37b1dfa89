// The shared corpus's pages (../shared/corpus/{products,marketplaces}, the
// format of its README), unzipped, for the tools that read them in Chromium.
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
