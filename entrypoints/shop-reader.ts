import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { genericAdapter } from '@/lib/sites/generic';
import { runReader, safeExtract } from '@/lib/content/run-reader';

/**
 * Independent shops: the generic reader (structured data, shop platforms,
 * visible-page heuristics). Not in the manifest: the background injects it
 * when the user opens the popup on a shop (activeTab), or registers it for
 * every site once the user grants the optional all-sites permission.
 */
export default defineUnlistedScript(() => {
  runReader(new ContentScriptContext('shop-reader'), safeExtract(genericAdapter));
});
