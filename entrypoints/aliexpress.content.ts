import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { aliexpressAdapter } from '@/lib/sites/aliexpress';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** aliexpress pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('aliexpress'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(aliexpressAdapter)),
});
