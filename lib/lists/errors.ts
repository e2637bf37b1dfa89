import type { ListErrorCode } from './types';

/**
 * A list operation that failed for a reason the user can be told. `detail`
 * is a short technical note (status code, size); the message the user reads
 * is the translation of `lists_error_<code>`.
 */
export class ListError extends Error {
  constructor(readonly code: ListErrorCode, readonly detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ListError';
  }
}

/** True for the browser's "disk full" failure, however Dexie wrapped it. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** Any failure as a `ListError`: storage failures become `disk-full` or `storage`. */
export function toListError(err: unknown): ListError {
  if (err instanceof ListError) return err;
  if (isQuotaError(err)) return new ListError('disk-full');
  const message = err instanceof Error ? err.message : String(err);
  return new ListError('storage', message.slice(0, 200));
}
