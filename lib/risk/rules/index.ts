import type { Rule } from '../rule';
import { userBlocked } from './user-blocked';
import { userTrusted } from './user-trusted';
import { listHit } from './list-hit';
import { paymentIrreversibleOnly } from './payment-irreversible-only';
import { paymentRiskyMethod } from './payment-risky-method';
import { offPlatformContact } from './off-platform-contact';
import { extremeDiscount } from './extreme-discount';
import { perfectRating } from './perfect-rating';
import { unverifiedCertification } from './unverified-certification';
import { shipFromMismatch } from './ship-from-mismatch';
import { deliveryBeyondProtection } from './delivery-beyond-protection';
import { noTracking } from './no-tracking';
import { longDelivery } from './long-delivery';
import { noReturnsPage } from './no-returns-page';
import { shortReturnWindow } from './short-return-window';
import { noPrivacyPage } from './no-privacy-page';
import { insecureConnection } from './insecure-connection';
import { missingImprint } from './missing-imprint';
import { noContactDetails } from './no-contact-details';
import { freeMailContact } from './free-mail-contact';
import { typosquatDomain } from './typosquat-domain';
import { youngStore } from './young-store';
import { lowFeedback } from './low-feedback';
import { feedbackFalling } from './feedback-falling';
import { storeYoungerThanClaimed } from './store-younger-than-claimed';
import { categoryPivot } from './category-pivot';
import { riskyTld } from './risky-tld';
import { fakeDiscount } from './fake-discount';
import { listingSubstitution } from './listing-substitution';
import { ratingFalling } from './rating-falling';
import { reviewsVanished } from './reviews-vanished';

/** Every rule, in the order its findings are listed (the user's own decisions first). */
export const RULES: readonly Rule[] = [
  userBlocked, userTrusted, listHit,
  // payment
  paymentIrreversibleOnly, paymentRiskyMethod, offPlatformContact,
  // product
  extremeDiscount, perfectRating, unverifiedCertification,
  // logistics
  shipFromMismatch, deliveryBeyondProtection, noTracking, longDelivery,
  // after-sales
  noReturnsPage, shortReturnWindow,
  // privacy
  noPrivacyPage, insecureConnection,
  // legal
  missingImprint, noContactDetails, freeMailContact, typosquatDomain,
  // reputation
  youngStore, lowFeedback, feedbackFalling, storeYoungerThanClaimed, categoryPivot, riskyTld,
  // listing (history)
  fakeDiscount, listingSubstitution, ratingFalling, reviewsVanished,
];

/** Bumped whenever a rule is added or changes what it decides. */
export const RULES_VERSION = 2;
