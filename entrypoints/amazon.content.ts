import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { amazonAdapter } from '@/lib/sites/amazon';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** amazon pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('amazon'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(amazonAdapter)),
});
