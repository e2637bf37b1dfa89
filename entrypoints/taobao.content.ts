import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { taobaoAdapter } from '@/lib/sites/taobao';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** taobao pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('taobao'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(taobaoAdapter)),
});
