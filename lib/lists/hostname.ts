import { getDomain } from 'tldts';

/**
 * Hostname rules shared by the list parsers and the matcher, so an entry and
 * a visited host are always compared in the same form: lowercase ASCII
 * (IDN as punycode), no trailing dot, at least two labels, not an IP.
 */

const MAX_HOST = 253;
const MAX_LABEL = 63;

/**
 * Checks `s[start, end)` as an ASCII hostname without allocating.
 * Returns 1 when valid, 0 when invalid, 2 when it has non-ASCII characters
 * (the caller converts those through `URL`).
 */
export function scanHost(s: string, start: number, end: number): 0 | 1 | 2 {
  const len = end - start;
  if (len < 3 || len > MAX_HOST) return 0;
  let labelLen = 0;
  let labels = 1;
  let lastLabelDigitsOnly = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLen === 0) return 0;
      labels++;
      labelLen = 0;
      lastLabelDigitsOnly = true;
      continue;
    }
    if (c > 127) return 2;
    const lower = c | 32;
    const isLetter = lower >= 97 && lower <= 122;
    const isDigit = c >= 48 && c <= 57;
    // `_` appears in real DNS names of some scam hosts; anything else is not a hostname.
    if (!isLetter && !isDigit && c !== 45 /* - */ && c !== 95 /* _ */) return 0;
    if (!isDigit) lastLabelDigitsOnly = false;
    if (++labelLen > MAX_LABEL) return 0;
  }
  // A trailing empty label, one label only, or a numeric last label (an IPv4) is not a site.
  if (labelLen === 0 || labels < 2 || lastLabelDigitsOnly) return 0;
  return 1;
}

function hasUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * Normalises any host-like string to the compared form, or `undefined` when it
 * is not a hostname. IDN goes through `URL` (UTS #46 mapping, then punycode).
 */
export function normalizeHost(raw: string): string | undefined {
  // Fast path: `URL#hostname` is already lowercase ASCII without a trailing dot.
  if (scanHost(raw, 0, raw.length) === 1 && !hasUpperCase(raw)) return raw;
  let s = raw.trim().toLowerCase();
  while (s.endsWith('.')) s = s.slice(0, -1);
  const status = scanHost(s, 0, s.length);
  if (status === 1) return s;
  if (status === 0 && /^[\x20-\x7e]*$/.test(s)) return undefined;
  // Non-ASCII (or ASCII that only becomes valid after IDNA mapping): let URL decide.
  if (/[\s/\\?#@:%]/.test(s)) return undefined;
  let ascii: string;
  try {
    ascii = new URL(`http://${s}/`).hostname;
  } catch {
    return undefined;
  }
  while (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  return scanHost(ascii, 0, ascii.length) === 1 ? ascii : undefined;
}

const TLDTS_OPTS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: true,
  mixedInputs: false,
} as const;

/**
 * The names to look up for a visited host, from the host itself up to its
 * registrable domain *with private suffixes* (so `bad.myshopify.com` stops at
 * itself and never reaches `myshopify.com`). A host that is a public suffix,
 * an IP or a single label yields nothing: a bare suffix never matches.
 */
export function lookupNames(host: string): string[] {
  return lookupStarts(host).map((start) => host.slice(start));
}

/**
 * The same walk as `lookupNames`, as start offsets into `host` (no string
 * built per level): 0 for the host itself, then after each dot, the last
 * being the start of the registrable domain.
 */
export function lookupStarts(host: string): number[] {
  const reg = getDomain(host, TLDTS_OPTS);
  if (!reg) return [];
  const regStart = host.length - reg.length;
  if (regStart < 0 || (regStart > 0 && host.charCodeAt(regStart - 1) !== 46) || !host.endsWith(reg)) return [];
  const starts = [0];
  for (let i = 0; i < regStart; i++) if (host.charCodeAt(i) === 46) starts.push(i + 1);
  return starts;
}
