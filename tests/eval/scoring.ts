/**
 * The corpus metric of `../shared/corpus/README.md`, as pure functions.
 *
 * For each labelled field of each page: a prediction equal to the label (or
 * one of its acceptable values) is a true positive; a different prediction is
 * a false positive and a false negative; no prediction is a false negative;
 * any prediction where the label is `null` is a false positive. Prices
 * compare as decimals, strings trimmed / whitespace-collapsed /
 * case-insensitive, percentages and ratings within 0.05.
 */

/** Field names of the corpus labels, in report order. */
export const EVAL_FIELDS = [
  'price', 'currency', 'availability', 'sku', 'brand', 'gtin',
  'sellerName', 'sellerId', 'soldByPlatform', 'shipFrom',
  'sellerFeedbackPercent', 'sellerFeedbackCount', 'rating', 'reviewCount', 'resultCount',
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** A scalar value as found in labels and predictions. */
export type Scalar = string | number | boolean;
/** A label: one value, a list of acceptable values, or null (the page has no such value). */
export type LabelValue = Scalar | Scalar[] | null;
export type PredictionValue = Scalar | null;

type Comparator = (label: Scalar, prediction: Scalar) => boolean;

/** Counts of one field (or one field in one group). */
export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Pages on which the field was labelled (null labels included). */
  labelled: number;
}

export interface FieldScore extends FieldCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Outcome of one labelled field on one page. */
export type Outcome = 'tp' | 'fp' | 'fn' | 'fp+fn' | 'tn';

/** `" 1299.50 "` → `"1299.5"`; undefined when the text is not a plain decimal. */
export function canonicalDecimal(value: Scalar): string | undefined {
  const s = String(value).trim();
  if (!/^\d+(\.\d+)?$/.test(s)) {
    return undefined;
  }
  const [intPart = '0', frac = ''] = s.split('.');
  const i = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** Trimmed, whitespace-collapsed, lower-cased text. */
export function canonicalText(value: Scalar): string {
  return String(value).replace(/\s+/g, ' ').trim().toLowerCase();
}

function toNumber(value: Scalar): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

const sameText: Comparator = (l, p) => canonicalText(l) === canonicalText(p);

const sameDecimal: Comparator = (l, p) => {
  const a = canonicalDecimal(l);
  const b = canonicalDecimal(p);
  // A label that is not a plain decimal still compares as text rather than never matching.
  return a !== undefined && b !== undefined ? a === b : sameText(l, p);
};

const within = (tolerance: number): Comparator => (l, p) => {
  const a = toNumber(l);
  const b = toNumber(p);
  return a !== undefined && b !== undefined && Math.abs(a - b) <= tolerance + 1e-9;
};

const sameBoolean: Comparator = (l, p) => {
  const norm = (v: Scalar) => (typeof v === 'boolean' ? v : canonicalText(v) === 'true' ? true : canonicalText(v) === 'false' ? false : undefined);
  const a = norm(l);
  return a !== undefined && a === norm(p);
};

const COMPARATORS: Record<EvalField, Comparator> = {
  price: sameDecimal,
  currency: sameText,
  availability: sameText,
  sku: sameText,
  brand: sameText,
  gtin: sameText,
  sellerName: sameText,
  sellerId: sameText,
  soldByPlatform: sameBoolean,
  shipFrom: sameText,
  sellerFeedbackPercent: within(0.05),
  sellerFeedbackCount: sameDecimal,
  rating: within(0.05),
  reviewCount: sameDecimal,
  resultCount: sameDecimal,
};

/** Acceptable values of a label; an empty list means the label is null. */
export function acceptableValues(label: LabelValue): Scalar[] {
  if (label === null) {
    return [];
  }
  return Array.isArray(label) ? label.filter((v) => v !== null) : [label];
}

/** True when the prediction equals the label or one of its acceptable values. */
export function matches(field: EvalField, label: LabelValue, prediction: PredictionValue): boolean {
  if (prediction === null) {
    return false;
  }
  const compare = COMPARATORS[field];
  return acceptableValues(label).some((l) => compare(l, prediction));
}

/** Scores one labelled field on one page. */
export function outcomeOf(field: EvalField, label: LabelValue, prediction: PredictionValue): Outcome {
  const values = acceptableValues(label);
  if (values.length === 0) {
    return prediction === null ? 'tn' : 'fp';
  }
  if (prediction === null) {
    return 'fn';
  }
  return matches(field, label, prediction) ? 'tp' : 'fp+fn';
}

/** Zeroed counts. */
export function emptyCounts(): FieldCounts {
  return { tp: 0, fp: 0, fn: 0, labelled: 0 };
}

/** Adds one outcome to running counts (mutates and returns `counts`). */
export function addOutcome(counts: FieldCounts, outcome: Outcome): FieldCounts {
  counts.labelled += 1;
  if (outcome === 'tp') counts.tp += 1;
  if (outcome === 'fp' || outcome === 'fp+fn') counts.fp += 1;
  if (outcome === 'fn' || outcome === 'fp+fn') counts.fn += 1;
  return counts;
}

/**
 * Precision, recall and F1 from counts. With nothing predicted and nothing
 * to find (only null labels, all left empty) every measure is 1.
 */
export function scoreOf(counts: FieldCounts): FieldScore {
  const predicted = counts.tp + counts.fp;
  const relevant = counts.tp + counts.fn;
  const precision = predicted === 0 ? (relevant === 0 ? 1 : 0) : counts.tp / predicted;
  const recall = relevant === 0 ? (predicted === 0 ? 1 : 0) : counts.tp / relevant;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** One page's labels and the extractor's predictions, plus a group (marketplace or shop). */
export interface ScoredPage {
  id: string;
  group: string;
  labels: Partial<Record<EvalField, LabelValue>>;
  predictions: Partial<Record<EvalField, PredictionValue>>;
}

export interface EvalScores {
  /** Per field over all pages; only fields labelled on at least one page. */
  fields: Partial<Record<EvalField, FieldScore>>;
  /** Per group, per field. */
  groups: Record<string, { pages: number; fields: Partial<Record<EvalField, FieldScore>> }>;
  /** Every labelled field whose outcome was not a true positive or negative. */
  errors: Array<{ id: string; field: EvalField; label: LabelValue; prediction: PredictionValue; outcome: Outcome }>;
}

/** Scores a corpus: per-field and per-group P/R/F1 plus the list of errors. */
export function scorePages(pages: readonly ScoredPage[]): EvalScores {
  const totals: Partial<Record<EvalField, FieldCounts>> = {};
  const groupCounts: Record<string, { pages: number; fields: Partial<Record<EvalField, FieldCounts>> }> = {};
  const errors: EvalScores['errors'] = [];
  for (const page of pages) {
    const group = (groupCounts[page.group] ??= { pages: 0, fields: {} });
    group.pages += 1;
    for (const field of EVAL_FIELDS) {
      if (!(field in page.labels)) continue;
      const label = page.labels[field] ?? null;
      const prediction = page.predictions[field] ?? null;
      const outcome = outcomeOf(field, label, prediction);
      addOutcome((totals[field] ??= emptyCounts()), outcome);
      addOutcome((group.fields[field] ??= emptyCounts()), outcome);
      if (outcome !== 'tp' && outcome !== 'tn') errors.push({ id: page.id, field, label, prediction, outcome });
    }
  }
  const scoreAll = (bag: Partial<Record<EvalField, FieldCounts>>) => {
    const out: Partial<Record<EvalField, FieldScore>> = {};
    for (const field of EVAL_FIELDS) {
      const c = bag[field];
      if (c) out[field] = scoreOf(c);
    }
    return out;
  };
  const groups: EvalScores['groups'] = {};
  for (const [name, g] of Object.entries(groupCounts)) groups[name] = { pages: g.pages, fields: scoreAll(g.fields) };
  return { fields: scoreAll(totals), groups, errors };
}

/** A floor from `--min field=value`. */
export interface Floor {
  field: EvalField;
  min: number;
}

/** Parses `price=0.95`; throws on an unknown field or a value outside 0..1. */
export function parseFloor(spec: string): Floor {
  const m = /^([A-Za-z]+)=(\d*\.?\d+)$/.exec(spec.trim());
  if (!m) throw new Error(`--min expects field=value, got "${spec}"`);
  const field = m[1] as EvalField;
  if (!(EVAL_FIELDS as readonly string[]).includes(field)) throw new Error(`--min: unknown field "${m[1]}"`);
  const min = Number(m[2]);
  if (!(min >= 0 && min <= 1)) throw new Error(`--min: ${field} floor must be within 0..1`);
  return { field, min };
}

/** Floors not met: a field below its floor, or a floored field never labelled. */
export function failedFloors(scores: EvalScores, floors: readonly Floor[]): Array<Floor & { actual: number | null }> {
  const failed: Array<Floor & { actual: number | null }> = [];
  for (const floor of floors) {
    const s = scores.fields[floor.field];
    if (!s) failed.push({ ...floor, actual: null });
    else if (s.f1 < floor.min) failed.push({ ...floor, actual: s.f1 });
  }
  return failed;
}
