import type { PageFacts } from '@/lib/facts/page-facts';
import type { Severity } from '@/lib/facts/verdict';
import type { Rule, RuleContext } from '../rule';
import { finding } from '../rule';
import { SOURCES } from '../sources';
import { isoDay } from '@/lib/reputation/signals';
import { imageKey, sameBrand, titleSimilarity } from '@/lib/reputation/similarity';

/** Titles sharing less than this (Jaccard of words) describe different things. */
export const TITLE_SIMILARITY_MIN = 0.3;
/** Earlier reviews needed before "the reviews stayed" means anything. */
export const MIN_KEPT_REVIEWS = 5;

/**
 * The same listing id now sells something else: its title, brand or main
 * picture changed since the user first saw it while its reviews stayed
 * (research signal 45, strong alone) — the reviews of a good product are
 * lent to a different one. Brand or title swapped with reviews kept is a
 * warning; without knowing the reviews, a caution. A new main picture alone
 * is common (new photos), so it is only a caution, and only with reviews kept.
 */
export const listingSubstitution: Rule = {
  id: 'listing-substitution',
  category: 'listing',
  severity: 'warning',
  source: SOURCES.listingSwap,
  evaluate(facts: PageFacts, ctx: RuleContext) {
    const history = ctx.history?.listing;
    if (!history || facts.pageKind !== 'product') return [];
    const p = facts.product;
    const firstTitle = history.sightings.find((s) => s.title)?.title;
    const firstBrand = history.sightings.find((s) => s.brand)?.brand;
    const firstImage = history.sightings.find((s) => s.image)?.image;
    const titleChanged = Boolean(p.title && firstTitle && titleSimilarity(p.title, firstTitle) < TITLE_SIMILARITY_MIN);
    const brandChanged = Boolean(p.brand && firstBrand && !sameBrand(p.brand, firstBrand));
    const image = p.images?.[0];
    const imageChanged = Boolean(image && firstImage && imageKey(image) !== imageKey(firstImage));
    if (!titleChanged && !brandChanged && !imageChanged) return [];
    const earlierReviews = Math.max(0, ...history.sightings.map((s) => s.reviewCount ?? 0));
    const reviewsKept = earlierReviews >= MIN_KEPT_REVIEWS && p.reviewCount !== undefined && p.reviewCount >= earlierReviews * 0.8;
    let severity: Severity | undefined;
    if (titleChanged || brandChanged) severity = reviewsKept ? 'warning' : 'caution';
    else if (reviewsKept) severity = 'caution';
    if (!severity) return [];
    const seenOn = isoDay(history.firstSeen);
    return [finding(this, [seenOn], {
      previouslySeenOn: seenOn,
      ...(titleChanged ? { previousTitle: firstTitle!.slice(0, 200), title: p.title!.slice(0, 200) } : {}),
      ...(brandChanged ? { previousBrand: firstBrand!, brand: p.brand! } : {}),
      ...(imageChanged ? { previousImage: firstImage!.slice(0, 500), image: image!.slice(0, 500) } : {}),
      ...(reviewsKept ? { reviewCount: p.reviewCount! } : {}),
    }, severity)];
  },
};
