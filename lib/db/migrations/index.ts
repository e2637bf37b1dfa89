import type Dexie from 'dexie';
import type { Migration } from './types';
import { migration001 } from './001-initial';
import { migration002 } from './002-listing-key';
import { migration003 } from './003-lists';
import { migration005 } from './005-evidence';

/** Every schema version, oldest first. Never edit one that shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration005];

/** Declares versions up to `upTo` (all by default) on a Dexie instance. */
export function applyMigrations(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const m of MIGRATIONS) {
    if (m.version > upTo) break;
    const v = db.version(m.version).stores(m.stores);
    if (m.upgrade) v.upgrade(m.upgrade);
  }
}
