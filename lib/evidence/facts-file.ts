import type { PageFacts } from '@/lib/facts/page-facts';
import { utf8 } from './encoding';

/** The bytes of facts.json for a capture; one writer, so equal facts give equal hashes. */
export function factsFileBytes(facts: PageFacts): Uint8Array {
  return utf8(`${JSON.stringify(facts, null, 2)}\n`);
}
