import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installBanner } from '@/lib/banner/mount';
import { snoozeSite } from '@/lib/banner/snooze';

/**
 * The in-page banner, injected by the background into a page's isolated
 * world only when its verdict calls for it (see lib/banner/). Kept out of
 * the content script so pages without a warning never load it.
 */
export default defineUnlistedScript(() => {
  installBanner({ doc: document, location: () => location.href, snooze: (site) => snoozeSite(site) });
});
