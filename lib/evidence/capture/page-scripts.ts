/**
 * Functions run inside the captured page with `scripting.executeScript`
 * (isolated world). Each is serialized on its own, so each must be
 * self-contained: no imports, no outer variables. State for restoring the
 * page lives on the isolated world's `window`, which the page cannot see.
 *
 * The page's markup can stand in for the DOM's members (DOM clobbering):
 * `<img name="querySelectorAll">` replaces `document.querySelectorAll`, and
 * in a form `<input name="style">` replaces `form.style`. A shop could so
 * make every capture of its page fail. So the document's members are read
 * through `Document.prototype`, and an element's style through its
 * prototype, each function defining the one-line reader it needs.
 */

/** What a full-page capture needs to know about the page, in CSS px. */
export interface PageMetrics {
  pageHeight: number;
  viewportWidth: number;
  viewportHeight: number;
  innerWidth: number;
  innerHeight: number;
  devicePixelRatio: number;
  scrollX: number;
  scrollY: number;
}

export function measurePage(): PageMetrics {
  const doc = <T>(name: string): T => Reflect.get(Document.prototype, name, document) as T;
  const se = doc<Element | null>('scrollingElement') ?? doc<Element>('documentElement');
  return {
    pageHeight: Math.max(se.scrollHeight, doc<HTMLElement | null>('body')?.scrollHeight ?? 0),
    viewportWidth: se.clientWidth || innerWidth,
    viewportHeight: se.clientHeight || innerHeight,
    innerWidth,
    innerHeight,
    devicePixelRatio,
    scrollX,
    scrollY,
  };
}

/** Turns smooth scrolling off so each scroll lands at once. Returns what it changed. */
export function preparePage(): string[] {
  type Saved = { el: HTMLElement; prop: string; value: string; priority: string }[];
  const w = window as unknown as { __csgCaptureSaved?: Saved; __csgCaptureScroll?: [number, number] };
  w.__csgCaptureSaved = [];
  w.__csgCaptureScroll = [scrollX, scrollY];
  const doc = <T>(name: string): T => Reflect.get(Document.prototype, name, document) as T;
  const changed: string[] = [];
  for (const el of [doc<HTMLElement | null>('documentElement'), doc<HTMLElement | null>('body')].filter((e): e is HTMLElement => e !== null)) {
    if (getComputedStyle(el).scrollBehavior === 'smooth') {
      w.__csgCaptureSaved.push({ el, prop: 'scroll-behavior', value: el.style.getPropertyValue('scroll-behavior'), priority: el.style.getPropertyPriority('scroll-behavior') });
      el.style.setProperty('scroll-behavior', 'auto', 'important');
      changed.push(`scroll-behavior: smooth → auto on <${el.tagName.toLowerCase()}>`);
    }
  }
  return changed;
}

/** Scrolls to `y`, waits two frames for layout and paint, and returns where the page really is. */
export async function scrollPage(y: number): Promise<number> {
  scrollTo(scrollX, y);
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  return scrollY;
}

/**
 * After the first frame: hides `position: fixed` elements and pins
 * `position: sticky` ones in place, so headers and chat buttons do not repeat
 * in every frame. The first frame keeps them as the shopper saw them.
 * Returns a description of each change for the capture record.
 */
export function hideFloating(): string[] {
  type Saved = { el: HTMLElement; prop: string; value: string; priority: string }[];
  const w = window as unknown as { __csgCaptureSaved?: Saved };
  const saved = (w.__csgCaptureSaved ??= []);
  const styleOf = (el: Element): CSSStyleDeclaration => Reflect.get(Object.getPrototypeOf(el) as object, 'style', el) as CSSStyleDeclaration;
  let fixed = 0;
  let sticky = 0;
  for (const el of Array.from(Document.prototype.querySelectorAll.call(document, 'body *') as NodeListOf<HTMLElement>)) {
    const pos = getComputedStyle(el).position;
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    const prop = pos === 'fixed' ? 'visibility' : 'position';
    const style = styleOf(el);
    // An element without a style of its own (MathML in old engines) cannot be moved: left as it is.
    if (!style) continue;
    saved.push({ el, prop, value: style.getPropertyValue(prop), priority: style.getPropertyPriority(prop) });
    if (pos === 'fixed') {
      style.setProperty('visibility', 'hidden', 'important');
      fixed += 1;
    } else {
      style.setProperty('position', 'relative', 'important');
      sticky += 1;
    }
  }
  const out: string[] = [];
  if (fixed) out.push(`${fixed} fixed element(s) hidden after the first frame`);
  if (sticky) out.push(`${sticky} sticky element(s) made relative after the first frame`);
  return out;
}

/** Undoes every change and scrolls back to where the shopper was. */
export function restorePage(): void {
  type Saved = { el: HTMLElement; prop: string; value: string; priority: string }[];
  const w = window as unknown as { __csgCaptureSaved?: Saved; __csgCaptureScroll?: [number, number] };
  // Scroll back first, while smooth scrolling is still off.
  const [x, y] = w.__csgCaptureScroll ?? [scrollX, scrollY];
  scrollTo(x, y);
  const styleOf = (el: Element): CSSStyleDeclaration => Reflect.get(Object.getPrototypeOf(el) as object, 'style', el) as CSSStyleDeclaration;
  for (const s of (w.__csgCaptureSaved ?? []).reverse()) {
    if (s.value) styleOf(s.el).setProperty(s.prop, s.value, s.priority);
    else styleOf(s.el).removeProperty(s.prop);
  }
  delete w.__csgCaptureSaved;
  delete w.__csgCaptureScroll;
}

/**
 * Hides the extension's own in-page warning banner before the first frame:
 * evidence shows the seller's page, not our overlay on top of it. The banner
 * publishes its shadow root on the isolated world (lib/banner/global.ts);
 * its host is hidden with an inline !important style and restored after.
 * Waits two frames (bounded) so the screenshot no longer contains it.
 */
export async function hideOwnUi(): Promise<string[]> {
  const w = window as unknown as Record<symbol, { shadow?: ShadowRoot } | undefined> & { __csgOwnUi?: { el: HTMLElement; value: string; priority: string } };
  const host = w[Symbol.for('shopping-guard.banner')]?.shadow?.host;
  if (!(host instanceof HTMLElement) || !host.isConnected) return [];
  w.__csgOwnUi = { el: host, value: host.style.getPropertyValue('visibility'), priority: host.style.getPropertyPriority('visibility') };
  host.style.setProperty('visibility', 'hidden', 'important');
  await Promise.race([
    new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    new Promise<void>((resolve) => setTimeout(resolve, 150)),
  ]);
  return ['the extension\'s own warning banner hidden while capturing'];
}

/** Shows the extension's banner again. */
export function restoreOwnUi(): void {
  const w = window as unknown as { __csgOwnUi?: { el: HTMLElement; value: string; priority: string } };
  const saved = w.__csgOwnUi;
  if (!saved) return;
  if (saved.value) saved.el.style.setProperty('visibility', saved.value, saved.priority);
  else saved.el.style.removeProperty('visibility');
  delete w.__csgOwnUi;
}
