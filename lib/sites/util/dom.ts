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

/** Meta elements read at most: a page with more is hostile or broken. */
const MAX_META_SCAN = 2000;

/** The content of the first meta element whose property, name or itemprop is one of `names`, tried in order. */
export function metaContent(doc: Document, names: readonly string[]): string | undefined {
  // A scan of the page's meta elements: an attribute-value selector query visits every element of the page.
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META_SCAN);
  for (const n of names) {
    for (let i = 0; i < count; i++) {
      const el = metas[i];
      if (!el || (el.getAttribute('property') !== n && el.getAttribute('name') !== n && el.getAttribute('itemprop') !== n)) continue;
      // Only the first element naming `n` counts, as with `querySelector`.
      const v = el.getAttribute('content')?.trim();
      if (v) return v.slice(0, MAX_TEXT);
      break;
    }
  }
  return undefined;
}

/**
 * Text of inline scripts (not external), up to a total budget. `scripts`,
 * when given, are the page's script elements already listed (the generic
 * reader's page index), so the page is not queried again.
 */
export function inlineScripts(doc: Document, scripts?: readonly Element[], budgetChars = 6_000_000): string[] {
  const out: string[] = [];
  let used = 0;
  const inline = scripts ? scripts.filter((s) => !s.hasAttribute('src')) : Array.from(doc.querySelectorAll('script:not([src])'));
  for (const s of inline) {
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

/**
 * The walker's next node after `root`'s subtree. Moving the walker to the
 * subtree's last node skips it in one step; a DOM whose walker ignores the
 * move (the evaluation's) still ends past the subtree, a node at a time.
 */
export function nodeAfter(walker: TreeWalker, root: Node): Node | null {
  let last: Node = root;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  let next = walker.nextNode();
  while (next && root.contains(next)) next = walker.nextNode();
  return next;
}
