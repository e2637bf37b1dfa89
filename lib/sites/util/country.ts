/**
 * Country names as pages print them ("Irlande (Eire)", "from Germany",
 * "Se envía desde Estados Unidos", "中国") → ISO 3166-1 alpha-2.
 *
 * Names come from the browser's own `Intl.DisplayNames` in the page's
 * language and in English, so every language is covered without shipping a
 * table of names in the content script.
 */

/** Codes Intl knows that are not current ISO 3166-1 countries (deprecated, reserved, groupings). */
const NOT_COUNTRIES = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

/** Names marketplaces use that Intl does not produce. */
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', uk: 'GB', 'great britain': 'GB', england: 'GB',
  scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'chinese mainland': 'CN', 'mainland china': 'CN',
  'china mainland': 'CN', 'hong kong': 'HK', 'hong kong, china': 'HK', macau: 'MO', korea: 'KR',
  'republic of korea': 'KR', turkey: 'TR', 'czech republic': 'CZ', russia: 'RU', 'russian federation': 'RU',
  eire: 'IE', holland: 'NL', 'viet nam': 'VN', 'taiwan, china': 'TW', 中国大陆: 'CN', 香港: 'HK',
};

const tables = new Map<string, Map<string, string>>();

/** Lower-cased name without parenthesised parts ("Irlande (Eire)" → "irlande") or trailing dots. */
export function normaliseName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function tableFor(lang: string): Map<string, string> {
  const cached = tables.get(lang);
  if (cached) return cached;
  const table = new Map<string, string>();
  try {
    const styles = ['long', 'short'] as const;
    for (const style of styles) {
      const names = new Intl.DisplayNames([lang], { type: 'region', style });
      for (let a = 65; a < 91; a++) {
        for (let b = 65; b < 91; b++) {
          const code = String.fromCharCode(a, b);
          if (NOT_COUNTRIES.has(code)) continue;
          const name = names.of(code);
          if (!name || name === code) continue;
          const key = normaliseName(name);
          if (!table.has(key)) table.set(key, code);
        }
      }
    }
  } catch {
    // An unknown language tag: the English table still applies.
  }
  tables.set(lang, table);
  return table;
}

function lookup(name: string, langs: readonly string[]): string | undefined {
  const key = normaliseName(name);
  if (!key) return undefined;
  if (ALIASES[key]) return ALIASES[key];
  for (const lang of langs) {
    const code = tableFor(lang).get(key);
    if (code) return code;
  }
  return undefined;
}

/** The languages to read names in: the page's own, then English. */
export function pageLanguages(doc: Document): string[] {
  const lang = /^[a-z]{2,3}/i.exec(doc.documentElement?.getAttribute('lang') ?? '')?.[0]?.toLowerCase();
  return lang && lang !== 'en' ? [lang, 'en'] : ['en'];
}

/**
 * The country named in a short text such as a location line ("Rancho
 * Cucamonga, California, United States") or a shipping phrase remainder
 * ("Estados Unidos Ver las políticas"). Segments are tried from the last
 * (where addresses put the country), and inside a segment the longest run
 * of words that is a country name wins. Two-letter codes are accepted only
 * when they are the whole segment ("CN").
 */
export function countryIn(text: string | null | undefined, langs: readonly string[]): string | undefined {
  if (!text) return undefined;
  const segments = text.slice(0, 300).split(/[,:;|·\n]/).map((s) => s.trim()).filter(Boolean);
  for (const segment of segments.reverse()) {
    if (/^[A-Z]{2}$/.test(segment) && !NOT_COUNTRIES.has(segment)) return segment;
    const words = normaliseName(segment).split(' ').slice(0, 12);
    for (let len = Math.min(5, words.length); len > 0; len--) {
      for (let i = 0; i + len <= words.length; i++) {
        const code = lookup(words.slice(i, i + len).join(' '), langs);
        if (code) return code;
      }
    }
    // Scripts without spaces (中国, 日本) are looked up whole.
    const whole = lookup(segment, langs);
    if (whole) return whole;
  }
  return undefined;
}
