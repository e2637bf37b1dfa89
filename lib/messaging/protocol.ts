import { z } from 'zod';
import { pageFactsSchema } from '@/lib/facts/page-facts';
import { verdictSchema } from '@/lib/facts/verdict';
import { userRuleSchema, userRuleInputSchema } from '@/lib/db/user-rules-schema';
import { EVIDENCE_PROTOCOL } from '@/lib/evidence/protocol-messages';
import { IMPORT_MAX_MESSAGE_BYTES, listMessages as L, listResultSchema } from '@/lib/lists/messages';
import { USER_DATA_IMPORT_MAX_MESSAGE_BYTES, userDataMessages as U } from '@/lib/user-data/messages';
import { rightsMessages as R } from '@/lib/rights/messages';
import { bannerMessages as B } from '@/lib/banner/messages';

/**
 * The one protocol map: every message, who may send it, and the zod schemas
 * of its request and response. The background refuses anything not here.
 *
 * `from` lists the sender kinds allowed:
 *  - 'content-script': our content script in a tab's top frame. It may only
 *    report facts and read its own tab's verdict.
 *  - 'extension-page': popup, options, report pages of this extension.
 */
export type SenderKind = 'content-script' | 'extension-page';

const tabIdSchema = z.number().int().min(0).max(2 ** 31);

export const PROTOCOL = {
  /** Content script → background: what the page shows. Answers with the verdict. */
  reportFacts: {
    from: ['content-script'],
    request: pageFactsSchema,
    response: verdictSchema.nullable(),
  },
  /** Content script → background: this page is not a shop page (no verdict, no badge). */
  reportNotShop: {
    from: ['content-script'],
    request: z.object({}).strict(),
    response: z.object({ recorded: z.boolean() }),
  },
  /** Content script → background: show the in-page banner for this tab's stored verdict, if settings and the site's snooze allow. */
  showBanner: { from: ['content-script'], request: B.showRequest, response: B.showResponse },
  /** The verdict of the sender's own tab (content script) or of `tabId` (extension page). */
  getTabVerdict: {
    from: ['content-script', 'extension-page'],
    request: z.object({ tabId: tabIdSchema.optional() }).strict(),
    response: z.object({ verdict: verdictSchema.nullable(), facts: pageFactsSchema.nullable(), notShop: z.boolean() }),
  },
  /** Popup → background: read an independent shop page now (activeTab grant). */
  inspectTab: {
    from: ['extension-page'],
    request: z.object({ tabId: tabIdSchema }).strict(),
    response: z.object({ injected: z.boolean(), reason: z.string().max(200).optional() }),
  },
  /** The user's own block / trust / note on a domain or seller. */
  setUserRule: {
    from: ['extension-page'],
    request: userRuleInputSchema,
    response: userRuleSchema,
  },
  removeUserRule: {
    from: ['extension-page'],
    request: z.object({ id: z.string().max(400) }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
  listUserRules: {
    from: ['extension-page'],
    request: z.object({}).strict(),
    response: z.array(userRuleSchema),
  },
  /** Lists: the catalog with subscription state, user lists and both allowlists. */
  listCatalog: {
    from: ['extension-page'],
    request: z.object({}).strict(),
    response: L.catalogResponse,
  },
  /** Lists: subscribe to a list (a first copy is downloaded at once). */
  subscribeList: { from: ['extension-page'], request: L.idRequest, response: listResultSchema },
  /** Lists: unsubscribe; the stored copy is kept for a later subscription. */
  unsubscribeList: { from: ['extension-page'], request: L.idRequest, response: listResultSchema },
  /** Lists: add a list by its address; added only once downloaded and parsed. */
  addListByUrl: { from: ['extension-page'], request: L.addByUrlRequest, response: listResultSchema },
  /** Lists: import a list from a file's text (large: up to the list size cap). */
  importListFile: { from: ['extension-page'], request: L.importFileRequest, response: listResultSchema, maxBytes: IMPORT_MAX_MESSAGE_BYTES },
  /** Lists: delete a list the user added. */
  removeList: { from: ['extension-page'], request: L.idRequest, response: listResultSchema },
  /** Lists: update one list, or every enabled one, now (conditional requests). */
  updateLists: { from: ['extension-page'], request: L.updateRequest, response: L.updateResponse },
  /** Lists: the user's allowlist wins over every list. */
  allowlistAdd: { from: ['extension-page'], request: L.domainRequest, response: L.allowlistResponse },
  allowlistRemove: { from: ['extension-page'], request: L.domainRequest, response: L.allowlistResponse },
  /** Lists: which lists name a host (options page "test a site"). */
  checkListedHost: { from: ['extension-page'], request: L.hostRequest, response: L.hostResponse },
  /** Rights: what applies to a tab's purchase and/or a case, with deadlines and where to complain. */
  getRights: { from: ['extension-page'], request: R.getRightsRequest, response: R.getRightsResponse },
  /** Rights: opt in to deadline reminders (alarms + notifications) for one case. */
  setReminder: { from: ['extension-page'], request: R.setReminderRequest, response: R.setReminderResponse },
  /** Rights: turn a case's reminders off. */
  clearReminder: { from: ['extension-page'], request: R.caseRequest, response: R.clearReminderResponse },
  /** Rights: whether a case has reminders, and which alarms are set. */
  getReminders: { from: ['extension-page'], request: R.caseRequest, response: R.reminderStateResponse },
  /** User data: export the user's rules, notes and sightings as one JSON file. */
  exportUserData: { from: ['extension-page'], request: U.exportRequest, response: U.exportResponse },
  /** User data: import such a file (validated whole, then written in one transaction). */
  importUserData: { from: ['extension-page'], request: U.importRequest, response: U.importResponse, maxBytes: USER_DATA_IMPORT_MAX_MESSAGE_BYTES },
  /** User data: erase everything that is the user's. */
  eraseUserData: { from: ['extension-page'], request: U.eraseRequest, response: U.eraseResponse },
  /** Reputation: the sightings of one seller over time, for the seller card. */
  getSellerHistory: { from: ['extension-page'], request: U.sellerHistoryRequest, response: U.sellerHistoryResponse },
  /** "Report a wrong verdict": the issue page of the list behind a tab's list hit, if it has one. */
  getReportUrl: { from: ['extension-page'], request: U.reportUrlRequest, response: U.reportUrlResponse },
  /** Evidence: capture, cases, export (extension pages only). */
  ...EVIDENCE_PROTOCOL,
  /** Health check used by tests and the demo to see the worker answer. */
  ping: {
    from: ['content-script', 'extension-page'],
    request: z.object({}).strict(),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType; maxBytes?: number }>;

export type Protocol = typeof PROTOCOL;
export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = z.input<Protocol[K]['request']>;
export type ResponseOf<K extends MessageName> = z.infer<Protocol[K]['response']>;

/** Every reply is an envelope: handlers never throw across the boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: RefusalCode; detail?: string };

export const REFUSAL_CODES = [
  'unknown-message', 'sender-not-allowed', 'malformed', 'too-large', 'handler-failed',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Largest serialized payload accepted (bytes of JSON) unless a message sets `maxBytes`. PageFacts are a few KB. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
