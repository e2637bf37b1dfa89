import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { jdAdapter } from '@/lib/sites/jd';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** jd pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('jd'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(jdAdapter)),
});
