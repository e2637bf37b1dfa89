import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { alibabaAdapter } from '@/lib/sites/alibaba';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** alibaba pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('alibaba'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(alibabaAdapter)),
});
