import type { Verdict } from '@/lib/facts/verdict';
import { BANNER_CANDIDATE_LEVELS } from './decide';
import { installedBanner } from './global';

/**
 * The content script's whole share of the banner (a few hundred bytes): for
 * a verdict that may call for it, ask the background, which checks the
 * settings and the site's snooze and injects the banner script; otherwise
 * hide a banner an earlier page of this tab showed (in-page navigation).
 * The banner's code is loaded only on pages that show it.
 */
export function bannerOnVerdict(verdict: Verdict | null, requestBanner: () => Promise<unknown>, scope: object = globalThis): void {
  if (verdict && BANNER_CANDIDATE_LEVELS.includes(verdict.level)) {
    void requestBanner().catch(() => undefined);
  } else {
    installedBanner(scope)?.hide();
  }
}
