import type { Migration } from './types';

/**
 * v2: index observations by listing (`marketplace:itemId`) so price history
 * and listing substitution can be read per listing, and fill the key for
 * observations recorded under v1.
 */
export const migration002: Migration = {
  version: 2,
  stores: {
    observations: '++id, sellerKey, listingKey, at',
  },
  async upgrade(tx) {
    await tx.table('observations').toCollection().modify((row: { marketplace?: string; sku?: string; listingKey?: string }) => {
      if (!row.listingKey && row.marketplace && row.sku) row.listingKey = `${row.marketplace}:${row.sku}`;
    });
  },
};
