import type { z } from 'zod';
import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { loadTabState } from '@/lib/background/tab-state';
import { getSettings } from '@/lib/settings/settings';
import type { PageFacts } from '@/lib/facts/page-facts';
import { resolveJurisdiction } from './codes';
import { computeDeadlines } from './deadlines';
import { dateInZone, isTimeZone, localTimeZone } from './calendar';
import { complaintChannels, selectRights, siteRegionOf, type SelectInput } from './select';
import { clearReminder, reminderState, setReminder } from './reminder-service';
import type { rightsMessages } from './messages';

type GetRightsRequest = z.infer<typeof rightsMessages.getRightsRequest>;
type GetRightsResponse = z.infer<typeof rightsMessages.getRightsResponse>;

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The rights for a tab and/or a case: the tab's facts give marketplace,
 * seller country and site; the case's fields, when given, win (the shopper
 * corrected them, or the purchase is over and the tab is gone).
 */
export async function getRights(req: GetRightsRequest, now = Date.now()): Promise<GetRightsResponse> {
  const settings = await getSettings();
  const code = req.jurisdiction ?? settings.jurisdiction;
  const resolved = resolveJurisdiction(code);
  let facts: PageFacts | undefined;
  if (req.tabId !== undefined) {
    const state = await loadTabState(req.tabId);
    // Tab state is per URL: facts of the page the tab showed before are not this purchase's.
    const tabUrl = await browser.tabs.get(req.tabId).then((t) => t?.url, () => undefined);
    if (state && 'facts' in state && (tabUrl === undefined || state.url === tabUrl)) facts = state.facts;
  }
  const c = req.case ?? {};
  const input: SelectInput = {
    jurisdiction: resolved ? code : undefined,
    marketplace: c.marketplace ?? facts?.marketplace,
    // The store's stated location, else where it ships from: both say where the seller is reachable.
    sellerCountry: c.sellerCountry ?? facts?.seller.location ?? facts?.shipping.from,
    // The methods a page accepts say nothing of how the shopper paid: only the case or the popup's picker tells.
    paymentMethod: c.paymentMethod,
    siteRegion: siteRegionOf(c.host ?? hostOf(facts?.url)),
    soldByPlatform: c.soldByPlatform ?? facts?.seller.soldByPlatform,
  };
  const timeZone = req.timeZone && isTimeZone(req.timeZone) ? req.timeZone : localTimeZone();
  const selected = selectRights(input);
  const deadlines = computeDeadlines(selected.map((s) => s.entry), c.dates ?? {}, now, { timeZone });
  return {
    jurisdiction: resolved?.jurisdiction ?? null,
    ...(resolved?.memberState ? { memberState: resolved.memberState } : {}),
    used: {
      marketplace: input.marketplace,
      sellerCountry: input.sellerCountry,
      paymentMethod: input.paymentMethod,
      siteRegion: input.siteRegion,
      soldByPlatform: input.soldByPlatform,
    },
    today: dateInZone(now, timeZone),
    timeZone,
    items: selected.map((s) => ({ ...s, deadlines: deadlines.filter((d) => d.entryId === s.entry.id) })),
    channels: complaintChannels(selected, input),
    reminders: c.caseId ? await reminderState(c.caseId) : null,
  };
}

/** Handlers of the rights messages, spread into the background's handler map. */
export function createRightsHandlers(): Pick<Handlers, 'getRights' | 'setReminder' | 'clearReminder' | 'getReminders'> {
  return {
    getRights: (req) => getRights(req),
    setReminder: (req) => setReminder(req),
    clearReminder: ({ caseId }) => clearReminder(caseId),
    getReminders: ({ caseId }) => reminderState(caseId),
  };
}
