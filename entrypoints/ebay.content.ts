import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { ebayAdapter } from '@/lib/sites/ebay';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** ebay pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('ebay'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(ebayAdapter)),
});
