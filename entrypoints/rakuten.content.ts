import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { rakutenAdapter } from '@/lib/sites/rakuten';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** rakuten pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('rakuten'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(rakutenAdapter)),
});
