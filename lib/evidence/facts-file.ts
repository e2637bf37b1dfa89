import type { PageFacts } from '@/lib/facts/page-facts';
import { canonicalJson } from './canonical-json';
import { utf8 } from './encoding';

/**
 * The bytes of facts.json for a capture: keys sorted (facts pass through
 * `storage.session`, which reorders keys), pretty-printed for people. One
 * writer, so equal facts always give equal bytes and equal hashes.
 */
export function factsFileBytes(facts: PageFacts): Uint8Array {
  return utf8(`${JSON.stringify(JSON.parse(canonicalJson(facts)) as unknown, null, 2)}\n`);
}
