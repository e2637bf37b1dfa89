/**
 * JSON parsing for hostile pages: prototype keys are dropped, input size is
 * bounded, and failures return undefined instead of throwing.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Largest embedded JSON we are willing to parse (characters). */
export const MAX_JSON_CHARS = 4_000_000;

/**
 * Text that could name a forbidden key: the key itself as a key (quoted,
 * then a colon: JSON writes a key no other way), or a real `\u00xx` escape
 * of `_` or a lower-case letter (`"\u005f_proto__"` parses to `__proto__`).
 * A real escape starts an odd run of backslashes; an even run is escaped
 * backslashes, as in the regular expressions page state carries
 * (`"^[\\u0061-\\u007A]"`). Measured on the corpus: of 164 scripts over
 * 20 KB, the looser test (any mention of the names, any `\u00xx` after a
 * backslash) sent 60 through the reviver, which doubles the parse time (4 ms
 * more on a 540 KB Walmart search state); this one sends none.
 */
const MAY_NAME_FORBIDDEN_KEY = /"(?:__proto__|constructor|prototype)"\s*:|(?<!\\)(?:\\\\)*\\u00(?:5[fF]|[67][0-9a-fA-F])/;

export function safeJsonParse(textValue: string): unknown {
  if (textValue.length > MAX_JSON_CHARS) return undefined;
  try {
    // A reviver costs a call per value (most of the parse time on a 1 MB page state); text that cannot name a forbidden key needs none.
    if (!MAY_NAME_FORBIDDEN_KEY.test(textValue)) return JSON.parse(textValue) as unknown;
    return JSON.parse(textValue, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch {
    return undefined;
  }
}

/**
 * Finds the end of the balanced JSON object or array that starts at `start`
 * (which must point at `{` or `[`), skipping over string contents.
 * Returns the index after the closing bracket, or -1.
 */
export function balancedEnd(source: string, start: number, limit = MAX_JSON_CHARS): number {
  const open = source[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let inString = false;
  const end = Math.min(source.length, start + limit);
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Reads the JSON value of `"key":` in a script's text, the first one whose
 * value parses. Works on JavaScript that embeds JSON (`window.runParams = {...}`).
 */
export function findJsonObject(source: string, key: string, maxTries = 5): unknown {
  const needle = `"${key}"`;
  let from = 0;
  for (let tries = 0; tries < maxTries; tries++) {
    const at = source.indexOf(needle, from);
    if (at < 0) return undefined;
    from = at + needle.length;
    let i = from;
    while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\t' || source[i] === '\r')) i++;
    if (source[i] !== ':') continue;
    i++;
    while (i < source.length && /\s/.test(source[i] ?? '')) i++;
    const end = balancedEnd(source, i);
    if (end < 0) continue;
    const value = safeJsonParse(source.slice(i, end));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Safe property path read on parsed JSON. */
export function pick(value: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function pickString(value: unknown, ...path: (string | number)[]): string | undefined {
  const v = pick(value, ...path);
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function pickNumber(value: unknown, ...path: (string | number)[]): number | undefined {
  const v = pick(value, ...path);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number.parseFloat(v.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
