/** Small DOM helpers shared by adapters. Text only: never HTML. */

const MAX_TEXT = 2000;

export function textOf(el: Element | null | undefined): string | undefined {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, MAX_TEXT) : undefined;
}

export function firstText(doc: ParentNode, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const t = textOf(doc.querySelector(sel));
    if (t) return t;
  }
  return undefined;
}

export function metaContent(doc: Document, names: readonly string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v.slice(0, MAX_TEXT);
  }
  return undefined;
}

/** Text of inline scripts (not external), up to a total budget. */
export function inlineScripts(doc: Document, budgetChars = 6_000_000): string[] {
  const out: string[] = [];
  let used = 0;
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = s.textContent ?? '';
    if (!t || used + t.length > budgetChars) continue;
    used += t.length;
    out.push(t);
  }
  return out;
}

export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
