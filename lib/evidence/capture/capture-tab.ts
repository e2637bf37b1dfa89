import type { AppDB } from '@/lib/db/app-db';
import { commitCapture, type ArtifactInput } from '../commit';
import { factsFileBytes } from '../facts-file';
import type { SigningKey } from '../key-store';
import { CAPTURE_FORMAT, type CaptureManifest, type CaptureTrigger } from '../record-schema';
import type { EvidenceRecord } from '../store-types';
import type { CaptureApi } from './capture-api';
import { CaptureError, toCaptureError } from './capture-error';
import { dataUrlBytes } from './data-url';
import { localTime } from './environment';
import { hideFloating, hideOwnUi, measurePage, preparePage, restoreOwnUi, restorePage, scrollPage, type PageMetrics } from './page-scripts';
import { captureWithLimit, type CaptureRateLimiter } from './rate-limiter';
import { planScroll } from './scroll-plan';

/** Shown while a capture runs. */
export interface CaptureProgress {
  phase: 'visible' | 'frames' | 'saving';
  done: number;
  total: number;
}

export interface CaptureOptions {
  tabId: number;
  caseId: string;
  fullPage: boolean;
  trigger: CaptureTrigger;
  signal: AbortSignal;
  /**
   * When false, a tab that is not in front is still captured without a
   * screenshot (automatic capture of an order page opened in the background).
   */
  requireVisible?: boolean;
  onProgress?: (p: CaptureProgress) => void;
  now?: () => Date;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/**
 * One capture of a tab: visible screenshot (PNG, exact bytes from the
 * browser), optionally the full page scrolled and stitched into tiles, MHTML
 * where offered, the tab's PageFacts, times and environment; then one atomic
 * commit. Nothing is written before that commit, so a cancel, an error or a
 * killed worker leaves nothing behind.
 */
export async function captureTab(db: AppDB, api: CaptureApi, limiter: CaptureRateLimiter, key: SigningKey, opts: CaptureOptions): Promise<EvidenceRecord> {
  const { tabId, signal } = opts;
  const clickedAt = (opts.now ?? (() => new Date()))();
  const progress = (p: CaptureProgress) => opts.onProgress?.(p);
  try {
    const tab = await api.getTab(tabId);
    if (!tab.active && opts.requireVisible !== false) throw new CaptureError('tab-changed', 'the tab is not in front');
    const same = async () => {
      const now = await api.getTab(tabId);
      if (!now.active || now.windowId !== tab.windowId || now.url !== tab.url) throw new CaptureError('tab-changed', 'the tab changed during the capture');
    };

    // MHTML runs alongside the screenshots; its failure is recorded, not fatal.
    const mhtml: Promise<Outcome<Uint8Array> | undefined> = api.saveMhtml
      ? api.saveMhtml(tabId).then((value) => ({ ok: true as const, value }), (err: unknown) => ({ ok: false as const, reason: reasonOf(err) }))
      : Promise.resolve(undefined);

    progress({ phase: 'visible', done: 0, total: opts.fullPage ? 0 : 1 });
    let visible: Uint8Array | undefined;
    let ownUi: string[] = [];
    let metrics: PageMetrics | null = null;
    let fullPage: CaptureManifest['fullPage'] = { status: 'not-requested' };
    const artifacts: ArtifactInput[] = [];
    try {
      if (tab.active) {
        // A page that cannot be scripted (browser pages) simply has no banner of ours.
        ownUi = await api.runInPage(tabId, hideOwnUi, []).catch(() => []);
        const shot = dataUrlBytes(await captureWithLimit(limiter, () => api.captureVisible(tab.windowId), signal));
        if (shot.mediaType !== 'image/png') throw new CaptureError('failed', `screenshot is ${shot.mediaType}, not PNG`);
        visible = shot.bytes;
      }
      metrics = await api.runInPage(tabId, measurePage, []).catch(() => null);
      signal.throwIfAborted();

      if (visible) artifacts.push({ path: 'visible.png', role: 'screenshot-visible', mediaType: 'image/png', bytes: visible });
      if (opts.fullPage) {
        if (!metrics || !tab.active) {
          fullPage = { status: 'failed', reason: !tab.active ? 'the tab was not in front' : 'the page cannot be scripted' };
        } else {
          const full = await captureFullPage(api, limiter, tab.windowId, tabId, metrics, visible, same, signal, progress);
          fullPage = { ...full.manifest, modifications: [...ownUi, ...(full.manifest.modifications ?? [])] };
          full.tiles.forEach((png, i) => artifacts.push({
            path: `full-${String(i + 1).padStart(3, '0')}.png`,
            role: 'screenshot-full',
            mediaType: 'image/png',
            bytes: png.bytes,
            tile: { index: i + 1, of: full.tiles.length, top: png.top, height: png.height },
          }));
        }
      }
    } finally {
      if (ownUi.length) await api.runInPage(tabId, restoreOwnUi, []).catch(() => undefined);
    }

    const completedAt = new Date();

    const mhtmlResult = await mhtml;
    let mhtmlStatus: CaptureManifest['mhtml'];
    if (!mhtmlResult) mhtmlStatus = { status: 'not-offered', reason: 'this browser has no pageCapture API' };
    else if (!mhtmlResult.ok) mhtmlStatus = { status: 'failed', reason: mhtmlResult.reason };
    else {
      mhtmlStatus = { status: 'captured' };
      artifacts.push({ path: 'page.mhtml', role: 'mhtml', mediaType: 'multipart/related', bytes: mhtmlResult.value });
    }

    const facts = await api.pageFacts(tabId, tab.url);
    if (facts) artifacts.push({ path: 'facts.json', role: 'facts', mediaType: 'application/json', bytes: factsFileBytes(facts) });
    signal.throwIfAborted();

    progress({ phase: 'saving', done: 0, total: 1 });
    const environment = await api.environment();
    const { local, timeZone } = localTime(clickedAt);
    const manifest: Omit<CaptureManifest, 'artifacts'> = {
      format: CAPTURE_FORMAT,
      id: crypto.randomUUID(),
      trigger: opts.trigger,
      page: { url: (tab.url ?? '').slice(0, 8000), title: (tab.title ?? '').slice(0, 2000) },
      time: { utc: clickedAt.toISOString(), local, timeZone, completedUtc: completedAt.toISOString() },
      environment,
      viewport: metrics ? { width: metrics.innerWidth, height: metrics.innerHeight, devicePixelRatio: metrics.devicePixelRatio, scrollX: metrics.scrollX, scrollY: metrics.scrollY } : null,
      visible: visible ? { status: 'captured', ...(ownUi.length ? { modifications: ownUi } : {}) } : { status: 'not-taken', reason: 'the tab was not in front' },
      fullPage,
      mhtml: mhtmlStatus,
      facts: facts ? { status: 'captured', pageKind: facts.pageKind } : { status: 'not-read' },
    };
    const preview = visible ?? artifacts.find((a) => a.role === 'screenshot-full')?.bytes;
    const thumb = preview && api.thumbnail ? await api.thumbnail(preview).catch(() => undefined) : undefined;
    return await commitCapture(db, { caseId: opts.caseId, manifest, artifacts, thumb }, key, signal);
  } catch (err) {
    throw toCaptureError(err);
  }
}

interface FullPageResult {
  manifest: CaptureManifest['fullPage'];
  tiles: { bytes: Uint8Array; top: number; height: number }[];
}

async function captureFullPage(
  api: CaptureApi, limiter: CaptureRateLimiter, windowId: number, tabId: number, metrics: PageMetrics,
  visible: Uint8Array | undefined, same: () => Promise<void>, signal: AbortSignal, progress: (p: CaptureProgress) => void,
): Promise<FullPageResult> {
  const plan = planScroll(metrics.pageHeight, metrics.viewportHeight);
  const stitcher = api.stitcher({
    pageHeightCss: plan.coveredHeight,
    viewportWidthCss: metrics.viewportWidth,
    viewportHeightCss: metrics.viewportHeight,
    innerWidthCss: metrics.innerWidth,
    innerHeightCss: metrics.innerHeight,
  });
  const total = plan.positions.length;
  const modifications = await api.runInPage(tabId, preparePage, []);
  const positions: number[] = [];
  // Decoding and drawing a frame overlaps with scrolling to the next one.
  let drawing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < total; i++) {
      signal.throwIfAborted();
      if (i === 1) modifications.push(...(await api.runInPage(tabId, hideFloating, [])));
      const y = await api.runInPage(tabId, scrollPage, [plan.positions[i]!]);
      // The shopper's own view is frame 0 when they were at the top: one capture fewer.
      const reuse = i === 0 && y === 0 && metrics.scrollY === 0 && visible !== undefined;
      let png: Uint8Array;
      if (reuse && visible) png = visible;
      else {
        await same();
        png = dataUrlBytes(await captureWithLimit(limiter, () => api.captureVisible(windowId), signal)).bytes;
      }
      await same();
      drawing = drawing.then(() => stitcher.addFrame(png, y));
      drawing.catch(() => undefined);
      positions.push(y);
      progress({ phase: 'frames', done: i + 1, total });
    }
    await drawing;
  } finally {
    await api.runInPage(tabId, restorePage, []).catch(() => undefined);
  }
  signal.throwIfAborted();
  const { tiles } = await stitcher.finish();
  return {
    manifest: {
      status: 'captured',
      pageHeight: metrics.pageHeight,
      frames: total,
      scrollPositions: positions,
      tiles: tiles.length,
      truncated: plan.truncated,
      modifications,
    },
    tiles: tiles.map((t) => ({ bytes: t.png, top: t.span.top, height: t.span.height })),
  };
}
