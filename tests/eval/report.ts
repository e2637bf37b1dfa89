import { EVAL_FIELDS, type EvalField, type EvalScores, type FieldScore } from './scoring';

/** Plain-text tables of eval scores, for a terminal or a CI log. */

const pct = (x: number) => x.toFixed(3);

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Per-field precision / recall / F1 with the raw counts behind them. */
export function fieldTable(scores: EvalScores): string {
  const rows: string[][] = [];
  for (const field of EVAL_FIELDS) {
    const s: FieldScore | undefined = scores.fields[field];
    if (!s) continue;
    rows.push([field, String(s.labelled), String(s.tp), String(s.fp), String(s.fn), pct(s.precision), pct(s.recall), pct(s.f1)]);
  }
  return table(['field', 'pages', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], rows);
}

/** F1 per group (marketplace or shop) and field; '-' where the field was not labelled. */
export function groupTable(scores: EvalScores): string {
  const fields = EVAL_FIELDS.filter((f) => scores.fields[f]);
  const names = Object.keys(scores.groups).sort();
  const rows = names.map((name) => {
    const g = scores.groups[name];
    return [name, String(g?.pages ?? 0), ...fields.map((f: EvalField) => {
      const s = g?.fields[f];
      return s ? pct(s.f1) : '-';
    })];
  });
  return table(['group', 'pages', ...fields], rows);
}

/** Counts of each verdict level (null: not a shop page, nothing judged). */
export function levelTable(levels: ReadonlyArray<string | null>): string {
  const counts = new Map<string, number>();
  for (const l of levels) counts.set(l ?? 'null', (counts.get(l ?? 'null') ?? 0) + 1);
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, String(n)]);
  return table(['verdictLevel', 'pages'], rows);
}
