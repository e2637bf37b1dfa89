import type { Locale } from '@/lib/i18n/translator';
import type { DateInput } from '@/lib/rights/calendar';
import type { Deadline } from '@/lib/rights/deadlines';
import type { Channel, RightEntry } from '@/lib/rights/schema';

export const LETTER_KINDS = ['return-request', 'non-delivery', 'not-as-described', 'chargeback-request', 'agency-complaint'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** One stored piece of evidence, as the evidence module records it. */
export interface LetterEvidence {
  /** What it shows ("Product page at checkout"). */
  label: string;
  /** SHA-256 of the file as stored, hex. */
  sha256: string;
  capturedAt?: DateInput;
  url?: string;
}

/**
 * What a letter needs from a case. The evidence engineer's case maps onto
 * this; every field may be missing, and the letter then shows a bracketed
 * blank for the shopper to fill in.
 */
export interface LetterCase {
  /** Marketplace id (`aliexpress`) or a shop's name. */
  platform?: string;
  orderNumber?: string;
  seller?: string;
  productTitle?: string;
  orderDate?: DateInput;
  paymentDate?: DateInput;
  deliveryDate?: DateInput;
  estimatedDelivery?: DateInput;
  amountPaid?: { amount: string; currency?: string };
  buyerName?: string;
  notes?: string;
  evidence?: readonly LetterEvidence[];
}

export interface LetterOptions {
  /** Rights that apply to the case; the letter cites the verified ones that fit its kind. */
  rights?: readonly RightEntry[];
  /** Deadlines of those rights, to quote the last day. */
  deadlines?: readonly Deadline[];
  /** Addressee of an agency complaint. */
  channel?: Channel;
  /** Time zone for dates given as instants; defaults to the runtime's. */
  timeZone?: string;
  /** "Today" for the letter's date line; defaults to now. */
  now?: number;
}

export interface RenderedLetter {
  kind: LetterKind;
  lang: Locale;
  subject: string;
  /** Plain text, `\n` line breaks, subject included at the top. */
  body: string;
  /** Suggested `.txt` file name. */
  filename: string;
  /** Case fields the letter needed but did not have (shown as blanks). */
  missing: (keyof LetterCase)[];
  /** Rights left out because the research marks them unverified. */
  omittedUnverified: string[];
}

/** The formatted, cleaned pieces a template assembles. */
export interface LetterContext {
  today: string;
  platform: string;
  seller: string;
  orderNumber: string;
  product: string;
  orderDate: string;
  paymentDate: string;
  deliveryDate: string;
  /** Empty when not known: only some letters mention it. */
  estimatedDelivery: string;
  amount: string;
  buyerName: string;
  notes: string;
  recipient: string;
  /** Lines ready to print, one per right. */
  rights: string[];
  /** Lines ready to print, one per evidence item. */
  evidence: string[];
  /** Bracketed blank for a sentence the shopper must write. */
  blank: (what: string) => string;
}
