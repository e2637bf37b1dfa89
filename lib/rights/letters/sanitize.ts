/**
 * Case text comes from web pages and from the shopper; letters are plain
 * text the shopper pastes into a seller chat, a bank form or an email.
 * Cleaning removes what could hide or reorder text there — control
 * characters, bidirectional overrides (the "Trojan Source" trick that makes
 * an order number read differently than it is), zero-width characters —
 * and bounds every field's length.
 */

// C0 controls except \t \n \r, DEL and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Zero-width and bidi formatting characters, word joiners, BOM.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** One line of text: no line breaks, no hidden characters, at most `max` characters. */
export function cleanLine(value: string | undefined, max = 300): string {
  if (!value) return '';
  const s = value.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '').replace(/[\s\u2028\u2029]+/g, ' ').trim();
  return truncate(s, max);
}

/** A block of text (notes): line breaks kept, at most one blank line in a row. */
export function cleanBlock(value: string | undefined, max = 4000): string {
  if (!value) return '';
  const s = value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(s, max);
}

/** A SHA-256 digest as 64 lowercase hex characters, or undefined if it is not one. */
export function cleanSha256(value: string | undefined): string | undefined {
  const s = (value ?? '').trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(s) ? s : undefined;
}

/** A file-name-safe slug: letters, digits, dash and underscore only. */
export function fileSlug(value: string | undefined, max = 40): string {
  return cleanLine(value, 200).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max);
}
