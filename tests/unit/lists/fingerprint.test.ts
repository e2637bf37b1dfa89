import { describe, expect, it } from 'vitest';
import { fingerprint, fp } from '@/lib/lists/fingerprint';
import { EXACT, FingerprintTable, NOT_FOUND, TableBuilder, WITH_SUBDOMAINS } from '@/lib/lists/fingerprint-table';
import { ListError } from '@/lib/lists/errors';

/** Realistic-looking distinct names: shop words, digits, hyphens, several TLDs and depths. */
function name(i: number, salt: string): string {
  const words = ['shop', 'outlet', 'store', 'sale', 'deal', 'brand', 'mall', 'cheap', 'best', 'nike', 'kettle'];
  const tlds = ['com', 'shop', 'top', 'de', 'co.uk', 'store', 'xyz', 'myshopify.com'];
  return `${words[i % 11]}-${salt}${i.toString(36)}${words[(i >> 3) % 11]}.${tlds[(i >> 5) % 8]}`;
}

function add(b: TableBuilder, s: string, wild: boolean) {
  fingerprint(s);
  b.add(fp.hi, fp.lo, wild);
}

function find(t: FingerprintTable, s: string): number {
  fingerprint(s);
  return t.find(fp.hi, fp.lo);
}

describe('fingerprints', () => {
  it('fold ASCII case and hash a range of a larger string like the whole name', () => {
    fingerprint('Shop.Example');
    const a = { ...fp };
    fingerprint('||shop.example^', 2, 14);
    expect(fp).toEqual(a);
    expect(a.lo & 1).toBe(0);
  });

  it('show no collision among a million distinct names, and no false hit for a million others', () => {
    const n = 1_000_000;
    const b = new TableBuilder(n);
    for (let i = 0; i < n; i++) add(b, name(i, 'a'), true);
    const { buffer, count } = b.finish();
    // A collision would have merged two entries.
    expect(count).toBe(n);
    const t = new FingerprintTable(buffer);
    let falseHits = 0;
    for (let i = 0; i < n; i++) if (find(t, name(i, 'b')) !== NOT_FOUND) falseHits++;
    expect(falseHits).toBe(0);
    for (let i = 0; i < n; i += 9973) expect(find(t, name(i, 'a'))).toBe(WITH_SUBDOMAINS);
  });
});

describe('fingerprint tables', () => {
  it('merge duplicates, the "with subdomains" entry winning over the exact one', () => {
    const b = new TableBuilder(1);
    add(b, 'exact.example', false);
    add(b, 'both.example', false);
    add(b, 'both.example', true);
    add(b, 'exact.example', false);
    const { buffer, count } = b.finish();
    expect(count).toBe(2);
    const t = new FingerprintTable(buffer);
    expect(find(t, 'exact.example')).toBe(EXACT);
    expect(find(t, 'both.example')).toBe(WITH_SUBDOMAINS);
    expect(find(t, 'absent.example')).toBe(NOT_FOUND);
  });

  it('refuse damaged bytes instead of answering wrongly', () => {
    const b = new TableBuilder(4096);
    for (let i = 0; i < 4096; i++) add(b, name(i, 'd'), true);
    const { buffer } = b.finish();
    expect(() => new FingerprintTable(buffer.slice(0, 20))).toThrow(ListError);
    // Entries out of order (here: reversed) break the bucket order checked at load.
    const reversed = new BigUint64Array(buffer.slice(0)).reverse();
    expect(() => new FingerprintTable(reversed.buffer)).toThrow(/not sorted/);
    expect(new FingerprintTable(new ArrayBuffer(0)).count).toBe(0);
    expect(new FingerprintTable(buffer).count).toBe(4096);
  });

  it('use a stored index that fits, and rebuild one that does not', () => {
    const b = new TableBuilder(4096);
    for (let i = 0; i < 4096; i++) add(b, name(i, 'e'), i % 2 === 0);
    const { buffer, index } = b.finish();
    for (const idx of [index, undefined, new ArrayBuffer(12), new Uint32Array(new Uint32Array(index).map((v, i) => (i === 3 ? v + 5 : v))).buffer]) {
      const t = new FingerprintTable(buffer, idx);
      for (let i = 0; i < 4096; i += 97) expect(find(t, name(i, 'e'))).toBe(i % 2 === 0 ? WITH_SUBDOMAINS : EXACT);
      expect(find(t, name(1, 'f'))).toBe(NOT_FOUND);
    }
    // A stored index paired with reversed entries is not trusted: the rebuild refuses the order.
    const reversed = new BigUint64Array(buffer.slice(0)).reverse();
    expect(() => new FingerprintTable(reversed.buffer, index)).toThrow(/not sorted/);
  });
});
