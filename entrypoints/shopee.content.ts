import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { shopeeAdapter } from '@/lib/sites/shopee';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** shopee pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('shopee'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(shopeeAdapter)),
});
