import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { lazadaAdapter } from '@/lib/sites/lazada';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** lazada pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('lazada'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(lazadaAdapter)),
});
