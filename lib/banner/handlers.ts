import { Refusal, type Handlers } from '@/lib/messaging/router';
import { loadTabState } from '@/lib/background/tab-state';
import { getSettings } from '@/lib/settings/settings';
import { translator } from '@/lib/i18n/translator';
import { bannerDecision } from './decide';
import { bannerPayload } from './payload';
import { isSnoozed, readSnooze } from './snooze';
import { injectBanner } from './inject';

export interface BannerHandlerDeps {
  inject: typeof injectBanner;
  now: () => number;
}

/** The background's side of the banner: decide from stored state, then inject. */
export function createBannerHandlers(deps: BannerHandlerDeps = { inject: injectBanner, now: Date.now }): Pick<Handlers, 'showBanner'> {
  return {
    async showBanner(_data, sender) {
      if (sender.kind !== 'content-script') throw new Refusal('sender-not-allowed', 'content scripts only');
      const state = await loadTabState(sender.tabId);
      // Only the verdict the background itself stored for the page the sender is on.
      if (!state || !('verdict' in state) || state.url !== sender.url.href) return { shown: false, reason: 'no-verdict' as const };
      const { verdict } = state;
      const [settings, snooze] = await Promise.all([getSettings(), readSnooze()]);
      const decision = bannerDecision(verdict.level, settings, isSnoozed(snooze, verdict.subject.host, deps.now()));
      if (decision !== 'show') return { shown: false, reason: decision };
      const t = await translator();
      const payload = bannerPayload(verdict, state.url, t, t.locale);
      if (!payload) return { shown: false, reason: 'level' as const };
      try {
        return (await deps.inject(sender.tabId, payload)) ? { shown: true } : { shown: false, reason: 'inject-failed' as const };
      } catch {
        // No host access (e.g. an activeTab grant that ended): the badge still shows the verdict.
        return { shown: false, reason: 'inject-failed' as const };
      }
    },
  };
}
