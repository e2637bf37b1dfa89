import type { Localized, RightEntryInput } from '@/lib/rights/schema';

/**
 * Helpers for the data files. The date below is the date of the research
 * brief (`rights-facts.md`) every entry was built from and checked against;
 * it is not a fresh check of each live page, which is why platform entries
 * also carry `liveCheck` and link to the live page.
 */
export const RESEARCH_DATE = '2026-11-28';

/** One piece of text in both languages. */
export function l(en: string, zh_CN: string): Localized {
  return { en, zh_CN };
}

type Defaults = 'otherWindows' | 'conditions' | 'exceptions' | 'complaints' | 'unverified' | 'claimUnverified' | 'liveCheck' | 'appliesWhen' | 'verifiedOn';

/** An entry with the empty lists and flags filled in, so data files state only what they know. */
export function defineEntry(e: Omit<RightEntryInput, Defaults> & Partial<Pick<RightEntryInput, Defaults>>): RightEntryInput {
  return {
    otherWindows: [],
    conditions: [],
    exceptions: [],
    complaints: [],
    unverified: [],
    claimUnverified: false,
    liveCheck: false,
    appliesWhen: {},
    verifiedOn: RESEARCH_DATE,
    ...e,
  };
}
