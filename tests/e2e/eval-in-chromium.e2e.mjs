// The evaluation reads pages in linkedom, a DOM for Node; the shopper's pages
// are read by Chromium's. This reads every page of the project's blind set of
// shops (tests/fixtures/unseen-shops) and, when present, of the shared corpus
// in Chromium with the same prediction code, and requires the same answer
// for every field: the scores `npm run eval` prints are what the extension
// reads in a browser. (It found linkedom splitting a text at each character
// reference, which a browser never does.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createJiti } from 'jiti';
import { bundleForPage } from '../bench/bundle.mjs';
import { CHROMIUM } from '../support/browser.mjs';
import { ROOT } from '../support/paths.mjs';

const NOW = '2026-12-05T00:00:00Z';
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT }, fsCache: true, moduleCache: true });
const { predictCorpus } = await jiti.import(path.join(ROOT, 'tests/eval/predict-corpus.ts'));

let browser;
let page;

before(async () => {
  const code = await bundleForPage('tests/eval/predict-in-page.ts', 'GuardEval');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
});

after(async () => {
  await browser?.close();
});

/** Field-by-field differences between the evaluation's and Chromium's predictions of each page of `dir`. */
async function differences(dir) {
  const out = [];
  for (const p of predictCorpus(dir, NOW)) {
    const inChromium = await page.evaluate(({ html, url, now }) => globalThis.GuardEval.predictHtml(html, url, now), { html: p.html, url: p.url, now: NOW });
    for (const [field, value] of Object.entries(p.prediction)) {
      if (JSON.stringify(inChromium[field]) !== JSON.stringify(value)) out.push(`${p.id.slice(0, 24)} ${field}: eval ${JSON.stringify(value)}, Chromium ${JSON.stringify(inChromium[field])}`);
    }
  }
  return out;
}

test('the blind set of unseen shops reads the same in Chromium as in the evaluation', async () => {
  assert.deepEqual(await differences(path.join(ROOT, 'tests/fixtures/unseen-shops')), []);
});

for (const set of ['products', 'marketplaces']) {
  const dir = path.resolve(ROOT, '../shared/corpus', set);
  test(`the shared corpus' ${set} read the same in Chromium as in the evaluation`, { skip: !existsSync(path.join(dir, 'labels.json')) && 'no shared corpus here' }, async () => {
    assert.deepEqual(await differences(dir), []);
  });
}
