import type { PageFacts } from '@/lib/facts/page-facts';
import type { CaptureEnvironment } from './environment';
import type { StitcherFactory } from './stitch';

/** What a capture needs to know about a tab. */
export interface TabInfo {
  id: number;
  windowId: number;
  active: boolean;
  url?: string;
  title?: string;
}

/**
 * The browser as the capture pipeline sees it. The real one wraps
 * `tabs`, `scripting` and `pageCapture`; tests pass a fake to check
 * cancellation, quota errors and killed workers without a browser.
 */
export interface CaptureApi {
  getTab(tabId: number): Promise<TabInfo>;
  /** `tabs.captureVisibleTab(windowId, {format:'png'})`: a data URL. */
  captureVisible(windowId: number): Promise<string>;
  /** Runs a self-contained function in the tab's top frame and returns its result. */
  runInPage<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>>;
  /** MHTML of the tab; absent where the browser offers none (Firefox). */
  saveMhtml?: (tabId: number) => Promise<Uint8Array>;
  /** The PageFacts the content script reported for this tab at this URL. */
  pageFacts(tabId: number, url: string | undefined): Promise<PageFacts | undefined>;
  environment(): Promise<CaptureEnvironment>;
  stitcher: StitcherFactory;
  /** A small preview for lists (not evidence). */
  thumbnail?: (png: Uint8Array) => Promise<string | undefined>;
}
