import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { walmartAdapter } from '@/lib/sites/walmart';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** walmart pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('walmart'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(walmartAdapter)),
});
