/**
 * A document the readers can trust to answer like the DOM, whatever its
 * markup names its controls.
 *
 * DOM clobbering: a form's controls become properties of the form, named by
 * their `name` and `id`, and these win over the DOM's own members. Inside
 * `<form><input name="getAttribute"></form>`, `form.getAttribute` is that
 * input; `<input name="tagName">` makes `form.tagName` an element. In a
 * live page, `<img name="querySelector">` does the same to `document`. One
 * hidden input would make every reader throw on the page, and a page the
 * reader cannot read is "not a shop": a fake shop could hide from every
 * check with it (measured in Chromium before this module: `getAttribute`,
 * `getAttributeNames`, `hasAttribute` and `tagName` each made the generic
 * reader throw).
 *
 * The readers call the DOM's members directly, the fast and readable way. So
 * a page whose markup shadows a member they use is read from a copy where
 * the shadowing names are removed. The copy costs about 20 ms on a 12,000
 * element page and is made only for such pages; the check costs one
 * property lookup per form and member.
 */

/**
 * The element members the readers call or read on elements, any of which
 * may be a form. A member missing here could be clobbered unseen: the unit
 * test that scans the readers' source for DOM members keeps this list whole.
 * Members a form control may commonly be named after and that no reader
 * reads from an element (`id`, `name`, `title`, `action`, `length`…) are
 * left out on purpose: Shopify's product form holds an `<input name="id">`,
 * and copying every such page would cost every Shopify shopper 20 ms.
 */
export const ELEMENT_MEMBERS_READ = [
  'attributes', 'children', 'className', 'closest', 'compareDocumentPosition', 'contains', 'firstChild', 'firstElementChild',
  'getAttribute', 'getAttributeNames', 'getElementsByTagName', 'hasAttribute', 'hasAttributes', 'lastChild', 'lastElementChild', 'localName',
  'matches', 'nextElementSibling', 'nextSibling', 'nodeName', 'nodeType', 'nodeValue', 'ownerDocument', 'parentElement', 'parentNode',
  'previousElementSibling', 'previousSibling', 'querySelector', 'querySelectorAll', 'tagName', 'textContent',
] as const;

type Named = { nodeType?: unknown; length?: unknown };

/**
 * A member of `obj` as its prototype chain defines it, past anything the
 * page named after it: `domMember(document, 'body')` is the body even
 * after `<img name="body">`. For the few document members code outside the
 * readers uses on the live page (the banner's mount point, `hidden`).
 */
export function domMember<T>(obj: object, name: string): T | undefined {
  const proto: unknown = Object.getPrototypeOf(obj);
  return proto && typeof proto === 'object' ? (Reflect.get(proto, name, obj) as T) : undefined;
}

/**
 * The value of a named property that shadows a member of `obj`, or
 * undefined. Named properties are own data properties holding an element,
 * a list or (for a named iframe) a window, which tells them from the own
 * fields (strings, numbers, null) some DOM implementations keep; a form's
 * are also read-only.
 */
function shadowing(obj: object, name: string, readOnly: boolean): Named | undefined {
  let desc: PropertyDescriptor | undefined;
  try {
    desc = Object.getOwnPropertyDescriptor(obj, name);
  } catch {
    // Chromium throws for a name shadowing a guarded member (`<img name="cookie">`): shadowed all the same.
    return SHADOWED_UNREADABLE;
  }
  if (!desc || !('value' in desc) || (readOnly && desc.writable !== false)) return undefined;
  const value: unknown = desc.value;
  return value !== null && typeof value === 'object' ? (value as Named) : undefined;
}

/** A named property whose value cannot be read. */
const SHADOWED_UNREADABLE: Named = {};

/** The forms of the document, read past a form or image named "forms" or "querySelectorAll". */
function formsOf(doc: Document): ArrayLike<Element> {
  const forms = domMember<HTMLCollectionOf<HTMLFormElement>>(doc, 'forms');
  if (forms && typeof forms === 'object') return forms;
  const query = domMember<Document['querySelectorAll']>(doc, 'querySelectorAll');
  return typeof query === 'function' ? query.call(doc, 'form') : [];
}

/**
 * The document's own members that its named images, forms, iframes, embeds
 * and objects shadow (a live page only: a parsed or copied document has
 * none). Any shadowed member counts: such names are rare, and the readers
 * use many of the document's members.
 */
function shadowedDocumentMembers(doc: Document): string[] {
  const proto: unknown = Object.getPrototypeOf(doc);
  if (!proto || typeof proto !== 'object') return [];
  return Object.getOwnPropertyNames(doc).filter((name) => name in proto && shadowing(doc, name, false) !== undefined);
}

const MEMBERS_READ: ReadonlySet<string> = new Set(ELEMENT_MEMBERS_READ);

type NamedItems = { namedItem?: (name: string) => unknown };

/**
 * True when a form's control or image is named after a member the readers
 * use, by the forms' control and image lists. Each list indexes its names
 * once, so this costs about 0.1 ms even for a filter form of 3,300
 * checkboxes, where asking the form itself for each member walked every
 * control each time (up to 1 ms a page).
 */
function hasControlNamedAfterMember(doc: Document): boolean {
  const forms = formsOf(doc);
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    if (!form) continue;
    const controls = domMember<NamedItems>(form, 'elements');
    const byTag = domMember<Element['getElementsByTagName']>(form, 'getElementsByTagName');
    const images = (typeof byTag === 'function' ? byTag.call(form, 'img') : undefined) as NamedItems | undefined;
    for (const list of [controls, images]) {
      const find = list?.namedItem;
      if (typeof find === 'function' && ELEMENT_MEMBERS_READ.some((name) => find.call(list, name))) return true;
    }
  }
  return false;
}

/**
 * True when a form itself answers for a member the readers use. Exact where
 * `hasControlNamedAfterMember` is not: a page script can make a form keep
 * answering with a control after renaming it (the form's "past names"). A
 * form's named properties are read-only, which tells them from the own
 * fields some DOM implementations keep.
 */
export function formShadowsMember(doc: Document): boolean {
  const forms = formsOf(doc);
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    if (form && ELEMENT_MEMBERS_READ.some((name) => shadowing(form, name, true) !== undefined)) return true;
  }
  return false;
}

/** True when the page's markup shadows a DOM member the readers use. */
export function isClobbered(doc: Document): boolean {
  return shadowedDocumentMembers(doc).length > 0 || hasControlNamedAfterMember(doc);
}

/** Elements whose `name` or `id` is a member the readers use, found by their markup alone. */
const NAMED_AFTER_MEMBER = ELEMENT_MEMBERS_READ.flatMap((m) => [`[name="${m}"]`, `[id="${m}"]`]).join(',');

/**
 * `doc` itself when nothing in it shadows a member the readers use;
 * otherwise a copy with those names and ids removed. The copy has no
 * window, so its images and forms name nothing on the document, and its
 * scripts never run. The page itself is never changed: its forms must keep
 * working for the shopper.
 *
 * The copy's controls are found by their markup, not through the copy's
 * forms: a form remembers each control it once returned for a name
 * ("past names", HTML's form named properties) and keeps returning it after
 * its name is removed.
 */
export function unclobbered(doc: Document): Document {
  let clobbered: boolean;
  try {
    clobbered = isClobbered(doc);
  } catch {
    // A check the page's markup makes fail is an answer too: read the copy.
    clobbered = true;
  }
  return clobbered ? copyWithoutShadowing(doc) : doc;
}

/** A copy of the document without the names and ids that shadow a member the readers use. */
export function copyWithoutShadowing(doc: Document): Document {
  const clone = domMember<Node['cloneNode']>(doc, 'cloneNode');
  if (typeof clone !== 'function') return doc;
  const copy = clone.call(doc, true) as Document;
  const query = domMember<Document['querySelectorAll']>(copy, 'querySelectorAll');
  if (typeof query !== 'function') return doc;
  for (const el of Array.from(query.call(copy, NAMED_AFTER_MEMBER))) {
    // Through the prototype: the element may be a form whose own controls shadow these.
    const get = domMember<Element['getAttribute']>(el, 'getAttribute');
    const remove = domMember<Element['removeAttribute']>(el, 'removeAttribute');
    if (typeof get !== 'function' || typeof remove !== 'function') continue;
    for (const attr of ['name', 'id']) {
      if (MEMBERS_READ.has(get.call(el, attr) ?? '')) remove.call(el, attr);
    }
  }
  return copy;
}
