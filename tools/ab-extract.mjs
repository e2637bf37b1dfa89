// Developer tool: is a change to the page readers faster or slower?
//
//   node tools/ab-extract.mjs --base REV [--id PREFIX] [--rounds N]
//
// Bundles the content-script reader twice, from git revision REV (checked
// out in a temporary worktree) and from the working tree, loads both into
// one headless Chromium page, and reads each distinct page of
// ../shared/corpus with A and B alternately (one untimed read of each
// freshly parsed document first, then N rounds of A, B). Prints the ratio
// B / A of the summed times, over all pages and over the slowest tenth, and
// the pages that moved most. Alternating in one page is what makes the ratio
// trustworthy on a shared machine whose speed drifts by minutes: a slow
// spell lands on both. Identical code measures 0.98-1.02 this way.
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
const only = arg('id', undefined);
const rounds = Number(arg('rounds', 9));
if (!base) {
  console.error('usage: node tools/ab-extract.mjs --base REV [--id PREFIX] [--rounds N]');
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
// Each bundle assigns `var GuardExtract`: keep them apart.
const wrap = (code, name) => `(() => { ${code}; globalThis.${name} = GuardExtract; })();`;

const pages = distinctPages(corpusPages((id) => !only || id.startsWith(only)));
if (pages.length === 0) {
  console.error('no corpus pages (../shared/corpus)');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage();
await page.goto('about:blank');
await page.addScriptTag({ content: wrap(codeA, 'ReaderA') });
await page.addScriptTag({ content: wrap(codeB, 'ReaderB') });

const results = [];
for (const p of pages) {
  const r = await page.evaluate(({ html, url, rounds }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const u = new URL(url);
    globalThis.ReaderA.readAsContentScript(doc, u);
    globalThis.ReaderB.readAsContentScript(doc, u);
    let a = 0;
    let b = 0;
    for (let k = 0; k < rounds; k++) {
      // Alternate which goes first, so neither always reads right after the other's garbage.
      const order = k % 2 ? ['B', 'A'] : ['A', 'B'];
      for (const which of order) {
        const t0 = performance.now();
        globalThis[`Reader${which}`].readAsContentScript(doc, u);
        const ms = performance.now() - t0;
        if (which === 'A') a += ms;
        else b += ms;
      }
    }
    return { a, b };
  }, { html: p.html, url: p.url, rounds });
  results.push({ id: p.id, a: r.a / rounds, b: r.b / rounds });
}
await browser.close();

const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);
const ratio = (xs) => (sum(xs, (x) => x.b) / sum(xs, (x) => x.a)).toFixed(3);
const slowest = [...results].sort((x, y) => y.a - x.a).slice(0, Math.max(1, Math.ceil(results.length / 10)));
console.log(`${results.length} pages, ${rounds} rounds of A (${base}) and B (working tree) alternated`);
console.log(`B / A over all pages: ${ratio(results)} (A ${sum(results, (x) => x.a).toFixed(1)} ms, B ${sum(results, (x) => x.b).toFixed(1)} ms per round)`);
console.log(`B / A over the slowest tenth (${slowest.length} pages): ${ratio(slowest)}`);
const moved = [...results].sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a)).slice(0, 8);
console.log(`moved most: ${moved.map((x) => `${x.id.slice(0, 12)} ${x.a.toFixed(2)} -> ${x.b.toFixed(2)}`).join(', ')}`);
