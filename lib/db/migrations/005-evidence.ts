import type { Migration } from './types';

/**
 * v5: evidence. Cases; records (one per capture, `&seq` unique so two
 * writers can never both append the same chain position); blobs in their
 * own table so listing records never loads screenshots; the signing key;
 * packs built for export, kept only until read out.
 */
export const migration005: Migration = {
  version: 5,
  stores: {
    evidenceCases: 'id, updatedAt, [platform+orderNumber]',
    evidenceRecords: 'id, &seq, caseId, url',
    evidenceBlobs: 'id, recordId',
    evidenceKeys: 'id',
    evidenceExports: 'id, createdAt',
  },
};
