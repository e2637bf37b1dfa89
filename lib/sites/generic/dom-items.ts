import type { LdNode } from '@/lib/sites/util/json-ld';
import type { PageIndex } from './page-index';

/**
 * Microdata (`itemscope` / `itemprop`) and RDFa Lite (`typeof` / `property`)
 * read into the same node shape as JSON-LD, so one reader serves all three.
 * Values are text only; nothing from the page is ever parsed as HTML.
 */

const MAX_SCOPES = 3000;
const MAX_PROPS = 8000;
const MAX_VALUE = 1000;

interface Syntax {
  scope: string;
  prop: string;
  type: string;
  /** Normalises a property name; undefined drops the property. */
  name(raw: string): string | undefined;
}

/** `http://schema.org/price` → `price`. */
function lastSegment(raw: string): string {
  return raw.replace(/^https?:\/\/schema\.org\//i, '').replace(/^.*[/#]/, '');
}

const MICRODATA: Syntax = {
  scope: '[itemscope]',
  prop: '[itemprop]',
  type: 'itemtype',
  name: (raw) => lastSegment(raw) || undefined,
};

/** OpenGraph and social tags also use `property`; only schema.org names count as RDFa here. */
const RDFA: Syntax = {
  scope: '[typeof]',
  prop: '[property]',
  type: 'typeof',
  name: (raw) => {
    if (/^(og|fb|twitter|article|product|al|music|video|book|profile|business|place):/i.test(raw)) return undefined;
    const m = /^(?:schema:|s:|https?:\/\/schema\.org\/)?([A-Za-z]+)$/.exec(raw);
    return m?.[1];
  },
};

/** The value of a property element, per the microdata spec's element rules, plus `content` anywhere. */
function valueOf(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content.trim().slice(0, MAX_VALUE);
  const tag = el.localName;
  const attr = tag === 'meta' ? 'content'
    : tag === 'a' || tag === 'link' || tag === 'area' ? 'href'
      : tag === 'img' || tag === 'source' || tag === 'video' || tag === 'audio' || tag === 'iframe' || tag === 'embed' ? 'src'
        : tag === 'object' ? 'data'
          : tag === 'time' ? 'datetime'
            : tag === 'data' || tag === 'meter' ? 'value'
              : undefined;
  const fromAttr = attr ? el.getAttribute(attr) ?? el.getAttribute('resource') : el.getAttribute('resource');
  if (fromAttr) return fromAttr.trim().slice(0, MAX_VALUE);
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
}

function addValue(node: LdNode, key: string, value: unknown): void {
  // Keys come from the page: never let one reach the prototype.
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
  const existing = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
  if (existing === undefined) node[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[key] = [existing, value];
}

/** Marks nodes that sit in a list of other products (carousels, "related"), for main-product choice. */
export const IN_LIST = '@inList';
/** Document order of the item's element, for tie-breaks. */
export const ORDER = '@order';
/** The element a node was read from; kept off the enumerable keys. */
const elementOf = new WeakMap<LdNode, Element>();

/** The element a DOM-read node came from. */
export function nodeElement(node: LdNode): Element | undefined {
  return elementOf.get(node);
}

function collect(scopeEls: readonly Element[], propEls: readonly Element[], syntax: Syntax): LdNode[] {
  const scopes = scopeEls.slice(0, MAX_SCOPES);
  if (scopes.length === 0 && syntax === RDFA) return [];
  const nodes = new Map<Element, LdNode>();
  scopes.forEach((el, i) => {
    const node: LdNode = {};
    const type = el.getAttribute(syntax.type);
    if (type) node['@type'] = type.split(/\s+/).filter(Boolean).map(lastSegment);
    node[ORDER] = i;
    elementOf.set(node, el);
    nodes.set(el, node);
  });
  // Properties outside any item (broken markup) are gathered in one loose node.
  const loose: LdNode = { '@type': ['Loose'], [ORDER]: -1 };
  let looseUsed = false;
  for (const el of propEls.slice(0, MAX_PROPS)) {
    const names = (el.getAttribute(syntax.prop.slice(1, -1)) ?? '').split(/\s+/).map(syntax.name).filter((n): n is string => Boolean(n));
    if (names.length === 0) continue;
    const ownerEl = el.parentElement?.closest(syntax.scope) ?? null;
    const owner = ownerEl ? nodes.get(ownerEl) : undefined;
    const target = owner ?? loose;
    if (!owner) {
      if (syntax === RDFA) continue;
      looseUsed = true;
    }
    const child = el.matches(syntax.scope) ? nodes.get(el) : undefined;
    // `<meta itemscope itemtype="…/Brand" itemprop="brand" content="X">`: an item whose only data is its content.
    const content = child ? el.getAttribute('content')?.trim() : undefined;
    if (child && content && child.name === undefined) child.name = content.slice(0, MAX_VALUE);
    const value = child ?? valueOf(el);
    for (const name of names) addValue(target, name, value);
  }
  const out = [...nodes.values()];
  markLists(out);
  if (looseUsed) out.push(loose);
  return out;
}

/** Flags every item nested under a list-like property of another item. */
export function markLists(nodes: LdNode[]): void {
  const listKeys = ['itemListElement', 'isRelatedTo', 'isSimilarTo', 'isAccessoryOrSparePartFor', 'isConsumableFor', 'relatedLink', 'hasPart'];
  const visit = (n: unknown, depth: number) => {
    if (depth > 6 || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => visit(x, depth + 1));
    const node = n as LdNode;
    node[IN_LIST] = true;
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v, depth + 1);
  };
  for (const node of nodes) {
    for (const key of listKeys) if (node[key]) visit(node[key], 0);
    if (hasListType(node)) {
      for (const [k, v] of Object.entries(node)) if (!k.startsWith('@') && v && typeof v === 'object') visit(v, 0);
    }
  }
}

function hasListType(node: LdNode): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /^(ItemList|OfferCatalog|SearchResultsPage|CollectionPage|BreadcrumbList)$/i.test(x));
}

/** Every microdata item of the page as a node (nested items are reachable and listed). */
export function microdataNodes(index: PageIndex): LdNode[] {
  return collect(index.itemscope, index.itemprop, MICRODATA);
}

/** Every RDFa Lite item of the page using schema.org terms. */
export function rdfaNodes(index: PageIndex): LdNode[] {
  return collect(index.typeofs, index.properties, RDFA);
}
