import { fingerprint, fp } from './fingerprint';
import { FingerprintTable, NOT_FOUND, WITH_SUBDOMAINS } from './fingerprint-table';
import { lookupStarts, normalizeHost } from './hostname';
import { sellerListKey, type ListCategory, type ListHit, type SellerEntry } from './types';
import type { Severity } from '@/lib/facts/verdict';

/** What a hit says about the list it came from. */
export interface ListLabel {
  listId: string;
  title: string;
  category: ListCategory;
  severity: Severity;
  homepage?: string;
  /** ISO date of the list version. */
  date?: string;
}

/** One list loaded for matching. */
export type LoadedList =
  | { label: ListLabel; kind: 'domains'; table: FingerprintTable }
  | { label: ListLabel; kind: 'sellers'; sellers: ReadonlyMap<string, SellerEntry> };

/**
 * The in-memory matcher: every enabled list plus the allowlists. A host is
 * looked up as itself, then each parent label down to its registrable domain
 * (private suffixes included), never a bare public suffix. The allowlist
 * wins over every list: a host it covers gets no hit at all.
 */
export class Matcher {
  private readonly domainLists: Array<{ base: Omit<ListHit, 'matched'>; table: FingerprintTable }>;
  private readonly sellerLists: Array<{ base: Omit<ListHit, 'matched'>; sellers: ReadonlyMap<string, SellerEntry> }>;
  /** Fingerprints of the levels of the host being matched (reused: no allocation per lookup). */
  private his = new Uint32Array(8);
  private los = new Uint32Array(8);
  /**
   * Allowlisted names as 53-bit fingerprints, so the walk up a host compares
   * numbers and never builds a string per level (a few hundred entries: an
   * accidental match has probability about n / 2^53).
   */
  private readonly allow: ReadonlySet<number>;

  constructor(
    lists: readonly LoadedList[],
    allow: Iterable<string>,
    /** Identifies the list versions loaded, for `Verdict.listsVersion`. */
    readonly version: string,
  ) {
    this.domainLists = [];
    this.sellerLists = [];
    for (const l of lists) {
      if (l.kind === 'domains') this.domainLists.push({ base: hitBase(l.label, 'domain'), table: l.table });
      else this.sellerLists.push({ base: hitBase(l.label, 'seller'), sellers: l.sellers });
    }
    const keys = new Set<number>();
    for (const a of allow) {
      const host = normalizeHost(a);
      if (!host) continue;
      fingerprint(host);
      keys.add(allowKey(fp.hi, fp.lo));
    }
    this.allow = keys;
  }

  /** Number of lists loaded. */
  get listCount(): number {
    return this.domainLists.length + this.sellerLists.length;
  }

  /** Total domain entries loaded. */
  get domainEntries(): number {
    return this.domainLists.reduce((n, l) => n + l.table.count, 0);
  }

  /** True when the host or one of its parents (down to its registrable domain) is allowlisted. */
  isAllowed(hostname: string): boolean {
    const host = normalizeHost(hostname);
    if (host === undefined) return false;
    for (const start of lookupStarts(host)) {
      fingerprint(host, start);
      if (this.allow.has(allowKey(fp.hi, fp.lo))) return true;
    }
    return false;
  }

  /** The lists that list this host (empty when allowlisted). */
  matchHost(hostname: string): ListHit[] {
    const host = normalizeHost(hostname);
    if (host === undefined || this.domainLists.length === 0) return [];
    // Every suffix with two labels or more; the registrable-domain limit comes later, only if needed.
    const starts = [0];
    for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) if (host.indexOf('.', i + 1) >= 0) starts.push(i + 1);
    const n = starts.length;
    if (n > this.his.length) {
      this.his = new Uint32Array(n);
      this.los = new Uint32Array(n);
    }
    const { his, los } = this;
    for (let level = 0; level < n; level++) {
      fingerprint(host, starts[level]);
      his[level] = fp.hi;
      los[level] = fp.lo;
    }
    // `www.x.com` also matches an exact (hosts-format) entry `x.com`: the alias hosts files imply.
    const wwwAlias = host.startsWith('www.') ? 1 : 0;
    let found: Array<{ list: number; level: number }> | undefined;
    this.domainLists.forEach((list, index) => {
      for (let level = 0; level < n; level++) {
        const f = list.table.find(his[level]!, los[level]!);
        if (f === NOT_FOUND) continue;
        if (f === WITH_SUBDOMAINS || level === 0 || level === wwwAlias) {
          (found ??= []).push({ list: index, level });
          return;
        }
      }
    });
    // Most hosts are on no list: they never pay for the public-suffix walk below.
    if (!found) return [];
    // Levels above the registrable domain (with private suffixes) never count: a bare public suffix never matches.
    const lastLevel = lookupStarts(host).length - 1;
    for (let level = 0; level <= lastLevel; level++) if (this.allow.has(allowKey(his[level]!, los[level]!))) return [];
    return found.filter((f) => f.level <= lastLevel).map((f) => ({ ...this.domainLists[f.list]!.base, matched: host.slice(starts[f.level]) }));
  }

  /** The seller lists that list `marketplace:sellerId`. */
  matchSeller(marketplace: string, sellerId: string | undefined): ListHit[] {
    if (!sellerId || this.sellerLists.length === 0) return [];
    const key = sellerListKey(marketplace, sellerId);
    const hits: ListHit[] = [];
    for (const list of this.sellerLists) {
      const entry = list.sellers.get(key);
      if (entry) hits.push({ ...list.base, matched: key, ...(entry.reason ? { reason: entry.reason } : {}) });
    }
    return hits;
  }
}

/** 53 bits of a fingerprint as one number (a Set key). */
function allowKey(hi: number, lo: number): number {
  return (hi & 0x1fffff) * 4294967296 + lo;
}

/** The part of a hit that depends only on the list, built once per list. */
function hitBase(label: ListLabel, kind: 'domain' | 'seller'): Omit<ListHit, 'matched'> {
  return {
    listId: label.listId,
    title: label.title,
    category: label.category,
    severity: label.severity,
    ...(label.homepage ? { homepage: label.homepage } : {}),
    ...(label.date ? { date: label.date } : {}),
    kind,
  };
}
