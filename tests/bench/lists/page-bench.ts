/**
 * List benchmarks that run inside an extension page of the built extension
 * (bundled by tests/bench/bundle.mjs, evaluated by lists.bench.mjs). They use
 * the same lib code as the worker, on the extension's own IndexedDB.
 *
 * `performance.now()` is coarsened in extension pages (100 µs steps), so fast
 * operations are timed in batches and divided.
 */
import Dexie, { type Table } from 'dexie';
import { AppDB } from '@/lib/db/app-db';
import { loadMatcher } from '@/lib/lists/snapshot';
import type { Matcher } from '@/lib/lists/matcher';

const TLDS = ['com', 'shop', 'top', 'store', 'xyz', 'online', 'site', 'de', 'co.uk', 'net', 'org', 'fr', 'it', 'es', 'nl', 'lol', 'monster', 'vip', 'com.au', 'at'];
const HOSTED = ['myshopify.com', 'wixsite.com', 'pages.dev', 'workers.dev', 'weebly.com', 'blogspot.com'];
const WORDS = ['shop', 'outlet', 'store', 'sale', 'deal', 'brand', 'mall', 'cheap', 'best', 'official', 'kettle', 'shoes', 'bags', 'watch', 'style'];

/** Deterministic PRNG (mulberry32), so both structures get the same names in every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function label(r: () => number): string {
  const a = WORDS[Math.floor(r() * WORDS.length)]!;
  const b = WORDS[Math.floor(r() * WORDS.length)]!;
  const n = Math.floor(r() * 1e7).toString(36);
  return r() < 0.5 ? `${a}-${b}${n}` : `${a}${n}${b}`;
}

/** The i-th name of a synthetic scam list: fake-shop-like labels, abused TLDs, 10 % on hosted-shop suffixes. */
function domainAt(r: () => number): string {
  if (r() < 0.1) return `${label(r)}.${HOSTED[Math.floor(r() * HOSTED.length)]!}`;
  return `${label(r)}.${TLDS[Math.floor(r() * TLDS.length)]!}`;
}

let listText = '';
let names: string[] = [];

/** Builds a plain-domains list of `n` names (kept in the page for the later steps). */
export function generate(n: number, seed = 1): { chars: number; sample: string[] } {
  const r = rng(seed);
  names = new Array<string>(n);
  for (let i = 0; i < n; i++) names[i] = domainAt(r);
  listText = `# Title: Bench list of ${n} domains\n# Last modified: 2026-08-01T00:00:00Z\n${names.join('\n')}\n`;
  return { chars: listText.length, sample: names.slice(0, 3) };
}

/** The generated list text (sent to the worker as a file import). */
export function text(): string {
  return listText;
}

/** Frees the list text once sent, so later timings do not run beside 20 MB of garbage. */
export function releaseText(): void {
  listText = '';
}

/** Hosts to look up: half listed (often with a subdomain), half not. */
function probes(count: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const d = names[Math.floor(r() * names.length)]!;
      const p = r();
      out.push(p < 0.4 ? `www.${d}` : p < 0.6 ? `checkout.eu.${d}` : d);
    } else {
      out.push(r() < 0.3 ? `www.${domainAt(r)}` : domainAt(r));
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

let matcher: Matcher | undefined;

/** Loads the matcher from the extension's database, as a woken worker does; first lookup included. */
export async function loadSnapshot(probeHost: string): Promise<{ ms: number; lists: number; entries: number; hits: number }> {
  const db = new AppDB();
  const t0 = performance.now();
  matcher = await loadMatcher(db);
  const hits = matcher.matchHost(probeHost).length;
  const ms = performance.now() - t0;
  db.close();
  return { ms, lists: matcher.listCount, entries: matcher.domainEntries, hits };
}

/** Drops the page's matcher (so its memory can be measured as a difference). */
export function dropSnapshot(): void {
  matcher = undefined;
}

/**
 * Lookup time per host in µs: batches of `batch` distinct lookups, timed and
 * divided. Every batch runs in `rounds` passes; `p99` takes each batch's best
 * pass, so a batch the OS preempted for another process (this machine is
 * shared) does not count as lookup time; `p99Raw` is the first pass alone.
 */
export function lookupBench(batches = 400, batch = 500, rounds = 3): { p50: number; p99: number; p99Raw: number; hitRate: number; lookups: number } {
  if (!matcher) throw new Error('load the snapshot first');
  const hosts = probes(batches * batch, 7);
  // Warm up the code paths before timing.
  for (let i = 0; i < 20_000; i++) matcher.matchHost(hosts[i % hosts.length]!);
  const best = new Array<number>(batches).fill(Infinity);
  const raw: number[] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (let b = 0; b < batches; b++) {
      const t0 = performance.now();
      for (let i = b * batch; i < (b + 1) * batch; i++) if (matcher.matchHost(hosts[i]!).length && round === 0) hits++;
      const us = ((performance.now() - t0) * 1000) / batch;
      if (round === 0) raw.push(us);
      best[b] = Math.min(best[b]!, us);
    }
  }
  best.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  return { p50: percentile(best, 50), p99: percentile(best, 99), p99Raw: percentile(raw, 99), hitRate: hits / hosts.length, lookups: hosts.length };
}

/* ---------------- The row-per-entry baseline: one IndexedDB row per domain ---------------- */

interface Row { d: string; list: string; sub: 0 | 1 }
const BASELINE_DB = 'bench-row-per-entry';

class BaselineDb extends Dexie {
  domains!: Table<Row, string>;
  constructor() {
    super(BASELINE_DB);
    this.version(1).stores({ domains: 'd' });
  }
}

/** Imports the first `rows` names as rows (bulkPut in transactions of 10,000), as a naive design would. */
export async function baselineImport(rows: number): Promise<{ ms: number; rows: number }> {
  await Dexie.delete(BASELINE_DB);
  const db = new BaselineDb();
  await db.open();
  const n = Math.min(rows, names.length);
  const t0 = performance.now();
  const CHUNK = 10_000;
  for (let i = 0; i < n; i += CHUNK) {
    const chunk: Row[] = [];
    for (let j = i; j < Math.min(n, i + CHUNK); j++) chunk.push({ d: names[j]!, list: 'bench', sub: 1 });
    await db.transaction('rw', db.domains, () => db.domains.bulkPut(chunk));
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, rows: n };
}

/** Baseline lookups: each candidate name is a `get`. Slow enough to time one by one. */
export async function baselineLookup(count = 2000, rows = names.length): Promise<{ p50: number; p99: number }> {
  const db = new BaselineDb();
  await db.open();
  const saved = names;
  names = names.slice(0, rows);
  const hosts = probes(count, 11);
  names = saved;
  const times: number[] = [];
  for (const h of hosts) {
    const t0 = performance.now();
    const labels = h.split('.');
    // Same walk as the matcher: the host, then parents down to two labels.
    for (let i = 0; i < labels.length - 1; i++) if (await db.domains.get(labels.slice(i).join('.'))) break;
    times.push((performance.now() - t0) * 1000);
  }
  db.close();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Baseline "wake": open the database and answer one lookup. */
export async function baselineColdStart(host: string): Promise<{ ms: number }> {
  const t0 = performance.now();
  const db = new BaselineDb();
  await db.open();
  await db.domains.get(host);
  const ms = performance.now() - t0;
  db.close();
  return { ms };
}

/** Removes the baseline database. */
export async function baselineDrop(): Promise<void> {
  await Dexie.delete(BASELINE_DB);
}
