import { browser } from 'wxt/browser';
import { loadTabState } from '@/lib/background/tab-state';
import { translator } from '@/lib/i18n/translator';
import { plainBytes, toBase64 } from '../encoding';
import type { CaptureApi } from './capture-api';
import { readEnvironment } from './environment';
import { offscreenStitcher } from './stitch';

const THUMB_WIDTH = 320;
const MHTML_ATTEMPTS = 3;
const THUMB_MAX_HEIGHT = 400;

/** A JPEG preview for lists, drawn with OffscreenCanvas (the worker has no DOM). */
async function thumbnail(png: Uint8Array): Promise<string | undefined> {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const bitmap = await createImageBitmap(new Blob([plainBytes(png)], { type: 'image/png' }));
  try {
    const height = Math.round((bitmap.height * THUMB_WIDTH) / bitmap.width);
    const canvas = new OffscreenCanvas(THUMB_WIDTH, Math.min(height, THUMB_MAX_HEIGHT));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, THUMB_WIDTH, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
    return `data:image/jpeg;base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
  } finally {
    bitmap.close();
  }
}

type FirefoxRuntime = { getBrowserInfo?: () => Promise<{ name: string; version: string }> };

/** The capture pipeline's view of the real browser. */
export function browserCaptureApi(): CaptureApi {
  const pageCapture = (browser as { pageCapture?: typeof browser.pageCapture }).pageCapture;
  const getBrowserInfo = (browser.runtime as FirefoxRuntime).getBrowserInfo;
  return {
    async getTab(tabId) {
      const tab = await browser.tabs.get(tabId);
      if (tab.id === undefined) throw new Error(`No tab with id ${tabId}`);
      return { id: tab.id, windowId: tab.windowId, active: tab.active, url: tab.url, title: tab.title };
    },
    captureVisible: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    async runInPage<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R>> {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args });
      if (!first) throw new Error('the page script returned nothing');
      return first.result as Awaited<R>;
    },
    ...(pageCapture?.saveAsMHTML
      ? {
          async saveMhtml(tabId: number) {
            // Chromium's first MHTML blob of a worker's life can fail to read
            // (NotFoundError: its backing file is not there yet); asking again works.
            for (let attempt = 1; ; attempt++) {
              const blob = await pageCapture.saveAsMHTML({ tabId });
              if (!blob) throw new Error('the browser returned no MHTML');
              try {
                return new Uint8Array(await blob.arrayBuffer());
              } catch (err) {
                if (attempt >= MHTML_ATTEMPTS || !(err instanceof DOMException && err.name === 'NotFoundError')) throw err;
              }
            }
          },
        }
      : {}),
    async pageFacts(tabId, url) {
      const state = await loadTabState(tabId);
      return state && 'facts' in state && state.url === url ? state.facts : undefined;
    },
    async environment() {
      const manifest = browser.runtime.getManifest();
      // The manifest name is a __MSG_ placeholder; records name the extension in English.
      const name = manifest.name.startsWith('__MSG_') ? (await translator('en'))('extName') : manifest.name;
      return readEnvironment({ name, version: manifest.version }, getBrowserInfo ? () => getBrowserInfo.call(browser.runtime) : undefined);
    },
    stitcher: offscreenStitcher,
    thumbnail,
  };
}
