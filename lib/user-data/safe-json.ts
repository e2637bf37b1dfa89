/**
 * JSON parsing for files from outside. `JSON.parse` itself is safe from
 * prototype pollution (it creates `__proto__` as a plain own property), but
 * code that later copies such objects is not, so keys that name the
 * prototype chain are refused outright, as is absurd nesting.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Export files are three levels deep; anything beyond this is not ours. */
const MAX_DEPTH = 8;

export class UnsafeJsonError extends Error {
  constructor(readonly kind: 'not-json' | 'hostile', detail: string) {
    super(detail);
  }
}

function depthOf(value: unknown, limit: number): number {
  // Iterative, so a deeply nested file cannot exhaust the stack.
  const stack: Array<[unknown, number]> = [[value, 1]];
  let max = 0;
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return max;
}

/** Parses `text`; throws `UnsafeJsonError` for invalid JSON, forbidden keys or deep nesting. */
export function parseUntrustedJson(text: string): unknown {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch (err) {
    if (err instanceof RangeError) throw new UnsafeJsonError('hostile', 'nested too deeply');
    throw new UnsafeJsonError('not-json', err instanceof Error ? err.message.slice(0, 120) : 'invalid JSON');
  }
  if (forbidden) throw new UnsafeJsonError('hostile', `forbidden key "${forbidden}"`);
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) throw new UnsafeJsonError('hostile', 'nested too deeply');
  return value;
}
