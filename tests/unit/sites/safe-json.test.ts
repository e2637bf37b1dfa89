import { describe, expect, it } from 'vitest';
import { safeJsonParse } from '@/lib/sites/util/safe-json';

describe('safeJsonParse', () => {
  it('parses ordinary JSON on the fast path, keeping every key', () => {
    expect(safeJsonParse('{"name":"Lamp","offers":[{"price":"12.50"}],"note":"caf\\u00e9"}')).toEqual({ name: 'Lamp', offers: [{ price: '12.50' }], note: 'café' });
  });

  it('drops __proto__, constructor and prototype keys written plainly', () => {
    const v = safeJsonParse('{"a":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"b":{"prototype":2}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a', 'b']);
    expect(v.b).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a forbidden key spelled with JSON escapes', () => {
    const v = safeJsonParse('{"\\u005f_proto__":{"polluted":1},"\\u0063onstructor":1,"ok":true}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['ok']);
  });

  it('drops a forbidden key followed by whitespace before its colon', () => {
    const v = safeJsonParse('{"constructor" :{"x":1},"prototype"\n:2,"__proto__"\t: {"polluted":1},"ok":1}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps values that mention the names, and escaped backslashes before "u00", exactly as JSON.parse reads them', () => {
    const text = '{"d":"a constructor set, see prototype","re":"^[\\\\u0061-\\\\u007A]+$","k":{"\\\\u005f_proto__":1},"q":"\\"__proto__\\": 1"}';
    expect(safeJsonParse(text)).toEqual(JSON.parse(text));
    expect(Object.keys((safeJsonParse(text) as { k: object }).k)).toEqual(['\\u005f_proto__']);
  });

  it('drops a forbidden key spelled with an escape after escaped backslashes (an odd run is a real escape)', () => {
    // `\\\\` is one escaped backslash in JSON; the next `\\u005f` is a real escape: the key reads `\\__proto__`, which is kept,
    // and a key that reads `__proto__` once decoded is dropped however its escapes are placed.
    const v = safeJsonParse('{"\\\\\\u005f_proto__":1,"\\u005f\\u005fproto__":{"polluted":1},"ok":1}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['\\__proto__', 'ok']);
  });

  it('returns undefined for malformed or oversized text instead of throwing', () => {
    expect(safeJsonParse('{"a":')).toBeUndefined();
    expect(safeJsonParse(`"${'x'.repeat(4_000_001)}"`)).toBeUndefined();
  });
});
