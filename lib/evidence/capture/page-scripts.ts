/**
 * Functions run inside the captured page with `scripting.executeScript`
 * (isolated world). Each is serialized on its own, so each must be
 * self-contained: no imports, no outer variables. State for restoring the
 * page lives on the isolated world's `window`, which the page cannot see.
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
  const se = document.scrollingElement ?? document.documentElement;
  return {
    pageHeight: Math.max(se.scrollHeight, document.body?.scrollHeight ?? 0),
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
  const changed: string[] = [];
  for (const el of [document.documentElement, document.body].filter(Boolean)) {
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
  let fixed = 0;
  let sticky = 0;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    const pos = getComputedStyle(el).position;
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    const prop = pos === 'fixed' ? 'visibility' : 'position';
    saved.push({ el, prop, value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
    if (pos === 'fixed') {
      el.style.setProperty('visibility', 'hidden', 'important');
      fixed += 1;
    } else {
      el.style.setProperty('position', 'relative', 'important');
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
  for (const s of (w.__csgCaptureSaved ?? []).reverse()) {
    if (s.value) s.el.style.setProperty(s.prop, s.value, s.priority);
    else s.el.style.removeProperty(s.prop);
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
