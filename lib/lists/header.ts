/**
 * Metadata from a list's comment header, read the way uBlock Origin reads it
 * (`extractMetadataFromList`): only the head of the file, `! Field: value` or
 * `# Field: value`, values starting with `%` are unfilled templates.
 */
export interface ListHeader {
  title?: string;
  homepage?: string;
  license?: string;
  version?: string;
  /** Epoch ms of the header's `Last modified`, when it parses and is not in the future. */
  lastModified?: number;
  /** Freshness from `Expires`, in ms, never under the minimum. */
  expiresMs?: number;
}

const HEAD_CHARS = 2048;
const HOUR = 3_600_000;
/** uBO's floor: a list may not ask to be fetched more often than every 4 hours. */
export const MIN_EXPIRES_MS = 4 * HOUR;
const MAX_EXPIRES_MS = 90 * 24 * HOUR;
/** A date this far past "now" is a broken header, not a newer list. */
const FUTURE_SLACK_MS = 24 * HOUR;

const FIELD = /^(?:!|#)\s*([A-Za-z][A-Za-z _-]{1,30}?)\s*:\s*(.+?)\s*$/;

/** Parses `Expires` values as uBO does: `N`/`N days`, `N weeks`, `N hours`, `N minutes`; 0 means unset. */
export function parseExpires(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)/i.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!(n > 0)) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  let ms: number;
  if (unit === '' || unit.startsWith('d')) ms = n * 24 * HOUR;
  else if (unit.startsWith('w')) ms = n * 7 * 24 * HOUR;
  else if (unit.startsWith('h')) ms = n * HOUR;
  else if (unit.startsWith('m')) ms = n * 60_000;
  else return undefined;
  return Math.min(MAX_EXPIRES_MS, Math.max(MIN_EXPIRES_MS, ms));
}

/** Parses a header or HTTP date; refuses dates in the future (they would block every later update). */
export function parseListDate(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  let t = Date.parse(value);
  if (!Number.isFinite(t)) {
    const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(value.trim());
    if (dmy) t = Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]));
  }
  if (!Number.isFinite(t) || t <= 0 || t > now + FUTURE_SLACK_MS) return undefined;
  return t;
}

function clean(value: string, max: number): string | undefined {
  // Control characters from a hostile header never reach the UI.
  const v = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, max);
  return v && !v.startsWith('%') ? v : undefined;
}

/** Reads the header fields of a list's text. */
export function parseListHeader(text: string, now = Date.now()): ListHeader {
  const out: ListHeader = {};
  for (const line of text.slice(0, HEAD_CHARS).split(/\r?\n/)) {
    const m = FIELD.exec(line);
    if (!m) continue;
    const field = m[1]!.toLowerCase().replace(/[\s_-]+/g, ' ');
    const value = m[2]!;
    switch (field) {
      case 'title':
        out.title ??= clean(value, 200);
        break;
      case 'homepage': {
        const v = clean(value, 2000);
        if (v && /^https?:\/\/[^\s]+$/i.test(v)) out.homepage ??= v;
        break;
      }
      case 'license':
      case 'licence':
        out.license ??= clean(value, 120);
        break;
      case 'version':
        out.version ??= clean(value, 60);
        break;
      case 'last modified':
      case 'updated':
      case 'last updated':
        out.lastModified ??= parseListDate(value, now);
        break;
      case 'expires':
        out.expiresMs ??= parseExpires(value);
        break;
      default:
        break;
    }
  }
  return out;
}
