import { safeJsonParse } from './safe-json';

/** A JSON-LD node as parsed: an object with string keys. */
export type LdNode = Record<string, unknown>;

const MAX_NODES = 2000;
/** JSON-LD blocks read per page; a page with more is not a product page worth the time. */
const MAX_BLOCKS = 60;

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, ''));
}

/** True when the node has the type, compared case-insensitively (shops write `"product"`). */
export function hasType(node: LdNode, type: string): boolean {
  const want = type.toLowerCase();
  return typesOf(node).some((t) => t.toLowerCase() === want);
}

const LEADING = /^(?:<!--|<!\[CDATA\[|\/\*[^]{0,200}?\*\/|\/\/[^\n]{0,200}\n)/;
const TRAILING = /(?:-->|\]\]>|;|\/\*[^*]{0,200}\*\/|\/\/[^\n"{}[\]]{0,200})$/;

function stripWrappers(raw: string): string {
  let s = raw.trim();
  for (let i = 0; i < 8; i++) {
    const before = s;
    s = s.replace(LEADING, '').trimStart();
    s = s.replace(TRAILING, '').trimEnd();
    if (s === before) break;
  }
  return s;
}

/**
 * Parses a JSON-LD block, repairing the common breakage of hand-written
 * templates: HTML comment or CDATA wrappers, raw control characters inside
 * strings, trailing commas, and several objects written one after another.
 */
export function parseJsonLdText(raw: string): unknown {
  // Wrappers (`<!--`, `/*<![CDATA[*/`, `//]]>`) sit outside the outermost brackets. Stripped
  // with single-step loops, not nested regex quantifiers, so hostile whitespace cannot backtrack.
  const unwrapped = stripWrappers(raw);
  const first = unwrapped.search(/[[{]/);
  const last = Math.max(unwrapped.lastIndexOf('}'), unwrapped.lastIndexOf(']'));
  if (first < 0 || last <= first) return undefined;
  const cleaned = unwrapped.slice(first, last + 1);
  const direct = safeJsonParse(cleaned);
  if (direct !== undefined) return direct;
  // Raw newlines and tabs are invalid inside JSON strings but harmless as spaces anywhere.
  let repaired = cleaned.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1').replace(/;\s*$/, '');
  const again = safeJsonParse(repaired);
  if (again !== undefined) return again;
  repaired = `[${repaired.replace(/}\s*{/g, '},{')}]`;
  return safeJsonParse(repaired);
}

/**
 * Every object node in all JSON-LD blocks, flattening arrays and `@graph`.
 * With `deep`, nested objects are included too (a Product under
 * `WebPage.mainEntity`, an Offer under `offers`), depth-first, bounded.
 * `scripts`, when given, are the page's script elements already listed.
 */
export function jsonLdNodes(doc: Document, options: { deep?: boolean; scripts?: readonly Element[] } = {}): LdNode[] {
  const out: LdNode[] = [];
  const seen = new Set<LdNode>();
  const visit = (v: unknown, depth: number) => {
    if (out.length >= MAX_NODES || depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) visit(x, depth + 1);
      return;
    }
    const node = v as LdNode;
    if (seen.has(node)) return;
    seen.add(node);
    lowerCaseKeys(node);
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
    if (!options.deep) return;
    for (const [key, child] of Object.entries(node)) {
      if (key !== '@graph' && child && typeof child === 'object') visit(child, depth + 1);
    }
  };
  const blocks = (options.scripts ? options.scripts.filter(isJsonLdScript) : Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))).slice(0, MAX_BLOCKS);
  for (const s of blocks) visit(parseJsonLdText(s.textContent ?? ''), 0);
  return out;
}

/**
 * Gives a node's capitalised keys their schema.org spelling as well
 * (`"Offers"` → `offers`, `"Availability"` → `availability`): some site
 * builders write them so, search engines read them, and every schema.org
 * property starts lower-case. A key already present is left as is.
 */
function lowerCaseKeys(node: LdNode): void {
  for (const key of Object.keys(node)) {
    const c = key.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    if (node[lower] === undefined) node[lower] = node[key];
  }
}

/** `script[type="application/ld+json" i]` (the attribute's value compared without case, as that selector does). */
function isJsonLdScript(s: Element): boolean {
  return s.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}

/** The main Product node: the first Product, or a ProductGroup's first variant. */
export function findProductNode(nodes: LdNode[]): LdNode | undefined {
  const products = nodes.filter((n) => hasType(n, 'Product') || hasType(n, 'ProductGroup') || hasType(n, 'IndividualProduct'));
  return products.find((n) => n.offers !== undefined) ?? products[0];
}

/** A node's text: strings as is, numbers as digits, `{name}` / `{@value}` objects by their text, arrays by their first. */
export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') return ldString((v as LdNode).name ?? (v as LdNode)['@value']);
  return undefined;
}

/** Offers as a flat list, descending into AggregateOffer.offers. */
export function offersOf(product: LdNode): LdNode[] {
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.slice(0, 200).forEach((x) => visit(x, depth + 1));
    const o = v as LdNode;
    out.push(o);
    if (o.offers) visit(o.offers, depth + 1);
  };
  visit(product.offers, 0);
  return out;
}
