import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { sheinAdapter } from '@/lib/sites/shein';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** shein pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('shein'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(sheinAdapter)),
});
