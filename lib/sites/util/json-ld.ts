import { safeJsonParse } from './safe-json';

/** A JSON-LD node as parsed: an object with string keys. */
export type LdNode = Record<string, unknown>;

const MAX_NODES = 2000;

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

export function hasType(node: LdNode, type: string): boolean {
  return typesOf(node).includes(type);
}

/** Every object node in all JSON-LD blocks, flattening arrays and `@graph`. */
export function jsonLdNodes(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (out.length >= MAX_NODES || depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = v as LdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (s.textContent ?? '').trim();
    // Some shops wrap JSON-LD in HTML comments or CDATA.
    const cleaned = raw.replace(/^\s*(<!--|\/\/<!\[CDATA\[)/, '').replace(/(-->|\/\/\]\]>)\s*$/, '');
    visit(safeJsonParse(cleaned), 0);
  }
  return out;
}

/** The main Product node: the first Product, or a ProductGroup's first variant. */
export function findProductNode(nodes: LdNode[]): LdNode | undefined {
  const products = nodes.filter((n) => hasType(n, 'Product') || hasType(n, 'ProductGroup') || hasType(n, 'IndividualProduct'));
  return products.find((n) => n.offers !== undefined) ?? products[0];
}

export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
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
