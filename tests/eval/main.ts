import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { registrableDomain } from '@/lib/domain/registrable';
import { parseDocument, readLabels, readPageHtml } from './corpus';
import { predictPage, type Prediction } from './predict';
import { fieldTable, groupTable, levelTable } from './report';
import { failedFloors, parseFloor, scorePages, type Floor, type ScoredPage } from './scoring';

/**
 * `npm run eval -- --corpus DIR [--out FILE] [--min field=value ...]
 *   [--only ID_PREFIX] [--errors] [--generic-only]`
 *
 * Scores the site adapters on a labelled corpus, prints per-field and
 * per-group tables and the verdict-level distribution, writes predictions,
 * and returns a non-zero exit code when a floor is not met.
 */

interface Options {
  corpus: string;
  out?: string;
  floors: Floor[];
  only?: string;
  showErrors: boolean;
  /** Read every page with the generic adapter, as if no marketplace adapter existed. */
  genericOnly: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let corpus: string | undefined;
  let out: string | undefined;
  let only: string | undefined;
  let showErrors = false;
  let genericOnly = false;
  const floors: Floor[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') && arg.startsWith('--') && !arg.startsWith('--min=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--corpus') corpus = value();
    else if (flag === '--out') out = value();
    else if (flag === '--only') only = value();
    else if (flag === '--errors') showErrors = true;
    else if (flag === '--generic-only') genericOnly = true;
    else if (flag === '--min') floors.push(parseFloor(value()));
    else if (arg.startsWith('--min=')) floors.push(parseFloor(arg.slice('--min='.length)));
    else if (arg === '--') continue;
    else throw new Error(`unknown argument "${arg}"`);
  }
  if (!corpus) throw new Error('usage: npm run eval -- --corpus DIR [--out FILE] [--min field=value ...] [--only ID] [--errors] [--generic-only]');
  return { corpus: resolve(corpus), ...(out ? { out: resolve(out) } : {}), floors, ...(only ? { only } : {}), showErrors, genericOnly };
}

const short = (v: unknown) => {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 70 ? `${s.slice(0, 67)}...` : s;
};

/** Runs the eval; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv);
  const entries = readLabels(opts.corpus).filter((e) => !opts.only || e.id.startsWith(opts.only));
  const now = new Date();
  const predictions: Record<string, Prediction> = {};
  const scored: ScoredPage[] = [];
  const problems: string[] = [];
  const adapters = new Map<string, number>();
  let totalMs = 0;
  let maxMs = 0;

  for (const entry of entries) {
    let url: URL;
    try {
      url = new URL(entry.url);
    } catch {
      problems.push(`${entry.id}: bad url ${entry.url}`);
      continue;
    }
    const doc = parseDocument(readPageHtml(opts.corpus, entry.id));
    const result = predictPage(doc, url, now, { genericOnly: opts.genericOnly });
    totalMs += result.ms;
    maxMs = Math.max(maxMs, result.ms);
    adapters.set(result.adapter ?? 'none (not a shop page)', (adapters.get(result.adapter ?? 'none (not a shop page)') ?? 0) + 1);
    if (result.schemaError) problems.push(`${entry.id}: facts rejected (${result.schemaError})`);
    predictions[entry.id] = result.prediction;
    scored.push({ id: entry.id, group: entry.marketplace ?? registrableDomain(url.hostname), labels: entry.labels, predictions: result.prediction });
  }

  const scores = scorePages(scored);
  console.log(`\nCorpus ${opts.corpus}: ${scored.length} pages; extraction mean ${(totalMs / Math.max(1, scored.length)).toFixed(1)} ms, max ${maxMs.toFixed(1)} ms per page`);
  console.log(`Adapters: ${[...adapters.entries()].map(([a, n]) => `${a} ${n}`).join(', ')}\n`);
  console.log(fieldTable(scores));
  console.log(`\nF1 per marketplace / shop:\n${groupTable(scores)}`);
  console.log(`\nVerdict levels:\n${levelTable(Object.values(predictions).map((p) => p.verdictLevel))}`);
  if (problems.length) console.log(`\nProblems (${problems.length}):\n  ${problems.join('\n  ')}`);
  if (opts.showErrors) {
    console.log(`\nErrors (${scores.errors.length}):`);
    for (const e of scores.errors) console.log(`  ${e.id.slice(0, 40)}  ${e.field}  ${e.outcome}  label=${short(e.label)}  predicted=${short(e.prediction)}`);
  }
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(predictions, null, 1)}\n`);
    console.log(`\nPredictions written to ${opts.out}`);
  }
  const failed = failedFloors(scores, opts.floors);
  for (const f of failed) console.error(`FLOOR NOT MET: ${f.field} F1 ${f.actual === null ? 'not labelled' : f.actual.toFixed(3)} < ${f.min}`);
  if (opts.floors.length && !failed.length) console.log(`\nAll ${opts.floors.length} floors met.`);
  return failed.length ? 1 : 0;
}
