import { rightEntrySchema, type RightEntry, type RightEntryInput } from './schema';
import { CN_ENTRIES } from './data/jurisdictions/cn';
import { CN_CROSS_BORDER_ENTRIES } from './data/jurisdictions/cn-cross-border-import';
import { EU_ENTRIES } from './data/jurisdictions/eu';
import { GB_ENTRIES } from './data/jurisdictions/gb';
import { US_ENTRIES } from './data/jurisdictions/us';
import { CA_ENTRIES } from './data/jurisdictions/ca';
import { AU_ENTRIES } from './data/jurisdictions/au';
import { JP_ENTRIES } from './data/jurisdictions/jp';
import { KR_ENTRIES } from './data/jurisdictions/kr';
import { SG_ENTRIES } from './data/jurisdictions/sg';
import { HK_ENTRIES } from './data/jurisdictions/hk';
import { RU_ENTRIES } from './data/jurisdictions/ru';
import { BR_ENTRIES } from './data/jurisdictions/br';
import { ALIEXPRESS_ENTRIES } from './data/programmes/aliexpress';
import { AMAZON_ENTRIES } from './data/programmes/amazon';
import { EBAY_ENTRIES } from './data/programmes/ebay';
import { TEMU_ENTRIES } from './data/programmes/temu';
import { SHEIN_ENTRIES } from './data/programmes/shein';
import { ETSY_ENTRIES } from './data/programmes/etsy';
import { SHOPEE_ENTRIES } from './data/programmes/shopee';
import { LAZADA_ENTRIES } from './data/programmes/lazada';
import { WALMART_ENTRIES } from './data/programmes/walmart';
import { WISH_ENTRIES } from './data/programmes/wish';
import { TMALL_ENTRIES } from './data/programmes/tmall';
import { JD_ENTRIES } from './data/programmes/jd';
import { PAYPAL_ENTRIES } from './data/programmes/paypal';
import { VISA_ENTRIES } from './data/programmes/visa';
import { MASTERCARD_ENTRIES } from './data/programmes/mastercard';
import { UNIONPAY_ENTRIES } from './data/programmes/unionpay';
import { ALIPAY_ENTRIES } from './data/programmes/alipay';

/**
 * The whole rights knowledge base, as the data files wrote it. Entries are
 * typed by the schema's input type; tests and the CLI run every entry
 * through `rightEntrySchema`, so a broken entry fails CI, not the popup.
 */
export const RAW_ENTRIES: readonly RightEntryInput[] = [
  ...CN_ENTRIES, ...CN_CROSS_BORDER_ENTRIES, ...EU_ENTRIES, ...GB_ENTRIES, ...US_ENTRIES, ...CA_ENTRIES,
  ...AU_ENTRIES, ...JP_ENTRIES, ...KR_ENTRIES, ...SG_ENTRIES, ...HK_ENTRIES, ...RU_ENTRIES, ...BR_ENTRIES,
  ...ALIEXPRESS_ENTRIES, ...AMAZON_ENTRIES, ...EBAY_ENTRIES, ...TEMU_ENTRIES, ...SHEIN_ENTRIES, ...ETSY_ENTRIES,
  ...SHOPEE_ENTRIES, ...LAZADA_ENTRIES, ...WALMART_ENTRIES, ...WISH_ENTRIES, ...TMALL_ENTRIES, ...JD_ENTRIES,
  ...PAYPAL_ENTRIES, ...VISA_ENTRIES, ...MASTERCARD_ENTRIES, ...UNIONPAY_ENTRIES, ...ALIPAY_ENTRIES,
];

export interface KnowledgeBaseProblem {
  id: string;
  message: string;
}

/** Checks every entry against the schema and ids for uniqueness. Empty when all is well. */
export function checkKnowledgeBase(entries: readonly unknown[] = RAW_ENTRIES): KnowledgeBaseProblem[] {
  const problems: KnowledgeBaseProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((raw, i) => {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i}`;
    const parsed = rightEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ id, message: `${issue.path.join('.') || '(entry)'}: ${issue.message}` });
    }
    if (seen.has(id)) problems.push({ id, message: 'duplicate id' });
    seen.add(id);
  });
  return problems;
}

let parsed: readonly RightEntry[] | undefined;

/** Every entry, parsed and frozen once. Throws if the data is broken (tests catch that first). */
export function allRights(): readonly RightEntry[] {
  if (!parsed) {
    const problems = checkKnowledgeBase();
    if (problems.length > 0) throw new Error(`rights knowledge base invalid: ${problems.map((p) => `${p.id}: ${p.message}`).join('; ')}`);
    parsed = Object.freeze(RAW_ENTRIES.map((e) => rightEntrySchema.parse(e)));
  }
  return parsed;
}

/** One entry by id, or undefined. */
export function rightById(id: string): RightEntry | undefined {
  return allRights().find((e) => e.id === id);
}
