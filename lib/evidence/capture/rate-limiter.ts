/**
 * Chrome allows `tabs.captureVisibleTab` twice per second per extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND = 2, Chrome 92+) and throws a
 * quota error beyond that. Captures are spaced a little over 500 ms apart,
 * and a quota error is retried with backoff instead of aborting a
 * multi-second full-page capture. Render-settle waits are separate from this.
 */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  }),
};

/** Spacing between capture calls: 1 s / 2 calls, plus a margin for timer jitter. */
export const CAPTURE_SPACING_MS = 510;

/** Hands out capture slots no closer than `spacingMs` apart, in call order. */
export class CaptureRateLimiter {
  private next = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly spacingMs = CAPTURE_SPACING_MS, private readonly clock: Clock = realClock) {}

  /** Resolves when this caller may call captureVisibleTab. */
  slot(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      const wait = this.next - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait, signal);
      signal?.throwIfAborted();
      this.next = this.clock.now() + this.spacingMs;
    });
    // A cancelled caller must not block the ones after it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Pushes the next slot back, after the browser said we went too fast anyway. */
  backOff(ms: number): void {
    this.next = Math.max(this.next, this.clock.now() + ms);
  }
}

/** True for Chrome's "exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota" error. */
export function isCaptureQuotaError(err: unknown): boolean {
  return err instanceof Error && /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i.test(err.message);
}

/** Calls `capture` in a rate-limited slot, retrying quota errors with growing backoff. */
export async function captureWithLimit<T>(limiter: CaptureRateLimiter, capture: () => Promise<T>, signal?: AbortSignal, retries = 4): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    await limiter.slot(signal);
    try {
      return await capture();
    } catch (err) {
      if (!isCaptureQuotaError(err) || attempt >= retries) throw err;
      limiter.backOff(CAPTURE_SPACING_MS * (attempt + 1));
    }
  }
}
