import { parseDocument, readLabels, readPageHtml } from './corpus';
import { predictPage, type Prediction } from './predict';

/**
 * The evaluation's prediction of every page of a corpus, with its HTML and
 * URL: what the Chromium check compares the browser's reading against.
 */
export function predictCorpus(dir: string, nowIso: string): Array<{ id: string; url: string; html: string; prediction: Prediction }> {
  return readLabels(dir).map((entry) => {
    const html = readPageHtml(dir, entry.id);
    return { id: entry.id, url: entry.url, html, prediction: predictPage(parseDocument(html), new URL(entry.url), new Date(nowIso)).prediction };
  });
}
