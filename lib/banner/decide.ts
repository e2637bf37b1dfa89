import type { VerdictLevel } from '@/lib/facts/verdict';
import type { Settings } from '@/lib/settings/settings';

/**
 * When the in-page banner appears. The banner interrupts the page, so it is
 * kept for verdicts that should stop a purchase: warning and danger by
 * default. The "warning sensitivity" setting moves that line: relaxed shows
 * it for danger only, strict also for caution. Trusted-by-you, low and
 * no-data never show it.
 */
export const BANNER_LEVELS: Readonly<Record<Settings['sensitivity'], readonly VerdictLevel[]>> = {
  relaxed: ['danger'],
  normal: ['warning', 'danger'],
  strict: ['caution', 'warning', 'danger'],
};

/** Levels for which the content script asks at all (the background decides). */
export const BANNER_CANDIDATE_LEVELS: readonly VerdictLevel[] = BANNER_LEVELS.strict;

export type BannerDecision = 'show' | 'off' | 'level' | 'snoozed';

export function bannerDecision(level: VerdictLevel, settings: Pick<Settings, 'banner' | 'sensitivity'>, snoozed: boolean): BannerDecision {
  if (!settings.banner) return 'off';
  if (!BANNER_LEVELS[settings.sensitivity].includes(level)) return 'level';
  return snoozed ? 'snoozed' : 'show';
}
