/**
 * Bounded walks over a page's visible text, shared by the policy, payment
 * and contact readers. A 50,000-node page costs at most `maxNodes` steps.
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'option', 'select', 'textarea', 'title']);

/**
 * Calls `visit` with each short text node's text and parent until it returns
 * true or the budget ends. `mustMatch` (tested on the raw text, so it must not
 * depend on whitespace) skips the other nodes before any normalising work.
 */
export function eachText(root: Node | null | undefined, visit: (text: string, parent: Element) => boolean | void, maxNodes = 40000, maxLen = 600, mustMatch?: RegExp): void {
  const doc = root?.ownerDocument ?? (root as Document | null);
  if (!root || !doc || typeof doc.createTreeWalker !== 'function') return;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < maxNodes; node = walker.nextNode(), n++) {
    const raw = node.nodeValue ?? '';
    if (raw.length > maxLen * 3 || (mustMatch && !mustMatch.test(raw))) continue;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName.toLowerCase())) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > maxLen) continue;
    if (visit(text, parent) === true) return;
  }
}
