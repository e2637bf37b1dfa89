import { ListError } from './errors';

/**
 * A compiled domain list: sorted 64-bit fingerprints (see `fingerprint.ts`)
 * in one ArrayBuffer, 8 bytes per entry. Sorting uses the engine's native
 * `BigUint64Array#sort` on the same bytes, so no BigInt is ever created, and
 * lookups read the words through a `Uint32Array` view of that buffer.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Word offsets of the high and low halves of each 64-bit element on this platform. */
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** At most this many entries in one list (8 bytes each: 32 MB). */
export const MAX_TABLE_ENTRIES = 4_000_000;

/** What a lookup found: not listed, listed for the exact host, or listed with its subdomains. */
export const NOT_FOUND = -1;
export const EXACT = 0;
export const WITH_SUBDOMAINS = 1;

/** Collects fingerprints while a list is parsed, growing by doubling. */
export class TableBuilder {
  private words: Uint32Array<ArrayBuffer>;
  private n = 0;

  constructor(initialEntries = 1024) {
    this.words = new Uint32Array(Math.max(2, initialEntries * 2));
  }

  get size(): number {
    return this.n;
  }

  /** Adds one entry; `lo` must have its flag bit clear. */
  add(hi: number, lo: number, withSubdomains: boolean): void {
    if (this.n >= MAX_TABLE_ENTRIES) throw new ListError('too-large', `over ${MAX_TABLE_ENTRIES} entries`);
    if ((this.n + 1) * 2 > this.words.length) {
      const next = new Uint32Array(this.words.length * 2);
      next.set(this.words);
      this.words = next;
    }
    const at = this.n * 2;
    this.words[at + HI] = hi;
    this.words[at + LO] = withSubdomains ? (lo | 1) >>> 0 : lo;
    this.n++;
  }

  /** Sorts, merges duplicates (an entry with subdomains wins over the exact one) and returns the packed bytes and their bucket index. */
  finish(): { buffer: ArrayBuffer; index: ArrayBuffer; count: number } {
    const n = this.n;
    new BigUint64Array(this.words.buffer, 0, n).sort();
    const w = this.words;
    let out = 0;
    for (let i = 0; i < n; i++) {
      const hi = w[i * 2 + HI]!;
      const lo = w[i * 2 + LO]!;
      if (out > 0 && w[(out - 1) * 2 + HI] === hi && w[(out - 1) * 2 + LO]! >>> 1 === lo >>> 1) {
        w[(out - 1) * 2 + LO] = (w[(out - 1) * 2 + LO]! | lo) >>> 0;
        continue;
      }
      w[out * 2 + HI] = hi;
      w[out * 2 + LO] = lo;
      out++;
    }
    const buffer = w.buffer.slice(0, out * 8);
    this.words = new Uint32Array(2);
    this.n = 0;
    return { buffer, count: out, index: buildIndex(new Uint32Array(buffer), out).buffer };
  }
}

/** Bucket bits for a table of `count` entries: about 8 entries per bucket, at most 2^16 buckets. */
function bucketBits(count: number): number {
  return Math.max(0, Math.min(16, Math.floor(Math.log2(Math.max(1, count))) - 3));
}

/**
 * The bucket index of sorted words: `starts[b]` is the first entry whose top
 * bits are `b`. One sequential pass; throws if bucket ids ever decrease
 * (the order lookups rely on).
 */
function buildIndex(w: Uint32Array, count: number): Uint32Array<ArrayBuffer> {
  const bits = bucketBits(count);
  const shift = 32 - bits;
  const buckets = 2 ** bits;
  const starts = new Uint32Array(buckets + 1);
  let bucket = 0;
  for (let i = 0; i < count; i++) {
    const b = bits === 0 ? 0 : w[i * 2 + HI]! >>> shift;
    if (b < bucket) throw new ListError('malformed', 'stored table is not sorted');
    while (bucket < b) starts[++bucket] = i;
  }
  while (bucket < buckets) starts[++bucket] = count;
  return starts;
}

/**
 * Checks a stored index against its table without a full pass: shape,
 * monotonic starts, and a sample of entries falling in their own bucket.
 */
function indexFits(w: Uint32Array, count: number, starts: Uint32Array): boolean {
  const bits = bucketBits(count);
  const buckets = 2 ** bits;
  if (starts.length !== buckets + 1 || starts[0] !== 0 || starts[buckets] !== count) return false;
  for (let b = 0; b < buckets; b++) if (starts[b]! > starts[b + 1]!) return false;
  if (bits === 0) return true;
  const shift = 32 - bits;
  const step = Math.max(1, Math.floor(count / 1024));
  for (let i = 0; i < count; i += step) {
    const b = w[i * 2 + HI]! >>> shift;
    if (i < starts[b]! || i >= starts[b + 1]!) return false;
  }
  return true;
}

/**
 * A loaded table, ready for lookups, with a bucket index on the top bits of
 * the fingerprints (about 8 entries per bucket): a lookup reads one short run
 * of neighbouring entries instead of the twenty scattered reads of a binary
 * search over the whole table.
 */
export class FingerprintTable {
  private readonly w: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly shift: number;
  readonly count: number;

  /**
   * Wraps stored bytes; throws if they are not a valid table (corrupt
   * storage). A stored index that fits is used as is (no pass over the
   * entries when the worker wakes); otherwise it is rebuilt.
   */
  constructor(buffer: ArrayBuffer, index?: ArrayBuffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength % 8 !== 0) throw new ListError('malformed', 'stored table has a bad size');
    const w = new Uint32Array(buffer);
    const count = buffer.byteLength / 8;
    const stored = index instanceof ArrayBuffer && index.byteLength % 4 === 0 ? new Uint32Array(index) : undefined;
    this.starts = stored && indexFits(w, count, stored) ? stored : buildIndex(w, count);
    this.shift = 32 - bucketBits(count);
    this.w = w;
    this.count = count;
  }

  /** `NOT_FOUND`, `EXACT` or `WITH_SUBDOMAINS` for a fingerprint (flag bit of `lo` ignored). */
  find(hi: number, lo: number): number {
    const w = this.w;
    const key = lo >>> 1;
    const b = this.shift === 32 ? 0 : hi >>> this.shift;
    let a = this.starts[b]!;
    let e = this.starts[b + 1]!;
    while (a < e) {
      const m = (a + e) >>> 1;
      const mh = w[m * 2 + HI]!;
      if (mh < hi || (mh === hi && w[m * 2 + LO]! >>> 1 < key)) a = m + 1;
      else e = m;
    }
    if (a < this.count && w[a * 2 + HI] === hi && w[a * 2 + LO]! >>> 1 === key) return w[a * 2 + LO]! & 1;
    return NOT_FOUND;
  }

  /** Bytes held by this table and its index. */
  get byteLength(): number {
    return this.w.byteLength + this.starts.byteLength;
  }
}
