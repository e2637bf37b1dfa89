import { pageFactsSchema, type PageFacts, type PageFactsInput } from '@/lib/facts/page-facts';
import type { VerdictLevel } from '@/lib/facts/verdict';
import { evaluate } from '@/lib/risk/score';
import { registrableDomain } from '@/lib/domain/registrable';
import { extractPage } from '@/lib/sites/registry';
import { genericAdapter } from '@/lib/sites/generic';
import { EVAL_FIELDS, type EvalField, type PredictionValue } from './scoring';

/**
 * Turns one page into the prediction record of the corpus README: the label
 * field names, plus `marketplace`, `pageKind` and `verdictLevel`.
 */

export type Prediction = Record<EvalField, PredictionValue> & {
  marketplace: string | null;
  pageKind: string | null;
  verdictLevel: VerdictLevel | null;
};

export interface PagePrediction {
  prediction: Prediction;
  /** Name of the adapter that produced the facts, or null. */
  adapter: string | null;
  /** Zod issues when the adapter returned facts the background would reject. */
  schemaError?: string;
  /** Extraction wall time in milliseconds (informational only). */
  ms: number;
}

/** The corpus labels only know two states; orderable states count as in stock. */
function availabilityLabel(a: PageFacts['product']['availability']): string | null {
  if (!a) return null;
  return a === 'OutOfStock' ? 'OutOfStock' : 'InStock';
}

/** An all-null prediction: the page is not a shop page (or its facts were unusable). */
export function emptyPrediction(): Prediction {
  const out: Partial<Prediction> = { marketplace: null, pageKind: null, verdictLevel: null };
  for (const f of EVAL_FIELDS) out[f] = null;
  return out as Prediction;
}

/** Maps schema-parsed PageFacts to the README's field names. */
export function predictionOf(facts: PageFacts, verdictLevel: VerdictLevel | null): Prediction {
  const p = facts.product;
  const s = facts.seller;
  return {
    price: p.price?.amount ?? null,
    currency: p.price?.currency ?? null,
    availability: availabilityLabel(p.availability),
    sku: p.sku ?? null,
    brand: p.brand ?? null,
    gtin: p.gtin ?? null,
    sellerName: s.name ?? null,
    sellerId: s.id ?? null,
    soldByPlatform: s.soldByPlatform ?? null,
    shipFrom: facts.shipping.from ?? null,
    sellerFeedbackPercent: s.feedbackPercent ?? null,
    sellerFeedbackCount: s.feedbackCount ?? null,
    rating: p.rating ?? null,
    reviewCount: p.reviewCount ?? null,
    resultCount: facts.pageKind === 'search' && facts.results ? facts.results.length : null,
    marketplace: facts.marketplace,
    pageKind: facts.pageKind,
    verdictLevel,
  };
}

/**
 * Extracts, validates with the same schema the background applies, and runs
 * the rules. Facts the schema rejects count as nothing read, because that is
 * what the shopper would get.
 */
export function predictPage(doc: Document, url: URL, now: Date, options: { genericOnly?: boolean } = {}): PagePrediction {
  const start = performance.now();
  let raw: PageFactsInput | null = null;
  let thrown: string | undefined;
  try {
    raw = options.genericOnly ? genericAdapter.extract(doc, url) : extractPage(doc, url);
  } catch (e) {
    thrown = e instanceof Error ? e.message : String(e);
  }
  const ms = performance.now() - start;
  if (thrown !== undefined) return { prediction: emptyPrediction(), adapter: null, schemaError: `extractor threw: ${thrown}`, ms };
  if (!raw) return { prediction: emptyPrediction(), adapter: null, ms };
  const parsed = pageFactsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { prediction: emptyPrediction(), adapter: raw.extraction.adapter, schemaError: issues, ms };
  }
  const facts = parsed.data;
  const verdict = evaluate(facts, { now, domain: registrableDomain(url.hostname), userRules: {} });
  return { prediction: predictionOf(facts, verdict.level), adapter: facts.extraction.adapter, ms };
}
