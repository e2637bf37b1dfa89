// npm run bench -- [--json FILE] [--only NAME] [--no-build] [--quick]
//
// Builds the test extension once, launches Debian's Chromium with it, runs
// every tests/bench/*.bench.mjs module in turn, merges the figures they
// return, prints them and writes them as one flat JSON object.
//
// A bench module exports `name` (a short label) and `async run(ctx)` that
// returns Record<string, number> with keys prefixed by its area
// (e.g. "lists.lookup_p99_us"). It may also export `notes` (lines printed
// under the table) and `goals` ({ key: { max?: number, min?: number } }).
// ctx = { ext, extensionId, args, openExtensionPage(), cdp(page),
//         bundle(entryTs, globalName), log(msg) }.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TEST_BUILD_DIR } from '../support/paths.mjs';
import { launchWithExtension } from '../support/browser.mjs';
import { bundleForPage } from './bundle.mjs';
import { cpuProbeMs } from './machine-speed.mjs';

function parseArgs(argv) {
  const args = { json: undefined, only: [], build: process.env.BENCH_SKIP_BUILD !== '1', quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = argv[++i];
    else if (a === '--only') args.only.push(argv[++i]);
    else if (a === '--no-build') args.build = false;
    else if (a === '--quick') args.quick = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

if (args.build || !existsSync(path.join(TEST_BUILD_DIR, 'manifest.json'))) {
  log('building the test extension…');
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WXT_TEST_BUILD: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const dir = path.join(ROOT, 'tests/bench');
// The lists bench runs last: its million-row IndexedDB baseline leaves the
// browser's database busy for minutes, and the popup measured after it
// opened 26–57% slower than in a popup-only run the same day, a cost that
// is not the popup's.
const LAST = ['lists.bench.mjs'];
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)) || a.localeCompare(b))
  .filter((f) => args.only.length === 0 || args.only.some((o) => f.includes(o)));
if (files.length === 0) throw new Error('no bench module matched');

const ext = await launchWithExtension({ extensionPath: TEST_BUILD_DIR });
const ctx = {
  ext,
  extensionId: ext.extensionId,
  args,
  log,
  /** A page of the extension's origin (its IndexedDB, its runtime messaging). */
  async openExtensionPage() {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    return page;
  },
  cdp: (page) => ext.context.newCDPSession(page),
  bundle: bundleForPage,
};

// Figures depend on what else runs on this machine and on the host under it: the load and the
// speed of a fixed workload (see machine-speed.mjs) are recorded with them, before and after.
const results = { 'bench.loadavg_start': os.loadavg()[0], 'bench.cpu_probe_ms_start': cpuProbeMs() };
const notes = [];
const goals = {};
try {
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    log(`running ${mod.name ?? f}…`);
    const out = await mod.run(ctx);
    for (const [k, v] of Object.entries(out)) {
      if (k in results) throw new Error(`${f}: key ${k} already reported by another module`);
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${f}: ${k} is not a finite number`);
      results[k] = v;
    }
    notes.push(...(mod.notes ?? []));
    Object.assign(goals, mod.goals ?? {});
  }
} finally {
  await ext.close();
}
results['bench.loadavg_end'] = os.loadavg()[0];
results['bench.cpu_probe_ms_end'] = cpuProbeMs();

const width = Math.max(...Object.keys(results).map((k) => k.length));
const browserVersion = spawnSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`\nBenchmarks (${browserVersion}, Node ${process.version}, ${os.cpus().length} CPUs, ${new Date().toISOString()})\n`);
for (const [k, v] of Object.entries(results)) {
  const g = goals[k];
  const verdict = !g ? '' : (g.max !== undefined && v > g.max) || (g.min !== undefined && v < g.min) ? `  MISSES goal ${g.max !== undefined ? `<= ${g.max}` : `>= ${g.min}`}` : `  meets goal ${g.max !== undefined ? `<= ${g.max}` : `>= ${g.min}`}`;
  console.log(`  ${k.padEnd(width)}  ${String(Number(v.toPrecision(4))).padStart(10)}${verdict}`);
}
if (notes.length) console.log(`\n${notes.map((n) => `  ${n}`).join('\n')}`);
if (args.json) {
  writeFileSync(path.resolve(process.cwd(), args.json), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${args.json}`);
}
