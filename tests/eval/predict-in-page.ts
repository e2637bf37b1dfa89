// Bundled into a Chromium page by tests/e2e/eval-in-chromium.e2e.mjs: the
// evaluation's prediction of one page, with the browser's own parser and DOM
// in place of the evaluation's (linkedom).
import { predictPage } from './predict';
import type { Prediction } from './predict';

export function predictHtml(html: string, url: string, nowIso: string): Prediction {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return predictPage(doc, new URL(url), new Date(nowIso)).prediction;
}
