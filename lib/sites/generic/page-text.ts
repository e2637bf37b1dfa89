import { nodeAfter } from '../util/dom';

/**
 * Bounded walks over a page's visible text, shared by the policy, payment
 * and contact readers. A 50,000-node page costs at most `maxNodes` steps.
 */

/**
 * The first text nodes under a root with their text, in document order,
 * without the blank ones: the whitespace between tags is most of a page's
 * text nodes (four in five on a large retailer's page) and no reader finds
 * anything in it.
 */
export interface TextList {
  nodes: Node[];
  values: string[];
  /** The walk reached the end of its root: no text node of it is missing from the list. */
  complete?: boolean;
}

/**
 * Reads the first `max` text nodes under `root` once. The price, label and
 * returns readers each walked the whole body; walking it once and sharing
 * the list saves the repeated tree steps and text reads on large pages.
 */
export function collectTexts(root: Node | null | undefined, max: number): TextList {
  return lazyTexts(root, max)(max);
}

/** Text nodes walked per kept one, at most: a page of nothing but blanks still ends the walk early. */
const BLANK_ALLOWANCE = 8;

/** Only whitespace (as `trim` sees it). A text starting with a visible ASCII character is settled by it. */
export function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return value.trim() === '';
}

/** The first text node under `root`, or null. */
function firstTextOf(root: Node): Node | null {
  const doc = root.ownerDocument;
  return doc ? doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */).nextNode() : null;
}

/**
 * A `collectTexts` list read on demand: each caller asks for the prefix it
 * needs (up to `max` nodes), so a page that stops early pays for no more.
 * `skip` lists subtrees of `root` to step over, in page order (the site
 * menus the page index found): the walk leaves a subtree at its first text node.
 */
export function lazyTexts(root: Node | null | undefined, max: number, skip: readonly Node[] = []): (need: number) => TextList {
  const list: TextList = { nodes: [], values: [] };
  const doc = root?.ownerDocument ?? (root as Document | null);
  const walker = root && doc && typeof doc.createTreeWalker === 'function' ? doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */) : undefined;
  let done = !walker;
  if (!walker) list.complete = true;
  let visited = 0;
  // The next subtree to step over and its first text node (null once none is left).
  let skipAt = 0;
  let skipFirst: Node | null = null;
  const nextSkip = (): void => {
    skipFirst = null;
    while (skipAt < skip.length && !skipFirst) skipFirst = firstTextOf(skip[skipAt++] as Node);
  };
  nextSkip();
  let skipRoot = skip[skipAt - 1];
  return (need) => {
    const target = Math.min(need, max);
    while (!done && walker && list.nodes.length < target) {
      if (visited++ >= max * BLANK_ALLOWANCE) {
        done = true;
        break;
      }
      let node = walker.nextNode();
      // Identity, not containment: one compare per text node instead of a DOM call.
      while (node && node === skipFirst && skipRoot) {
        node = nodeAfter(walker, skipRoot);
        nextSkip();
        skipRoot = skip[skipAt - 1];
      }
      if (!node) {
        done = true;
        list.complete = true;
        break;
      }
      const value = node.nodeValue ?? '';
      if (isBlank(value)) continue;
      list.nodes.push(node);
      list.values.push(value);
    }
    return list;
  };
}

/**
 * The text nodes inside `root` (at most `max`), taken from a lazy list of an
 * enclosing root's text nodes instead of walking `root` again: the list is
 * in document order, so they are one run of it. The run starts at the
 * root's first non-blank text node and ends where `contains` turns false
 * (a binary search). `contains` and not `compareDocumentPosition`: the
 * evaluation's DOM answers the latter wrongly for preceding nodes.
 * Undefined when the list stops (at its cap) before `root` ends.
 */
export function textsWithin(all: (need: number) => TextList, root: Node, max: number): TextList | undefined {
  // Its first non-blank text node, found by the same bounded walk a list of its own would make.
  const first = lazyTexts(root, max)(1).nodes[0];
  if (!first) return { nodes: [], values: [], complete: true };
  let need = 1024;
  let list = all(need);
  let start = list.nodes.indexOf(first);
  // Grow the shared list until it holds a node past the root, or has no more to give.
  while (list.nodes.length >= need && (start < 0 || root.contains(list.nodes[list.nodes.length - 1] ?? null))) {
    const searched = list.nodes.length;
    need *= 2;
    list = all(need);
    if (start < 0) start = list.nodes.indexOf(first, searched);
  }
  const { nodes } = list;
  if (start < 0) return undefined;
  const last = nodes[nodes.length - 1] ?? null;
  if (!list.complete && root.contains(last)) return undefined;
  // The nodes from `start` on are inside the root up to one index, then outside it.
  let lo = start;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (root.contains(nodes[mid] ?? null)) lo = mid + 1;
    else hi = mid;
  }
  const end = Math.min(lo, start + max);
  return { nodes: nodes.slice(start, end), values: list.values.slice(start, end), complete: end === lo };
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'option', 'select', 'textarea', 'title']);

/**
 * Calls `visit` with each short text node's text and parent until it returns
 * true or the budget ends. `mustMatch` (tested on the raw text, so it must not
 * depend on whitespace) skips the other nodes before any normalising work.
 * `list`, when given, holds `root`'s text nodes already read.
 */
export function eachText(root: Node | null | undefined, visit: (text: string, parent: Element) => boolean | void, maxNodes = 40000, maxLen = 600, mustMatch?: RegExp, list?: TextList): void {
  if (list) {
    const end = Math.min(list.nodes.length, maxNodes);
    for (let i = 0; i < end; i++) {
      const node = list.nodes[i];
      const raw = list.values[i] ?? '';
      if (!node || raw.length > maxLen * 3 || (mustMatch && !mustMatch.test(raw))) continue;
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.localName)) continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!text || text.length > maxLen) continue;
      if (visit(text, parent) === true) return;
    }
    return;
  }
  const doc = root?.ownerDocument ?? (root as Document | null);
  if (!root || !doc || typeof doc.createTreeWalker !== 'function') return;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < maxNodes; node = walker.nextNode(), n++) {
    const raw = node.nodeValue ?? '';
    if (raw.length > maxLen * 3 || (mustMatch && !mustMatch.test(raw))) continue;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.localName)) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > maxLen) continue;
    if (visit(text, parent) === true) return;
  }
}

/**
 * The text of `root` with a space between its text nodes, up to about `max`
 * characters. `textContent` runs the texts of neighbouring elements
 * together: a footer's `<li>(48) 3333-2109</li><li>sac@shop.com.br</li><li>Seg. a sex.</li>`
 * reads "3333-2109sac@shop.com.brSeg.", which an address pattern takes for one address.
 */
export function spacedText(root: Node, max: number): string {
  const doc = root.ownerDocument;
  if (!doc || typeof doc.createTreeWalker !== 'function') return root.textContent ?? '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length <= max; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (isBlank(value)) continue;
    parts.push(value);
    length += value.length + 1;
  }
  return parts.join(' ');
}
