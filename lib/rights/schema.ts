import { z } from 'zod';
import { MARKETPLACE_PROGRAMMES, PAYMENT_PROGRAMMES, JURISDICTIONS, RIGHTS_PAYMENT_METHODS } from './codes';

/**
 * The shape of one piece of rights knowledge. Every fact in the data files
 * comes from `rights-facts.md`; this schema makes the data prove, in tests,
 * that it is sourced, bilingual and honest about what is not verified.
 */

/** User-visible text: always both languages, never empty. */
export const localizedSchema = z
  .object({ en: z.string().trim().min(1), zh_CN: z.string().trim().min(1) })
  .strict();
export type Localized = z.infer<typeof localizedSchema>;

export const RIGHT_KINDS = ['statutory', 'platform', 'payment'] as const;
export type RightKind = (typeof RIGHT_KINDS)[number];

/** The case dates a window can run from. */
export const START_EVENTS = ['order', 'payment', 'delivery', 'estimatedDelivery', 'statement'] as const;
export const startEventSchema = z.enum(START_EVENTS);
export type StartEvent = z.infer<typeof startEventSchema>;

/**
 * The research's marks. Compound marks ("High/Medium", "Low–Medium") are
 * encoded as the lower level, so the interface never overstates certainty.
 */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low', 'unverified'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

/**
 * How the first day is counted. `next-day`: the source says counting starts
 * the day after the event (CN 签收次日, UK "the day after"). `unspecified`:
 * the source is silent, so the calculator counts the event day as day 1,
 * which gives the earlier, safer date for a deadline the shopper must meet.
 */
export const COUNTING = ['next-day', 'unspecified'] as const;

/**
 * `act-by`: the shopper must act by the date. `seller-duty`: the seller must
 * act by the date (e.g. ship). `available-after`: a right opens only after
 * the date (e.g. claim once delivery is late).
 */
export const DEADLINE_KINDS = ['act-by', 'seller-duty', 'available-after'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The EU ODR platform closed in 2025; the research forbids sending users there. */
const FORBIDDEN_URL = /^https:\/\/ec\.europa\.eu\/odr/i;

export const httpsUrlSchema = z
  .string()
  .max(400)
  .url()
  .refine((u) => u.startsWith('https://'), 'https only')
  .refine((u) => !FORBIDDEN_URL.test(u), 'the EU ODR platform is closed');

export const sourceSchema = z
  .object({
    /** The document's own name; not translated. */
    title: z.string().trim().min(1).max(300),
    url: httpsUrlSchema.optional(),
    /** The research named only the site, so the link opens the site, not the page. */
    siteOnly: z.boolean().optional(),
    article: z.string().trim().min(1).max(200).optional(),
    /** A date the page itself carries, when the research recorded one. */
    asOf: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const channelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: localizedSchema,
    url: httpsUrlSchema.optional(),
    phone: z.string().max(60).optional(),
    scope: localizedSchema,
    /** `eu-other-member`: only for a trader in another EU country, Iceland or Norway (ECC-Net). */
    traderScope: z.enum(['any', 'eu-other-member']),
    confidence: confidenceSchema,
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type Channel = z.infer<typeof channelSchema>;

/** Fields shared by an entry's main window and its other windows. */
const windowShape = {
  /** Days in the window; null when there is none (or it is counted in months only). */
  windowDays: z.number().int().min(0).max(3650).nullable(),
  windowMonths: z.number().int().min(1).max(120).optional(),
  /** null when the window runs from an event the extension does not track (see `startNote`). */
  startsAt: startEventSchema.nullable(),
  /** `if-later`: use this event instead when it is later; `if-missing`: use it when `startsAt` is unknown. */
  startAlt: z.object({ event: startEventSchema, use: z.enum(['if-later', 'if-missing']) }).strict().optional(),
  counting: z.enum(COUNTING),
  deadlineKind: z.enum(DEADLINE_KINDS),
  /** The period is a minimum; national law may give longer (EU legal guarantee). */
  atLeast: z.boolean().optional(),
  /** What starts the clock, in words, when it is not a tracked case date or needs saying. */
  startNote: localizedSchema.optional(),
};

export const otherWindowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** When this window applies, in words. */
    label: localizedSchema,
    ...windowShape,
  })
  .strict();
export type OtherWindow = z.infer<typeof otherWindowSchema>;

export const jurisdictionSchema = z.enum(JURISDICTIONS);
export const programmeSchema = z.enum([...MARKETPLACE_PROGRAMMES, ...PAYMENT_PROGRAMMES]);

export const appliesWhenSchema = z
  .object({
    /** `foreign`: only when the seller is outside the shopper's jurisdiction; `domestic`: only inside. */
    sellerLocation: z.enum(['any', 'domestic', 'foreign']).optional(),
    /** Country sites of a platform the rule is written for (Shopee MY, PH). */
    siteRegions: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).optional(),
    /** Statutory rules about one payment method (US billing errors on cards). */
    paymentMethods: z.array(z.enum(RIGHTS_PAYMENT_METHODS)).min(1).optional(),
    /** Covers third-party sellers only (Amazon A-to-z). */
    thirdPartySellerOnly: z.boolean().optional(),
    /** Part of the country only (a Canadian province), so it may not be the shopper's. */
    subnational: localizedSchema.optional(),
  })
  .strict();
export type AppliesWhen = z.infer<typeof appliesWhenSchema>;

const entryObject = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
    kind: z.enum(RIGHT_KINDS),
    jurisdiction: jurisdictionSchema.optional(),
    platform: programmeSchema.optional(),
    title: localizedSchema,
    summary: localizedSchema,
    ...windowShape,
    otherWindows: z.array(otherWindowSchema),
    conditions: z.array(localizedSchema),
    exceptions: z.array(localizedSchema),
    steps: z.array(localizedSchema).min(1),
    complaints: z.array(channelSchema),
    sources: z.array(sourceSchema).min(1),
    /** Date the entry was checked against the research brief it is built from. */
    verifiedOn: isoDate,
    confidence: confidenceSchema,
    /** The central claim itself is marked "(not verified)" in the research. */
    claimUnverified: z.boolean(),
    /** Statements the research marks "(not verified)"; shown as such, never as fact. */
    unverified: z.array(localizedSchema),
    /** Platform policy that changes often: show "policy as of <date>, check the live page". */
    liveCheck: z.boolean(),
    appliesWhen: appliesWhenSchema,
  })
  .strict();

type WindowLike = {
  windowDays: number | null;
  windowMonths?: number | undefined;
  startsAt: StartEvent | null;
  startAlt?: { event: StartEvent; use: 'if-later' | 'if-missing' } | undefined;
  startNote?: Localized | undefined;
};

/** Whether a window has a length at all. */
export function hasWindow(w: Pick<WindowLike, 'windowDays' | 'windowMonths'>): boolean {
  return w.windowDays !== null || w.windowMonths !== undefined;
}

function checkWindow(w: WindowLike, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (!hasWindow(w) && (w.startsAt !== null || w.startAlt)) {
    ctx.addIssue({ code: 'custom', path, message: 'a start event without a window length' });
  }
  if (hasWindow(w) && w.startsAt === null && !w.startNote) {
    ctx.addIssue({ code: 'custom', path, message: 'an untracked start needs a startNote saying what starts the clock' });
  }
  if (w.startAlt && w.startsAt === null) ctx.addIssue({ code: 'custom', path, message: 'startAlt needs startsAt' });
  if (w.startAlt && w.startAlt.event === w.startsAt) ctx.addIssue({ code: 'custom', path, message: 'startAlt repeats startsAt' });
}

export const rightEntrySchema = entryObject.superRefine((e, ctx) => {
  if (e.kind === 'statutory') {
    if (!e.jurisdiction) ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: 'statutory entries name a jurisdiction' });
    if (e.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: 'statutory entries have no platform' });
  } else {
    if (!e.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: `${e.kind} entries name a programme` });
    if (e.jurisdiction) ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: `${e.kind} entries have no jurisdiction` });
    const allowed: readonly string[] = e.kind === 'platform' ? MARKETPLACE_PROGRAMMES : PAYMENT_PROGRAMMES;
    if (e.platform && !allowed.includes(e.platform)) ctx.addIssue({ code: 'custom', path: ['platform'], message: `${e.platform} is not a ${e.kind} programme` });
  }
  checkWindow(e, [], ctx);
  e.otherWindows.forEach((w, i) => checkWindow(w, ['otherWindows', i], ctx));
  const windowIds = e.otherWindows.map((w) => w.id);
  if (new Set(windowIds).size !== windowIds.length || windowIds.includes('main')) {
    ctx.addIssue({ code: 'custom', path: ['otherWindows'], message: 'window ids must be unique and not "main"' });
  }
  // The research: do not ship day counts for facts no source supports.
  if (e.confidence === 'unverified' && (hasWindow(e) || e.otherWindows.some(hasWindow))) {
    ctx.addIssue({ code: 'custom', path: ['windowDays'], message: 'an unverified entry must not carry a day count' });
  }
  if (!e.sources.some((s) => s.url)) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'at least one source with a URL' });
});
export type RightEntry = z.infer<typeof rightEntrySchema>;
/** What the data files write; the schema checks it in tests and in the CLI. */
export type RightEntryInput = z.input<typeof rightEntrySchema>;

/** Whether the interface must flag the entry as not verified. */
export function needsCheck(e: Pick<RightEntry, 'confidence' | 'claimUnverified'>): boolean {
  return e.claimUnverified || e.confidence === 'low' || e.confidence === 'unverified';
}
