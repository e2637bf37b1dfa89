import { canonicalJson } from './canonical-json';
import { sha256Tag, type HashTag } from './hash';
import type { ChainLink } from './record-schema';

/**
 * The hash chain of one installation. Record n's link is
 * `{"body":<sha256 of capture.json>,"prev":<hash of record n-1 or null>,"seq":n,"v":1}`
 * in canonical JSON; the record's hash is the SHA-256 of those bytes, and
 * its signature is over the same bytes. Links of other cases can be shown in
 * a pack (body hash only) so the chain is checkable without their content.
 */

/** The exact text that is hashed and signed for a link. */
export function linkText(link: ChainLink): string {
  return canonicalJson({ v: link.v, seq: link.seq, prev: link.prev, body: link.body });
}

/** The record hash of a link. */
export function linkHash(link: ChainLink): Promise<HashTag> {
  return sha256Tag(linkText(link));
}
