import type { BannerLevel } from './payload';
import { renderBanner } from './render';
import { BANNER_GLOBAL, type BannerApi, type BannerScope } from './global';
import { domMember } from '@/lib/sites/util/unclobbered';

/**
 * The banner in the page: one host element with a closed shadow root, so
 * the page's styles do not reach it and the page's scripts cannot read or
 * rewrite it (a fake shop could otherwise turn our warning into praise).
 */

export interface BannerDeps {
  doc: Document;
  location: () => string;
  /** Stores the per-site snooze. */
  snooze: (site: string) => Promise<void>;
}

const RANK: Record<BannerLevel, number> = { caution: 1, warning: 2, danger: 3 };
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['right', '0'], ['display', 'block'],
  ['z-index', '2147483647'], ['margin', '0'], ['padding', '0'], ['border', '0'],
];

const pageOf = (url: string): string => url.split('#')[0] ?? url;

export function createBanner(deps: BannerDeps): BannerApi {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  // "Dismiss" holds for this page, unless a worse verdict arrives for it.
  let dismissed: { page: string; rank: number } | undefined;
  let current = 0;

  function hide(): void {
    host?.remove();
    host = undefined;
    shadow = undefined;
  }

  function dismiss(): void {
    dismissed = { page: pageOf(deps.location()), rank: current };
    hide();
  }

  return {
    show(payload) {
      const page = pageOf(deps.location());
      if (pageOf(payload.url) !== page) return false;
      if (dismissed && dismissed.page === page && RANK[payload.level] <= dismissed.rank) return false;
      if (!host || !host.isConnected) {
        // The document's members are read past the page's named images and forms: `<img name="body">`
        // would otherwise take the banner in, out of sight, and `<img name="createElement">` stop it.
        const create = domMember<Document['createElement']>(deps.doc, 'createElement');
        const parent = domMember<HTMLElement | null>(deps.doc, 'body') ?? domMember<HTMLElement | null>(deps.doc, 'documentElement');
        if (typeof create !== 'function' || !parent) return false;
        host = create.call(deps.doc, 'div');
        // Inline !important beats the page's stylesheets, even their !important rules.
        for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
        shadow = host.attachShadow({ mode: 'closed' });
        parent.prepend(host);
      }
      current = RANK[payload.level];
      renderBanner(shadow!, payload, {
        dismiss,
        snooze() {
          const site = payload.site;
          dismiss();
          void deps.snooze(site).catch(() => undefined);
        },
      });
      return true;
    },
    hide,
    get shadow() {
      return shadow;
    },
  };
}

/** The banner of this isolated world, created once however often the script is injected. */
export function installBanner(deps: BannerDeps, scope: object = globalThis): BannerApi {
  const s = scope as BannerScope;
  return (s[BANNER_GLOBAL] ??= createBanner(deps));
}
