import type { Migration } from './types';

/**
 * v1: observations of sellers and listings, and the user's own rules.
 * Observations are keyed by an auto id; `sellerKey` (`marketplace:sellerId`,
 * or `shop:<domain>` for independent shops) and `at` are the only indexes
 * needed by the history queries.
 */
export const migration001: Migration = {
  version: 1,
  stores: {
    observations: '++id, sellerKey, at',
    userRules: 'id, kind',
  },
};
