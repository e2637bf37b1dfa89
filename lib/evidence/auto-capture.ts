import type { PageFacts } from '@/lib/facts/page-facts';
import { getSettings } from '@/lib/settings/settings';
import { factsFileBytes } from './facts-file';
import { sha256Tag } from './hash';
import type { EvidenceService } from './service';

/**
 * Automatic capture of order pages (setting `autoCapture`, off by default):
 * when a marketplace's order confirmation or order detail page is read, its
 * promised price, delivery and return terms (the facts) are captured into
 * the matching case without a click. The same page with the same facts is
 * captured once, however often it is reloaded.
 */
export async function autoCaptureOrder(service: EvidenceService, tabId: number, facts: PageFacts): Promise<'off' | 'not-order' | 'unchanged' | 'busy' | 'saved' | 'failed'> {
  if (facts.pageKind !== 'order' || facts.marketplace === 'shop') return 'not-order';
  if (!(await getSettings()).autoCapture) return 'off';
  if (service.sessions.status(tabId).running) return 'busy';
  const factsHash = await sha256Tag(factsFileBytes(facts));
  const seen = await service.db.evidenceRecords.where('url').equals(facts.url).filter((r) => r.factsHash === factsHash).count();
  if (seen > 0) return 'unchanged';
  const outcome = await service.capture({ tabId, fullPage: false, trigger: 'auto', requireVisible: false });
  return outcome.status;
}
