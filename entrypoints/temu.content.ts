import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { temuAdapter } from '@/lib/sites/temu';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** temu pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('temu'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(temuAdapter)),
});
