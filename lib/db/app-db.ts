import Dexie, { type EntityTable } from 'dexie';
import type { UserRule } from './user-rules-schema';
import type { AllowRow, ListDataRow, ListRow } from '@/lib/lists/types';
import { applyMigrations } from './migrations';
import type { EvidenceBlob, EvidenceCase, EvidenceExport, EvidenceKey, EvidenceRecord } from '@/lib/evidence/store-types';

/** One sighting of a seller and listing, as the content script read it. */
export interface Observation {
  id?: number;
  at: number;
  marketplace: string;
  host: string;
  /** `marketplace:sellerId`, or `shop:<registrable domain>`. */
  sellerKey: string;
  /** `marketplace:sku`, when the listing has an id. */
  listingKey?: string;
  sellerName?: string;
  sku?: string;
  title?: string;
  brand?: string;
  image?: string;
  category?: string;
  price?: string;
  currency?: string;
  listPrice?: string;
  rating?: number;
  reviewCount?: number;
  feedbackPercent?: number;
  feedbackCount?: number;
  openedAt?: string;
  years?: number;
}

export const DB_NAME = 'shopping-guard';

export class AppDB extends Dexie {
  observations!: EntityTable<Observation, 'id'>;
  userRules!: EntityTable<UserRule, 'id'>;
  lists!: EntityTable<ListRow, 'id'>;
  listData!: EntityTable<ListDataRow, 'id'>;
  listAllow!: EntityTable<AllowRow, 'domain'>;
  evidenceCases!: EntityTable<EvidenceCase, 'id'>;
  evidenceRecords!: EntityTable<EvidenceRecord, 'id'>;
  evidenceBlobs!: EntityTable<EvidenceBlob, 'id'>;
  evidenceKeys!: EntityTable<EvidenceKey, 'id'>;
  evidenceExports!: EntityTable<EvidenceExport, 'id'>;

  constructor(name = DB_NAME, upTo?: number) {
    super(name);
    applyMigrations(this, upTo);
  }
}

let instance: AppDB | undefined;

/** The database of this extension (background and extension pages only). */
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
