import { browser } from 'wxt/browser';

/**
 * Per-site snooze of the in-page banner, kept in `storage.local` as
 * `{ [site]: until epoch ms }`. The site is the registrable domain the
 * verdict is about (the background computes it; the banner only echoes it),
 * so snoozing `shop.example` also covers `www.shop.example`.
 *
 * Plain object checks instead of zod: this module is bundled into the banner
 * script, which must stay small.
 */
export const SNOOZE_KEY = 'bannerSnooze';
/** How long "hide on this site" lasts: the banner comes back the next day. */
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
/** More sites than anyone snoozes in a day; bounds what a runaway loop could store. */
export const MAX_SNOOZED_SITES = 500;

export type SnoozeMap = Readonly<Record<string, number>>;

/** Keeps only well-formed entries of a stored value (anything else reads as "nothing snoozed"). */
export function parseSnooze(raw: unknown): SnoozeMap {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Record<string, number> = {};
  for (const [site, until] of Object.entries(raw)) {
    if (site.length > 0 && site.length <= 253 && typeof until === 'number' && Number.isFinite(until)) out[site] = until;
  }
  return out;
}

export function isSnoozed(map: SnoozeMap, site: string, now: number): boolean {
  const until = map[site];
  return until !== undefined && until > now;
}

/** The map with `site` snoozed until `until`, expired entries dropped and the size bounded. */
export function withSnooze(map: SnoozeMap, site: string, until: number, now: number): SnoozeMap {
  const live = Object.entries(map).filter(([s, u]) => u > now && s !== site).sort((a, b) => b[1] - a[1]).slice(0, MAX_SNOOZED_SITES - 1);
  return Object.fromEntries([...live, [site, until]]);
}

export function withoutSnooze(map: SnoozeMap, site: string): SnoozeMap {
  return Object.fromEntries(Object.entries(map).filter(([s]) => s !== site));
}

/** Sites snoozed now, soonest to expire first. */
export function activeSnoozes(map: SnoozeMap, now: number): { site: string; until: number }[] {
  return Object.entries(map).filter(([, u]) => u > now).map(([site, until]) => ({ site, until })).sort((a, b) => a.until - b.until);
}

export async function readSnooze(): Promise<SnoozeMap> {
  const got = await browser.storage.local.get(SNOOZE_KEY);
  return parseSnooze(got[SNOOZE_KEY]);
}

export async function snoozeSite(site: string, now = Date.now(), ms = SNOOZE_MS): Promise<void> {
  await browser.storage.local.set({ [SNOOZE_KEY]: withSnooze(await readSnooze(), site, now + ms, now) });
}

export async function unsnoozeSite(site: string): Promise<void> {
  await browser.storage.local.set({ [SNOOZE_KEY]: withoutSnooze(await readSnooze(), site) });
}

export async function clearSnoozes(): Promise<void> {
  await browser.storage.local.remove(SNOOZE_KEY);
}

/** Calls `cb` whenever the stored snoozes change (options page). Returns an unsubscribe. */
export function watchSnooze(cb: (map: SnoozeMap) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SNOOZE_KEY in changes) cb(parseSnooze(changes[SNOOZE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
