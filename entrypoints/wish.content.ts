import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { wishAdapter } from '@/lib/sites/wish';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** wish pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('wish'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(wishAdapter)),
});
