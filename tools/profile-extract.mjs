// Developer tool: where the content-script extraction spends its time.
//
//   node tools/profile-extract.mjs [--id PREFIX] [--pages N] [--profile N] [--top N]
//
// Reads the pages of ../shared/corpus (or only those whose id starts with
// PREFIX) in headless Chromium, no extension, prints the per-page times
// (median of 5 reads), then profiles the N slowest pages (default 12) with
// the CDP sampling profiler and prints self and inclusive time per function
// of the unminified reader. Figures for the record come from `npm run bench`;
// this tool says where to look.
import { chromium } from 'playwright-core';
import { bundleForPage } from '../tests/bench/bundle.mjs';
import { corpusPages } from '../tests/support/corpus-pages.mjs';
import { CHROMIUM } from '../tests/support/browser.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const top = Number(arg('top', 40));
const maxPages = Number(arg('pages', 400));
const only = arg('id', undefined);

const pages = corpusPages((id) => !only || id.startsWith(only));

const code = await bundleForPage('tests/bench/extract-entry.ts', 'GuardExtract', { minify: false });

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage();
await page.goto('about:blank');
await page.addScriptTag({ content: code });
const times = [];
for (const p of pages.slice(0, maxPages)) {
  const ms = await page.evaluate(({ html, url }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      globalThis.GuardExtract.readAsContentScript(doc, new URL(url));
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2];
  }, p);
  times.push({ id: p.id, ms, p });
}
times.sort((a, b) => b.ms - a.ms);
const q = (f) => [...times].map((t) => t.ms).sort((a, b) => a - b)[Math.ceil(f * times.length) - 1];
console.log(`pages ${times.length}: median ${q(0.5).toFixed(1)} p90 ${q(0.9).toFixed(1)} p95 ${q(0.95).toFixed(1)} max ${times[0].ms.toFixed(1)}`);
for (const t of times.slice(0, 12)) console.log(`  ${t.ms.toFixed(1).padStart(6)} ms  ${t.id}`);

// Profile the slowest pages (the p95 tail).
const slow = times.slice(0, Number(arg('profile', 12)));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (const t of slow) {
  await page.evaluate(({ html, url }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (let i = 0; i < 10; i++) globalThis.GuardExtract.readAsContentScript(doc, new URL(url));
  }, t.p);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
// total (inclusive) per function: walk parents
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
let total = 0;
for (const [id, us] of counts) {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cn = byId.get(cur);
    const k = `${cn.callFrame.functionName || '(anon)'}:${cn.callFrame.lineNumber}`;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `  ${(100 * us / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`\nself time (total ${(total / 1000).toFixed(0)} ms)\n${fmt(self)}`);
console.log(`\ninclusive\n${fmt(incl)}`);
await browser.close();
