import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { mercadolibreAdapter } from '@/lib/sites/mercadolibre';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** mercadolibre pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('mercadolibre'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(mercadolibreAdapter)),
});
