import { browser } from 'wxt/browser';
import { Refusal, type Handlers } from '@/lib/messaging/router';
import { clearAllReminders } from '@/lib/rights/reminder-service';
import type { AppDB } from '@/lib/db/app-db';
import { putUserRule } from '@/lib/db/user-rules';
import { checkPage } from './check-page';
import { clearTabState, loadTabState, saveTabState } from './tab-state';
import { clearBadge, showBadge } from './badge';
import { inspectTab } from './shop-scripts';
import { translator } from '@/lib/i18n/translator';
import { createEvidenceHandlers, onPageFactsForEvidence } from '@/lib/evidence/handlers';
import { createListHandlers } from '@/lib/lists/handlers';
import { createUserDataHandlers } from '@/lib/user-data/handlers';
import { createRightsHandlers } from '@/lib/rights/handlers';
import { createBannerHandlers } from '@/lib/banner/handlers';

/** Message handlers of the background. Sender checks already happened in the router. */
export function createHandlers(db: AppDB): Handlers {
  return {
    async reportFacts(facts, sender) {
      if (sender.kind !== 'content-script') throw new Refusal('sender-not-allowed', 'content scripts only');
      const { facts: checked, verdict } = await checkPage(db, facts, sender.url);
      await saveTabState(sender.tabId, { url: checked.url, facts: checked, verdict });
      onPageFactsForEvidence(db, sender.tabId, checked);
      const t = await translator();
      await showBadge(sender.tabId, verdict.level, `${t('extName')}: ${t(`level_${verdict.level.replace(/-/g, '_')}`)}`);
      return verdict;
    },

    async reportNotShop(_data, sender) {
      if (sender.kind !== 'content-script') throw new Refusal('sender-not-allowed', 'content scripts only');
      const previous = await loadTabState(sender.tabId);
      // Late data may turn a page into a shop; never overwrite a verdict for the same page.
      if (previous && 'verdict' in previous && previous.url === sender.url.href) return { recorded: false };
      await saveTabState(sender.tabId, { url: sender.url.href, notShop: true });
      await clearBadge(sender.tabId);
      return { recorded: true };
    },

    async getTabVerdict(data, sender) {
      // A content script may only read its own tab; an extension page names the tab.
      if (sender.kind === 'content-script' && data.tabId !== undefined) throw new Refusal('sender-not-allowed', 'content scripts read their own tab only');
      const tabId = sender.kind === 'content-script' ? sender.tabId : data.tabId;
      const none = { verdict: null, facts: null, notShop: false };
      if (tabId === undefined) return none;
      const state = await loadTabState(tabId);
      if (!state) return none;
      // State is kept per URL: a verdict for the page the tab showed before is not this page's.
      const currentUrl = sender.kind === 'content-script' ? sender.url.href : await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
      if (state.url !== currentUrl) return none;
      if ('notShop' in state) return { ...none, notShop: true };
      return { verdict: state.verdict, facts: state.facts, notShop: false };
    },

    inspectTab: ({ tabId }) => inspectTab(tabId),

    async setUserRule(input) {
      const rule = await putUserRule(db, input);
      await recheckOpenTabs();
      return rule;
    },

    async removeUserRule({ id }) {
      const existed = (await db.userRules.get(id)) !== undefined;
      await db.userRules.delete(id);
      await recheckOpenTabs();
      return { removed: existed };
    },

    listUserRules: () => db.userRules.orderBy('id').toArray(),

    ...createListHandlers(db),

    ...createRightsHandlers(),

    ...createUserDataHandlers(db, { afterImport: recheckOpenTabs, afterErase: forgetOpenTabs }),

    ...createEvidenceHandlers(db),

    ...createBannerHandlers(),

    ping: async () => ({ pong: true as const, version: browser.runtime.getManifest().version }),
  };

  /**
   * After an erase, forget every tab's facts and verdict (re-judging them would
   * record the pages again) and every deadline reminder, which lives outside the database.
   */
  async function forgetOpenTabs(): Promise<void> {
    await clearAllReminders();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      await clearTabState(tab.id);
      await clearBadge(tab.id).catch(() => undefined);
    }
  }

  /** After the user changes a rule, re-judge every tab we hold facts for. */
  async function recheckOpenTabs(): Promise<void> {
    const tabs = await browser.tabs.query({});
    const t = await translator();
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const state = await loadTabState(tab.id);
      if (!state || !('verdict' in state) || state.url !== tab.url) continue;
      const { facts, verdict } = await checkPage(db, state.facts, new URL(state.url), new Date(), { record: false });
      await saveTabState(tab.id, { url: state.url, facts, verdict });
      await showBadge(tab.id, verdict.level, `${t('extName')}: ${t(`level_${verdict.level.replace(/-/g, '_')}`)}`).catch(() => clearBadge(tab.id!));
    }
  }
}
