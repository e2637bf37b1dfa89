import type { Migration } from './types';

/**
 * v3: list subscriptions. `lists` holds one small row per list (subscription,
 * version, ETag, Expires, last error); `listData` one row per list with its
 * compiled content (a packed fingerprint table, or seller entries), written in
 * the same transaction as its `lists` row so a failed or interrupted update
 * leaves the previous copy whole; `listAllow` the user's allowlist.
 * Nothing is indexed beyond the keys: every query is by id or reads all rows.
 */
export const migration003: Migration = {
  version: 3,
  stores: {
    lists: 'id',
    listData: 'id',
    listAllow: 'domain',
  },
};
