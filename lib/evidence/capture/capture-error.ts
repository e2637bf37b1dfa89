import { StorageFullError } from '../storage-errors';
import { CaseNotFoundError } from '../commit';

export const CAPTURE_ERROR_CODES = ['cancelled', 'tab-changed', 'not-capturable', 'permission', 'storage-full', 'busy', 'no-case', 'failed'] as const;
export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

/** Why a capture stopped. Whatever the code, nothing of it was stored. */
export class CaptureError extends Error {
  constructor(readonly code: CaptureErrorCode, detail: string) {
    super(detail);
    this.name = 'CaptureError';
  }
}

/** Maps what the browser or the database threw to a capture error code. */
export function toCaptureError(err: unknown): CaptureError {
  if (err instanceof CaptureError) return err;
  if (err instanceof StorageFullError) return new CaptureError('storage-full', err.message);
  if (err instanceof CaseNotFoundError) return new CaptureError('no-case', err.message);
  const message = err instanceof Error ? err.message : String(err);
  if ((err instanceof Error || err instanceof DOMException) && err.name === 'AbortError') return new CaptureError('cancelled', 'cancelled');
  if (/activeTab|permission is required|not been invoked|Missing host permission/i.test(message)) return new CaptureError('permission', message.slice(0, 200));
  if (/Cannot access|cannot be scripted|chrome:\/\/|chrome-extension:\/\/|extensions gallery|webstore|No tab with id/i.test(message)) return new CaptureError('not-capturable', message.slice(0, 200));
  return new CaptureError('failed', message.slice(0, 200));
}
