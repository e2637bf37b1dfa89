/**
 * All `<meta>` tags of a page read once into a map (property, name or
 * itemprop → first non-empty content), so reading twenty OpenGraph keys
 * costs one pass instead of twenty selector queries.
 */

const MAX_META = 500;
const MAX_CONTENT = 2000;

export type MetaIndex = ReadonlyMap<string, string>;

/**
 * Built per extraction (not cached): single-page apps change their meta tags
 * in place. `metas` are the page's meta elements in page order (the page
 * index lists them, so no query walks the page again).
 */
export function metaIndex(metas: readonly Element[]): MetaIndex {
  const map = new Map<string, string>();
  for (const el of metas.slice(0, MAX_META)) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.slice(0, MAX_CONTENT));
    }
  }
  return map;
}

/** The first of `keys` present in the page's meta tags. */
export function meta(index: MetaIndex, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = index.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}
