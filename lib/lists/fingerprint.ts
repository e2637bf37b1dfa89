/**
 * 64-bit fingerprints of hostnames. Lists are stored as sorted fingerprints
 * instead of strings: 8 bytes per entry whatever the name's length, no string
 * sort at import, and a typed array that loads from IndexedDB without parsing.
 *
 * Two 32-bit multiply-xorshift lanes run over the characters (A–Z folded to
 * a–z, so a raw list line can be hashed in place), then a Feistel-style final
 * mix that is a bijection on the 64-bit state. The lowest bit of the low word
 * is not part of the fingerprint: it carries the entry's "subdomains too"
 * flag. With n entries in a table, a name that is not listed matches by
 * accident with probability about n / 2^63 per probe (1.1e-13 at a million
 * entries); `tests/unit/lists/fingerprint.test.ts` checks that no collision
 * shows among millions of distinct names.
 */

/** Output of `fingerprint`: two words, written here so the hot path allocates nothing. */
export const fp = { hi: 0, lo: 0 };

/** Fingerprints `s[start, end)`, lowercasing ASCII letters on the fly. Result in `fp`, flag bit clear. */
export function fingerprint(s: string, start = 0, end = s.length): void {
  let h1 = 0x2f6b5a71;
  let h2 = 0x6c8e9cf5 ^ (end - start);
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 0x9e3779b1);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 ^ c, 0x85ebca77);
    h2 ^= h2 >>> 13;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  fp.hi = h2 >>> 0;
  fp.lo = (h1 & ~1) >>> 0;
}
