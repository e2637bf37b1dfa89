/**
 * linkedom (the evaluation's DOM) answers `compareDocumentPosition` by depth
 * alone: of two nodes in different branches, the shallower one is
 * "preceding" whatever their places. The readers use it to order price
 * candidates and to measure how far a label is from the heading, so the
 * evaluation would score other answers than Chromium gives. This puts the
 * DOM standard's answer in its place, once per prototype.
 */

const DISCONNECTED = 1;
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;
const IMPLEMENTATION_SPECIFIC = 32;

/** The node and its ancestors, root first. */
function pathFromRoot(node: Node): Node[] {
  const path: Node[] = [];
  for (let cur: Node | null = node; cur; cur = cur.parentNode) path.push(cur);
  return path.reverse();
}

/** `a.compareDocumentPosition(b)` as the DOM standard defines it (attributes aside). */
export function documentPosition(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  if (pa[0] !== pb[0]) return DISCONNECTED | IMPLEMENTATION_SPECIFIC | FOLLOWING;
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return CONTAINED_BY | FOLLOWING;
  if (i === pb.length) return CONTAINS | PRECEDING;
  const siblings = Array.from((pa[i - 1] as Node).childNodes);
  return siblings.indexOf(pa[i] as ChildNode) < siblings.indexOf(pb[i] as ChildNode) ? FOLLOWING : PRECEDING;
}

const fixed = new WeakSet<object>();

/** Replaces the document's `compareDocumentPosition` (on its Node prototype) with `documentPosition`. */
export function fixDocumentOrder(doc: Document): void {
  let proto: object | null = Object.getPrototypeOf(doc);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'compareDocumentPosition')) proto = Object.getPrototypeOf(proto);
  if (!proto || fixed.has(proto)) return;
  Object.defineProperty(proto, 'compareDocumentPosition', {
    configurable: true,
    writable: true,
    value(this: Node, other: Node): number {
      return documentPosition(this, other);
    },
  });
  fixed.add(proto);
}
