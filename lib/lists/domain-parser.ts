import { normalizeHost, scanHost } from './hostname';

/**
 * Line parsers for domain lists. They walk the text once and hand each entry
 * to a sink as a range of the original text (no substring per line), so a
 * million-line list costs one pass; only non-ASCII names are copied, to be
 * converted to punycode.
 */
export type DomainFormat = 'domains' | 'hosts' | 'abp';

/** Receives `s[start, end)` as a normalised hostname (letters may still be upper case). */
export type EntrySink = (s: string, start: number, end: number, withSubdomains: boolean) => void;

export interface ParseCounts {
  entries: number;
  /** Lines that were neither comments nor usable entries. */
  skipped: number;
}

/** ABP options that still mean "this whole site"; any other option narrows the rule, so it is skipped. */
const SITE_OPTIONS = new Set(['document', 'doc', 'all', 'important', 'popup', 'first-party', '1p']);
/** Names hosts files map for the machine itself. */
const HOSTS_NOISE = new Set(['localhost.localdomain', 'local.localdomain']);

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xfeff;

/** Parses list text of one domain format, calling `sink` for every entry. */
export function parseDomainList(text: string, format: DomainFormat, sink: EntrySink): ParseCounts {
  const counts: ParseCounts = { entries: 0, skipped: 0 };

  const emit = (a: number, b: number, withSubdomains: boolean): boolean => {
    while (b > a && text.charCodeAt(b - 1) === 46) b--; // trailing dots
    const status = scanHost(text, a, b);
    if (status === 1) {
      sink(text, a, b, withSubdomains);
      counts.entries++;
      return true;
    }
    if (status === 2) {
      const host = normalizeHost(text.slice(a, b));
      if (host) {
        sink(host, 0, host.length, withSubdomains);
        counts.entries++;
        return true;
      }
    }
    return false;
  };

  const len = text.length;
  let pos = 0;
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    let s = pos;
    let e = nl;
    pos = nl + 1;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const c0 = text.charCodeAt(s);
    if (c0 === 33 /* ! */ || c0 === 35 /* # */) continue;
    let ok: boolean;
    if (format === 'abp') {
      if (c0 === 91 /* [ */) continue; // [Adblock Plus 2.0]
      ok = abpLine(text, s, e, emit);
    } else if (format === 'hosts') {
      ok = hostsLine(text, s, e, emit);
    } else {
      ok = domainLine(text, s, e, emit);
    }
    if (!ok) counts.skipped++;
  }
  return counts;
}

type Emit = (a: number, b: number, withSubdomains: boolean) => boolean;

function tokenEnd(text: string, a: number, e: number): number {
  while (a < e && !isSpace(text.charCodeAt(a)) && text.charCodeAt(a) !== 35) a++;
  return a;
}

/** `example.com`, `*.example.com` or `.example.com`, optionally followed by a comment: the host and its subdomains. */
function domainLine(text: string, s: number, e: number, emit: Emit): boolean {
  const end = tokenEnd(text, s, e);
  if (text.charCodeAt(s) === 42 /* * */ && text.charCodeAt(s + 1) === 46) s += 2;
  else if (text.charCodeAt(s) === 46) s += 1;
  return emit(s, end, true);
}

function isIpToken(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) return true; // IPv6
    if (!((c >= 48 && c <= 57) || c === 46)) return false;
  }
  return b > a;
}

/** `0.0.0.0 a.example b.example # note`: each exact host (the matcher adds the `www.` alias). */
function hostsLine(text: string, s: number, e: number, emit: Emit): boolean {
  let a = s;
  let b = tokenEnd(text, a, e);
  if (!isIpToken(text, a, b)) return emit(a, b, false);
  let any = false;
  for (;;) {
    a = b;
    while (a < e && isSpace(text.charCodeAt(a))) a++;
    if (a >= e || text.charCodeAt(a) === 35) break;
    b = tokenEnd(text, a, e);
    if (!HOSTS_NOISE.has(text.slice(a, b).toLowerCase()) && emit(a, b, false)) any = true;
  }
  return any;
}

/** `||example.com^` (optionally `$document`-like options): the host and its subdomains. Anything narrower is skipped. */
function abpLine(text: string, s: number, e: number, emit: Emit): boolean {
  if (text.charCodeAt(s) !== 124 || text.charCodeAt(s + 1) !== 124) return false;
  const a = s + 2;
  let i = a;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === 94 /* ^ */ || c === 36 /* $ */) break;
    // A path, wildcard or port makes it a URL rule, not a site: never widen it to the whole host.
    if (c === 47 || c === 42 || c === 58 || c === 124 || c === 63) return false;
    i++;
  }
  const hostEnd = i;
  if (i < e && text.charCodeAt(i) === 94) i++;
  if (i < e) {
    if (text.charCodeAt(i) !== 36) return false;
    const options = text.slice(i + 1, e).toLowerCase().split(',');
    if (!options.every((o) => SITE_OPTIONS.has(o.trim()))) return false;
  }
  return emit(a, hostEnd, true);
}
