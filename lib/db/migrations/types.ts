import type { Transaction } from 'dexie';

/** One numbered schema version; `stores` lists only the tables it changes. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
