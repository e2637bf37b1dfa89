import { fingerprint, fp } from './fingerprint';
import { FingerprintTable, NOT_FOUND, WITH_SUBDOMAINS } from './fingerprint-table';
import { lookupNames, normalizeHost } from './hostname';
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
 * (private suffixes included), never a bare public suffix. The allowlist is
 * consulted first and wins over every list.
 */
export class Matcher {
  private readonly domainLists: Array<{ label: ListLabel; table: FingerprintTable }>;
  private readonly sellerLists: Array<{ label: ListLabel; sellers: ReadonlyMap<string, SellerEntry> }>;

  constructor(
    lists: readonly LoadedList[],
    private readonly allow: ReadonlySet<string>,
    /** Identifies the list versions loaded, for `Verdict.listsVersion`. */
    readonly version: string,
  ) {
    this.domainLists = [];
    this.sellerLists = [];
    for (const l of lists) {
      if (l.kind === 'domains') this.domainLists.push({ label: l.label, table: l.table });
      else this.sellerLists.push({ label: l.label, sellers: l.sellers });
    }
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
    return host !== undefined && lookupNames(host).some((n) => this.allow.has(n));
  }

  /** The lists that list this host (empty when allowlisted). */
  matchHost(hostname: string): ListHit[] {
    const host = normalizeHost(hostname);
    if (host === undefined || this.domainLists.length === 0) return [];
    const names = lookupNames(host);
    if (names.length === 0) return [];
    for (const n of names) if (this.allow.has(n)) return [];
    const hits: ListHit[] = [];
    // `www.x.com` also matches an exact (hosts-format) entry `x.com`: the alias hosts files imply.
    const wwwAlias = host.startsWith('www.') ? 1 : 0;
    for (let level = 0; level < names.length; level++) {
      const name = names[level]!;
      fingerprint(name);
      const { hi, lo } = fp;
      for (const list of this.domainLists) {
        if (hits.some((h) => h.listId === list.label.listId)) continue;
        const found = list.table.find(hi, lo);
        if (found === NOT_FOUND) continue;
        if (found === WITH_SUBDOMAINS || level === 0 || level === wwwAlias) hits.push(hit(list.label, 'domain', name));
      }
    }
    return hits;
  }

  /** The seller lists that list `marketplace:sellerId`. */
  matchSeller(marketplace: string, sellerId: string | undefined): ListHit[] {
    if (!sellerId || this.sellerLists.length === 0) return [];
    const key = sellerListKey(marketplace, sellerId);
    const hits: ListHit[] = [];
    for (const list of this.sellerLists) {
      const entry = list.sellers.get(key);
      if (entry) hits.push({ ...hit(list.label, 'seller', key), ...(entry.reason ? { reason: entry.reason } : {}) });
    }
    return hits;
  }
}

function hit(label: ListLabel, kind: 'domain' | 'seller', matched: string): ListHit {
  return {
    listId: label.listId,
    title: label.title,
    category: label.category,
    severity: label.severity,
    ...(label.homepage ? { homepage: label.homepage } : {}),
    ...(label.date ? { date: label.date } : {}),
    kind,
    matched,
  };
}

/** A matcher with nothing loaded. */
export const EMPTY_MATCHER = new Matcher([], new Set(), 'none');
