import { parse } from 'tldts';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Severity } from '@/lib/facts/verdict';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { BRANDS, SALE_WORDS, WORD_BRANDS } from '../data/brands';
import { editDistance, foldLabel, segmentsInto } from '../data/look-alike';

const SALE = new Set(SALE_WORDS);
const SALE_AND_SHOP = new Set([...SALE_WORDS, 'store', 'shop', 'shops', 'online', 'official']);
const ALL_BRANDS = [...BRANDS, ...WORD_BRANDS];
/** Real companies one letter away from a listed brand. */
const KNOWN_NEIGHBOURS: ReadonlySet<string> = new Set(['phillips', 'samsun', 'lenovos']);

export interface LookAlike {
  brand: string;
  how: 'homograph' | 'typo' | 'brand-plus-sale' | 'brand-on-platform';
  severity: Severity;
}

/** True when `label` is the brand followed or preceded by sale words ("nikeoutlet", "cheap-adidas-uk"). */
function brandPlusSale(label: string, brand: string): boolean {
  const tokens = label.split(/[-\d]+/).filter(Boolean);
  if (tokens.length > 1) return tokens.includes(brand) && tokens.some((t) => SALE.has(t));
  const hasSaleWord = (rest: string) => [...SALE].some((w) => rest.includes(w));
  if (label.startsWith(brand) && label !== brand) {
    const rest = label.slice(brand.length);
    return segmentsInto(rest, SALE_AND_SHOP) && hasSaleWord(rest);
  }
  if (label.endsWith(brand) && label !== brand) {
    const rest = label.slice(0, -brand.length);
    return segmentsInto(rest, SALE_AND_SHOP) && hasSaleWord(rest);
  }
  return false;
}

/** Judges one registrable domain against the brand list. Exported for tests. */
export function lookAlikeOf(domain: string): LookAlike | undefined {
  const p = parse(domain, { allowPrivateDomains: true });
  const label = p.domainWithoutSuffix?.split('.').pop()?.toLowerCase();
  if (!label) return undefined;
  const folded = foldLabel(label);
  const plain = label.replace(/-/g, '');
  for (const brand of ALL_BRANDS) {
    // "ray-ban" is Ray-Ban's own: hyphens between a brand's words do not make a look-alike.
    if (plain === brand) {
      // The brand's own name on its own domain, unless it is a subdomain on a shop platform.
      return p.isPrivate ? { brand, how: 'brand-on-platform', severity: 'caution' } : undefined;
    }
  }
  for (const brand of ALL_BRANDS) {
    if (brand.length >= 4 && folded !== label && (folded === brand || folded.replace(/-/g, '') === brand)) return { brand, how: 'homograph', severity: 'warning' };
  }
  if (!KNOWN_NEIGHBOURS.has(plain)) {
    for (const brand of BRANDS) {
      if (brand.length >= 6 && editDistance(plain, brand, 1) === 1) return { brand, how: 'typo', severity: 'warning' };
    }
  }
  for (const brand of ALL_BRANDS) {
    if (brand.length >= 4 && brandPlusSale(folded, brand)) return { brand, how: 'brand-plus-sale', severity: 'caution' };
  }
  return undefined;
}

/**
 * An independent shop's address imitates a well-known brand (research
 * signal 16, strong alone): look-alike characters ("adidaѕ" with a Cyrillic
 * "ѕ", "app1e") or a one-letter typo ("adidsa") are warnings; the brand
 * plus sale words ("nike-outlet-sale") or a brand name as a shop-platform
 * subdomain are cautions, because authorised resellers sometimes name
 * themselves so. A domain that is exactly the brand's name is its own.
 */
export const typosquatDomain: Rule = {
  id: 'typosquat-domain',
  category: 'legal',
  severity: 'warning',
  source: SOURCES.acccLookAlike,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    if (facts.marketplace !== 'shop') return [];
    const hit = lookAlikeOf(ctx.domain);
    if (!hit) return [];
    return [finding(this, [ctx.domain, hit.brand], { domain: ctx.domain, lookAlikeOf: hit.brand }, hit.severity)];
  },
};
