import { z } from 'zod';
import { countrySchema, marketplaceSchema } from '@/lib/facts/page-facts';
import { channelSchema, DEADLINE_KINDS, rightEntrySchema, startEventSchema } from './schema';
import { JURISDICTIONS, RIGHTS_PAYMENT_METHODS } from './codes';
import { CASE_ID_RE } from './reminders';
import { isCivilDate, isTimeZone } from './calendar';

/**
 * Zod schemas of the rights messages; `lib/messaging/protocol.ts` lists them
 * in the one protocol map. All are for extension pages only.
 */

const tabIdSchema = z.number().int().min(0).max(2 ** 31);
export const caseIdSchema = z.string().regex(CASE_ID_RE);
const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'unknown time zone');
const civilDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCivilDate, 'not a calendar date');

/** A case date: a calendar date, an ISO date-time with offset, or epoch milliseconds. */
const dateInputSchema = z.union([
  civilDateSchema,
  z.iso.datetime({ offset: true }),
  z.number().int().min(0).max(8.64e15),
]);

export const caseDatesSchema = z
  .object({
    orderDate: dateInputSchema.optional(),
    paymentDate: dateInputSchema.optional(),
    deliveryDate: dateInputSchema.optional(),
    estimatedDelivery: dateInputSchema.optional(),
    statementDate: dateInputSchema.optional(),
  })
  .strict();

/** What a case (or the popup) knows beyond the tab's facts; each field overrides the tab. */
export const rightsCaseSchema = z
  .object({
    caseId: caseIdSchema.optional(),
    marketplace: marketplaceSchema.optional(),
    host: z.string().max(253).optional(),
    sellerCountry: countrySchema.optional(),
    paymentMethod: z.enum(RIGHTS_PAYMENT_METHODS).optional(),
    soldByPlatform: z.boolean().optional(),
    dates: caseDatesSchema.optional(),
  })
  .strict();

const getRightsRequest = z
  .object({
    /** Read marketplace, seller country and site from this tab's facts. */
    tabId: tabIdSchema.optional(),
    case: rightsCaseSchema.optional(),
    /** Overrides the jurisdiction setting (e.g. the options page previewing another). */
    jurisdiction: z.string().max(8).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();

export const deadlineSchema = z
  .object({
    entryId: z.string(),
    windowId: z.string(),
    kind: z.enum(DEADLINE_KINDS),
    windowDays: z.number().int().nullable(),
    windowMonths: z.number().int().optional(),
    status: z.enum(['open', 'due-today', 'passed', 'waiting', 'available', 'unknown-start', 'untracked-start', 'no-window']),
    startsAt: startEventSchema.nullable(),
    basis: startEventSchema.optional(),
    startDate: civilDateSchema.optional(),
    dueDate: civilDateSchema.optional(),
    daysLeft: z.number().int().optional(),
    conservative: z.boolean(),
    mayMove: z.boolean(),
    atLeast: z.boolean(),
  })
  .strict();

export const matchReasonSchema = z.enum([
  'jurisdiction', 'marketplace', 'payment', 'payment-unknown', 'seller-foreign', 'seller-unknown', 'region-unknown', 'subnational', 'seller-type-unknown',
]);

export const rightsItemSchema = z.object({
  entry: rightEntrySchema,
  relevance: z.enum(['applies', 'may-apply']),
  reasons: z.array(matchReasonSchema),
  deadlines: z.array(deadlineSchema),
});

const scheduledSchema = z.object({
  name: z.string(),
  when: z.number(),
  entryId: z.string(),
  windowId: z.string(),
  tag: z.string(),
});

export const reminderStateSchema = z.object({
  enabled: z.boolean(),
  daysBefore: z.array(z.number().int()),
  hour: z.number().int(),
  scheduled: z.array(scheduledSchema),
});

const getRightsResponse = z.object({
  /** null until the shopper chooses where they live. */
  jurisdiction: z.enum(JURISDICTIONS).nullable(),
  memberState: z.string().optional(),
  /** What the selection used, so the interface can say it and let the shopper correct it. */
  used: z.object({
    marketplace: marketplaceSchema.optional(),
    sellerCountry: z.string().optional(),
    paymentMethod: z.enum(RIGHTS_PAYMENT_METHODS).optional(),
    siteRegion: z.string().optional(),
    soldByPlatform: z.boolean().optional(),
  }),
  today: civilDateSchema,
  timeZone: z.string(),
  items: z.array(rightsItemSchema),
  channels: z.array(channelSchema),
  reminders: reminderStateSchema.nullable(),
});

const setReminderRequest = z
  .object({
    caseId: caseIdSchema,
    entryIds: z.array(z.string().max(80)).min(1).max(60),
    dates: caseDatesSchema,
    /** Days before each last day; default [7, 1]. */
    daysBefore: z.array(z.number().int().min(0).max(60)).min(1).max(5).optional(),
    hour: z.number().int().min(0).max(23).optional(),
    timeZone: timeZoneSchema.optional(),
    /** Shown in the notification (order number, seller); plain text. */
    label: z.string().max(200).optional(),
  })
  .strict();

/** The request, response pairs of the rights messages. */
export const rightsMessages = {
  getRightsRequest,
  getRightsResponse,
  setReminderRequest,
  setReminderResponse: reminderStateSchema,
  caseRequest: z.object({ caseId: caseIdSchema }).strict(),
  clearReminderResponse: z.object({ cleared: z.number().int().min(0) }),
  reminderStateResponse: reminderStateSchema,
};

export type GetRightsResponse = z.infer<typeof getRightsResponse>;
export type RightsItem = z.infer<typeof rightsItemSchema>;
export type ReminderState = z.infer<typeof reminderStateSchema>;
export type RightsCase = z.input<typeof rightsCaseSchema>;
export type SetReminderRequest = z.infer<typeof setReminderRequest>;
