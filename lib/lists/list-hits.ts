import type { AppDB } from '@/lib/db/app-db';
import { getMatcher } from './snapshot';
import type { ListHit } from './types';

/**
 * The lists that name this page's host or seller, and the version of the
 * lists consulted. A failure to load the lists never takes the verdict down:
 * it yields no hits, and the version says so.
 */
export async function listHitsFor(db: AppDB, hostname: string, marketplace: string, sellerId?: string): Promise<{ hits: ListHit[]; version: string }> {
  try {
    const matcher = await getMatcher(db);
    return { hits: [...matcher.matchHost(hostname), ...matcher.matchSeller(marketplace, sellerId)], version: matcher.version };
  } catch {
    return { hits: [], version: 'unavailable' };
  }
}
