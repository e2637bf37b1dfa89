import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { etsyAdapter } from '@/lib/sites/etsy';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/** etsy pages: this marketplace's adapter only, so the page loads no other reader. */
export default defineContentScript({
  matches: matchPatternsFor('etsy'),
  runAt: 'document_idle',
  main: (ctx) => runReader(ctx, safeExtract(etsyAdapter)),
});
