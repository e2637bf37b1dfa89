import type { BannerPayload } from './payload';

/**
 * Where the banner's API lives: a symbol on the content scripts' isolated
 * world, which page scripts cannot see. The content script, the banner
 * script and the background's `executeScript` calls all meet there. This
 * file holds no banner code, so the content script can import it freely.
 */
export const BANNER_GLOBAL_KEY = 'shopping-guard.banner';
export const BANNER_GLOBAL = Symbol.for(BANNER_GLOBAL_KEY);

export interface BannerApi {
  /** Shows or updates the banner; false when it was not shown (another page, or dismissed here). */
  show(payload: BannerPayload): boolean;
  hide(): void;
  /** The shadow root while the banner is shown (isolated world only; used by tests). */
  readonly shadow: ShadowRoot | undefined;
}

export type BannerScope = Record<symbol, BannerApi | undefined>;

/** The banner of this world, if the banner script was ever injected into it. */
export function installedBanner(scope: object = globalThis): BannerApi | undefined {
  return (scope as BannerScope)[BANNER_GLOBAL];
}
