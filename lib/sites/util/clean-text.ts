/**
 * Text from page data (JSON, attributes) made safe and tidy for PageFacts:
 * HTML entities decoded by table (never by an HTML parser), tags stripped,
 * whitespace collapsed, template placeholders and empty words rejected.
 * The result is inert text; the UI renders it as text, never as HTML.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', reg: '®', trade: '™', copy: '©',
  euro: '€', pound: '£', yen: '¥', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß',
  ntilde: 'ñ', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', Eacute: 'É',
};

/** Decodes `&amp;`, `&#39;`, `&#x27;` and a table of named entities; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // Control characters and surrogates are not text anyone wants shown.
      if (!Number.isFinite(code) || code < 32 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? whole;
  });
}

/** Values that templates leave behind when a field is empty. */
const PLACEHOLDER = /^(?:undefined|null|none|n\/?a|nan|false|true|-+|\.+|0|tbd|unknown|brand|sku|default|no brand|generic)$|^\$\{?\w+\}?$|\{\{.*\}\}|\{%.*%\}|<%.*%>|^%\w+%$|^\[\[.*\]\]$/i;

/**
 * Cleans one text value; undefined for empty, placeholder or overlong input.
 * `max` bounds the result (PageFacts fields have schema limits).
 */
export function cleanText(raw: unknown, max = 300): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const s = decodeEntities(String(raw).slice(0, max * 4))
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s || PLACEHOLDER.test(s)) return undefined;
  return s.length > max ? undefined : s;
}

/** A product identifier (sku, gtin): short, no spaces at the ends, not a sentence. */
export function cleanId(raw: unknown, max = 80): string | undefined {
  const s = cleanText(raw, max);
  if (!s || s.length > max || /\s{2,}/.test(s) || s.split(' ').length > 4) return undefined;
  return s;
}
