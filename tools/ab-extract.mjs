// Developer tool: is a change to the page readers faster or slower?
//
//   node tools/ab-extract.mjs --base REV [--id PREFIX[,PREFIX…]] [--passes N]
//
// Bundles the content-script reader twice, from git revision REV (checked
// out in a temporary worktree) and from the working tree, and loads each
// into one headless Chromium page. Then it times both the way `npm run
// bench` does: N passes over every distinct page of ../shared/corpus (or
// those whose id starts with a PREFIX), each pass parsing the page afresh
// for A and again for B, one untimed read, then 3 timed reads of each
// document; A and B take turns going first. Per page the median of its
// reads; it prints the median page and the p95 of A and B, the ratio of
// the summed medians, and the slowest pages. Interleaving the passes is
// what makes the comparison trustworthy on a shared machine whose speed
// drifts by minutes: a slow spell lands on both.
//
// An earlier version read one document with A and B alternately: on
// 2026-12-05 it called a change 6–11% slower on IKEA's pages that this
// method, and the bench, measured 8% faster. Two pages of one browser, one
// per reader, measured identical code 4% apart (the later page slower).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../tests/support/paths.mjs';
import { corpusPages, distinctPages } from '../tests/support/corpus-pages.mjs';
import { bundleForPage } from '../tests/bench/bundle.mjs';
import { CHROMIUM } from '../tests/support/browser.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const base = arg('base', undefined);
const prefixes = (arg('id', '') ?? '').split(',').filter(Boolean);
const passes = Number(arg('passes', 9));
const TIMED_READS = 3;
if (!base) {
  console.error('usage: node tools/ab-extract.mjs --base REV [--id PREFIX[,PREFIX…]] [--passes N]');
  process.exit(2);
}

const worktree = mkdtempSync(path.join(tmpdir(), 'ab-extract-'));
let codeA;
try {
  execFileSync('git', ['worktree', 'add', '--detach', '-q', worktree, base], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  // The TypeScript config extends WXT's generated one, which git does not hold.
  if (existsSync(path.join(ROOT, '.wxt'))) cpSync(path.join(ROOT, '.wxt'), path.join(worktree, '.wxt'), { recursive: true });
  codeA = await bundleForPage('tests/bench/extract-entry.ts', 'GuardExtract', { root: worktree });
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT });
  rmSync(worktree, { recursive: true, force: true });
}
const codeB = await bundleForPage('tests/bench/extract-entry.ts', 'GuardExtract');

const pages = distinctPages(corpusPages((id) => prefixes.length === 0 || prefixes.some((p) => id.startsWith(p))));
if (pages.length === 0) {
  console.error('no corpus pages (../shared/corpus)');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage();
await page.goto('about:blank');
// Each bundle assigns `var GuardExtract`: keep them apart.
const wrap = (code, name) => `(() => { ${code}; globalThis.${name} = GuardExtract; })();`;
await page.addScriptTag({ content: wrap(codeA, 'ReaderA') });
await page.addScriptTag({ content: wrap(codeB, 'ReaderB') });
const A = 'ReaderA';
const B = 'ReaderB';

/** Parses `p` afresh, reads it once untimed with `reader`, then times `TIMED_READS` reads. */
function reads(reader, p) {
  return page.evaluate(({ html, url, n, reader }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const u = new URL(url);
    const read = globalThis[reader].readAsContentScript;
    read(doc, u);
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      read(doc, u);
      out.push(performance.now() - t0);
    }
    return out;
  }, { html: p.html, url: p.url, n: TIMED_READS, reader });
}

// One untimed pass warms both readers' code, as the bench does.
for (const p of pages) {
  await reads(A, p);
  await reads(B, p);
}
const times = new Map(pages.map((p) => [p.id, { a: [], b: [] }]));
for (let k = 0; k < passes; k++) {
  for (const p of pages) {
    const t = times.get(p.id);
    const [first, second] = k % 2 ? ['b', 'a'] : ['a', 'b'];
    t[first].push(...(await reads(first === 'a' ? A : B, p)));
    t[second].push(...(await reads(second === 'a' ? A : B, p)));
  }
}
await browser.close();

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const rows = pages.map((p) => ({ id: p.id, a: median(times.get(p.id).a), b: median(times.get(p.id).b) }));
const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
const f2 = (x) => x.toFixed(2);
console.log(`${rows.length} pages, ${passes} passes of ${TIMED_READS} timed reads, A (${base}) and B (working tree) interleaved`);
console.log(`median page: A ${f2(quantile(rows.map((r) => r.a), 0.5))} ms, B ${f2(quantile(rows.map((r) => r.b), 0.5))} ms`);
console.log(`p95:         A ${f2(quantile(rows.map((r) => r.a), 0.95))} ms, B ${f2(quantile(rows.map((r) => r.b), 0.95))} ms`);
console.log(`B / A of the summed page medians: ${(sum((r) => r.b) / sum((r) => r.a)).toFixed(3)}`);
const slowest = [...rows].sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b)).slice(0, 12);
console.log(`slowest pages (A -> B ms): ${slowest.map((r) => `${r.id.slice(0, 12)} ${r.a.toFixed(1)} -> ${r.b.toFixed(1)}`).join(', ')}`);
