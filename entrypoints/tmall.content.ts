import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { tmallAdapter } from '@/lib/sites/tmall';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** tmall pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('tmall'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(tmallAdapter)),
});
