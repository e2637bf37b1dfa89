import { balancedEnd, safeJsonParse } from '@/lib/sites/util/safe-json';

/**
 * Finding JSON objects inside inline scripts without running them: a
 * content script lives in an isolated world and cannot read page globals,
 * so `var meta = {...}` or `dataLayer.push({...})` is read as text.
 */

/** Largest single script scanned for embedded objects; bigger ones are app bundles, not page data. */
const MAX_SCRIPT = 3_000_000;
/** Largest embedded object scanned for its end. */
const MAX_OBJECT = 500_000;

/** The JSON value assigned after `marker` (which should end right before `{` or `[`, spaces allowed). */
export function jsonAfter(source: string, marker: string | RegExp, maxTries = 5): unknown {
  let from = 0;
  for (let tries = 0; tries < maxTries; tries++) {
    let at: number;
    let len: number;
    if (typeof marker === 'string') {
      at = source.indexOf(marker, from);
      len = marker.length;
    } else {
      const re = new RegExp(marker.source, marker.flags.includes('g') ? marker.flags : `${marker.flags}g`);
      re.lastIndex = from;
      const m = re.exec(source);
      at = m ? m.index : -1;
      len = m ? m[0].length : 0;
    }
    if (at < 0) return undefined;
    from = at + Math.max(1, len);
    let i = at + len;
    while (i < source.length && /\s/.test(source.charAt(i))) i++;
    const end = balancedEnd(source, i);
    if (end < 0) continue;
    const value = safeJsonParse(source.slice(i, end));
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Every JSON object in a script that starts with `{"key"` for one of `keys`
 * and satisfies `accept`, up to `limit` objects. Used to find product
 * objects (`{"id":…,"variants":[…]}`) wherever a theme prints them.
 */
export function objectsStartingWith(source: string, keys: readonly string[], accept: (v: Record<string, unknown>) => boolean, limit = 3): Record<string, unknown>[] {
  if (source.length > MAX_SCRIPT) return [];
  const out: Record<string, unknown>[] = [];
  for (const key of keys) {
    const needle = `{"${key}":`;
    let from = 0;
    for (let tries = 0; tries < 40 && out.length < limit; tries++) {
      const at = source.indexOf(needle, from);
      if (at < 0) break;
      from = at + needle.length;
      // A product object is small; bounding each scan keeps forty misses on a huge bundle cheap.
      const end = balancedEnd(source, at, MAX_OBJECT);
      if (end < 0) continue;
      const value = safeJsonParse(source.slice(at, end));
      if (value && typeof value === 'object' && !Array.isArray(value) && accept(value as Record<string, unknown>)) {
        out.push(value as Record<string, unknown>);
        from = end;
      }
    }
  }
  return out;
}

/**
 * JSON documents in the page's `<script>` elements (`scripts`, listed by the
 * page index) that match a selector. Matching the few scripts costs less
 * than a query that tests every element of the page (0.2–0.7 ms for a
 * selector with a case-insensitive substring on a 5,000-element page).
 */
export function jsonScripts(scripts: readonly Element[], selector: string, limit = 20): unknown[] {
  const out: unknown[] = [];
  for (const s of scripts.filter((el) => el.matches(selector)).slice(0, limit)) {
    const t = (s.textContent ?? '').trim();
    if (!t || t.length > MAX_SCRIPT) continue;
    const v = safeJsonParse(t);
    if (v !== undefined) out.push(v);
  }
  return out;
}
