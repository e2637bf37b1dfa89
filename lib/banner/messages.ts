import { z } from 'zod';

/**
 * `showBanner`: the content script asks for the banner of its own tab. It
 * sends nothing: the background reads the tab's stored verdict, the
 * settings and the snooze itself, so a content script in a hostile page can
 * at most get our own banner for its own verdict.
 */
export const bannerMessages = {
  showRequest: z.object({}).strict(),
  showResponse: z.object({
    shown: z.boolean(),
    /** Why not: no verdict for this page, banner off, level below the line, site snoozed, injection refused. */
    reason: z.enum(['no-verdict', 'off', 'level', 'snoozed', 'inject-failed']).optional(),
  }),
};
