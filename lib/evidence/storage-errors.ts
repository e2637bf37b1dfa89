/**
 * Storage failures. IndexedDB reports a full disk as `QuotaExceededError`,
 * sometimes wrapped in an `AbortError` of the transaction (Dexie keeps the
 * cause in `inner`); Firefox may say so only in the message.
 */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota|disk.*full|not enough space/i.test(message)) return true;
    e = inner;
  }
  return false;
}

/** A capture that could not be kept because storage is full; nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage full: the capture was not saved', { cause });
    this.name = 'StorageFullError';
  }
}
