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

  it('returns undefined for malformed or oversized text instead of throwing', () => {
    expect(safeJsonParse('{"a":')).toBeUndefined();
    expect(safeJsonParse(`"${'x'.repeat(4_000_001)}"`)).toBeUndefined();
  });
});
