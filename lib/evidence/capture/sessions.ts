import { CaptureError } from './capture-error';
import type { CaptureProgress } from './capture-tab';

interface Running {
  controller: AbortController;
  progress: CaptureProgress;
  startedAt: number;
}

/**
 * The captures running now, one per tab: how far each is, and the switch to
 * cancel it. Kept in memory on purpose: if the worker dies the capture dies
 * with it, and since nothing was written, there is nothing to resume.
 */
export class CaptureSessions {
  private readonly running = new Map<number, Running>();

  /** Starts a session for a tab; refuses a second one for the same tab. */
  start(tabId: number): { signal: AbortSignal; update: (p: CaptureProgress) => void; end: () => void } {
    if (this.running.has(tabId)) throw new CaptureError('busy', 'a capture of this tab is running');
    const entry: Running = { controller: new AbortController(), progress: { phase: 'visible', done: 0, total: 0 }, startedAt: Date.now() };
    this.running.set(tabId, entry);
    return {
      signal: entry.controller.signal,
      update: (p) => {
        entry.progress = p;
      },
      end: () => {
        if (this.running.get(tabId) === entry) this.running.delete(tabId);
      },
    };
  }

  /** Asks the tab's capture to stop; true when one was running. */
  cancel(tabId: number): boolean {
    const entry = this.running.get(tabId);
    entry?.controller.abort(new DOMException('cancelled by the user', 'AbortError'));
    return entry !== undefined;
  }

  status(tabId: number): { running: boolean; progress?: CaptureProgress } {
    const entry = this.running.get(tabId);
    return entry ? { running: true, progress: entry.progress } : { running: false };
  }
}
