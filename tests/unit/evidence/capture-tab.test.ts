import { describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { captureTab, type CaptureOptions } from '@/lib/evidence/capture/capture-tab';
import { CaptureError } from '@/lib/evidence/capture/capture-error';
import { CaptureRateLimiter } from '@/lib/evidence/capture/rate-limiter';
import { getSigningKey } from '@/lib/evidence/key-store';
import { captureManifestSchema } from '@/lib/evidence/record-schema';
import { makeFacts } from '../../fixtures/facts';
import { dbWithCase } from '../../fixtures/evidence/drafts';
import { fakeCaptureApi, type FakeOptions } from '../../fixtures/evidence/fake-capture-api';

// Real limiter with a short spacing: the test checks order and retries, not Chrome's real rate.
const limiter = () => new CaptureRateLimiter(5);

async function setup(fake: FakeOptions = {}) {
  const { db, caseId } = await dbWithCase();
  const key = await getSigningKey(db);
  const { api, log } = fakeCaptureApi(fake);
  const controller = new AbortController();
  const opts = (over: Partial<CaptureOptions> = {}): CaptureOptions => ({ tabId: 7, caseId, fullPage: false, trigger: 'popup', signal: controller.signal, ...over });
  return { db, caseId, key, api, log, controller, opts };
}

async function expectNothingStored(db: AppDB) {
  // A second connection reads what is really in the database.
  const other = new AppDB(db.name);
  expect(await other.evidenceRecords.count()).toBe(0);
  expect(await other.evidenceBlobs.count()).toBe(0);
  other.close();
}

describe('captureTab', () => {
  it('visible capture: PNG, MHTML and facts stored with a manifest that records URL, times and environment', async () => {
    const s = await setup({ facts: makeFacts() });
    const record = await captureTab(s.db, s.api, limiter(), s.key, s.opts());
    const manifest = captureManifestSchema.parse(JSON.parse(record.manifestJson));
    expect(manifest.page).toEqual({ url: 'https://www.aliexpress.com/item/1.html', title: 'Earbuds' });
    expect(manifest.artifacts.map((a) => a.path)).toEqual(['visible.png', 'page.mhtml', 'facts.json']);
    expect(manifest.time.utc).toMatch(/Z$/);
    expect(manifest.time.local).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(manifest.time.timeZone.length).toBeGreaterThan(0);
    expect(manifest.environment.extension.version).toBe('0.1.0');
    expect(manifest.fullPage.status).toBe('not-requested');
    expect(manifest.facts).toEqual({ status: 'captured', pageKind: 'product' });
    expect(s.log.captures).toBe(1);
    expect(await s.db.evidenceBlobs.where('recordId').equals(record.id).count()).toBe(3);
  });

  it('records "not offered" when the browser has no MHTML, and "not read" without facts', async () => {
    const s = await setup({ mhtml: false });
    const record = await captureTab(s.db, s.api, limiter(), s.key, s.opts());
    const manifest = captureManifestSchema.parse(JSON.parse(record.manifestJson));
    expect(manifest.mhtml.status).toBe('not-offered');
    expect(manifest.facts.status).toBe('not-read');
    expect(manifest.artifacts.map((a) => a.path)).toEqual(['visible.png']);
  });

  it('full page of ten screens: ten frames top to bottom, the first reused from the visible shot, floating elements hidden after it, page restored', async () => {
    const s = await setup({ pageHeight: 8000 });
    const progress: number[] = [];
    const record = await captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true, onProgress: (p) => p.phase === 'frames' && progress.push(p.done) }));
    expect(s.log.frames).toEqual([0, 800, 1600, 2400, 3200, 4000, 4800, 5600, 6400, 7200]);
    expect(s.log.captures).toBe(10);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.log.calls.indexOf('hide')).toBeGreaterThan(s.log.calls.indexOf('scroll'));
    expect(s.log.restored).toBe(1);
    const manifest = captureManifestSchema.parse(JSON.parse(record.manifestJson));
    expect(manifest.fullPage).toMatchObject({ status: 'captured', frames: 10, tiles: 1, truncated: false, modifications: ['1 fixed element(s) hidden after the first frame'] });
    expect(manifest.artifacts.find((a) => a.role === 'screenshot-full')).toMatchObject({ path: 'full-001.png', tile: { index: 1, of: 1 } });
  });

  it('retries a capture-rate quota error and completes', async () => {
    const s = await setup({ pageHeight: 2400, quotaOn: [3] });
    const record = await captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true }));
    expect(s.log.captures).toBe(4);
    expect(record.seq).toBe(1);
  });

  it('cancel in the middle: cancelled error, page restored, nothing stored', async () => {
    let cancel = () => undefined as void;
    const s = await setup({ pageHeight: 8000, onCapture: (n) => n === 4 && cancel() });
    cancel = () => s.controller.abort(new DOMException('cancelled by the user', 'AbortError'));
    const err = await captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaptureError);
    expect((err as CaptureError).code).toBe('cancelled');
    expect(s.log.restored).toBe(1);
    await expectNothingStored(s.db);
  });

  it('a worker that dies mid-capture leaves nothing: no record or blob exists before the final commit', async () => {
    const s = await setup({ pageHeight: 8000, hangOn: 5, facts: makeFacts() });
    let reached = false;
    // The capture never finishes, as if the worker were killed at frame 5.
    void captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true })).finally(() => {
      reached = true;
    });
    for (let i = 0; i < 200 && s.log.captures < 5; i++) await new Promise((r) => setTimeout(r, 5));
    expect(s.log.captures).toBe(5);
    expect(reached).toBe(false);
    await expectNothingStored(s.db);
  });

  it('the shopper switching tabs mid-capture aborts with tab-changed and stores nothing', async () => {
    const s = await setup({ pageHeight: 8000, switchTabOn: 3 });
    const err = await captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true })).catch((e: unknown) => e);
    expect((err as CaptureError).code).toBe('tab-changed');
    expect(s.log.restored).toBe(1);
    await expectNothingStored(s.db);
  });

  it('a full disk at commit gives storage-full and stores nothing', async () => {
    const s = await setup({ facts: makeFacts() });
    vi.spyOn(s.db.evidenceBlobs, 'bulkAdd').mockImplementation(() => {
      const e = new Error('the quota has been exceeded.');
      e.name = 'QuotaExceededError';
      return Promise.reject(e) as never;
    });
    const err = await captureTab(s.db, s.api, limiter(), s.key, s.opts()).catch((e: unknown) => e);
    expect((err as CaptureError).code).toBe('storage-full');
    await expectNothingStored(s.db);
  });

  it('a tab in the background is refused for a click, but captured without screenshot for automatic capture', async () => {
    const s = await setup({ switchTabOn: 0, facts: makeFacts({ pageKind: 'order' }) });
    const api = { ...s.api, getTab: async () => ({ ...(await s.api.getTab(7)), active: false }) };
    expect(((await captureTab(s.db, api, limiter(), s.key, s.opts()).catch((e: unknown) => e)) as CaptureError).code).toBe('tab-changed');
    const record = await captureTab(s.db, api, limiter(), s.key, s.opts({ trigger: 'auto', requireVisible: false }));
    const manifest = captureManifestSchema.parse(JSON.parse(record.manifestJson));
    expect(manifest.visible.status).toBe('not-taken');
    expect(manifest.artifacts.map((a) => a.path)).toEqual(['page.mhtml', 'facts.json']);
    expect(s.log.captures).toBe(0);
  });
});

describe('captureTab and the extension\'s own banner', () => {
  it('hides our warning banner before the screenshot, records that, and shows it again even when the capture fails', async () => {
    const s = await setup({ banner: true, pageHeight: 2400 });
    const record = await captureTab(s.db, s.api, limiter(), s.key, s.opts({ fullPage: true }));
    const manifest = captureManifestSchema.parse(JSON.parse(record.manifestJson));
    expect(manifest.visible.modifications).toEqual(["the extension's own warning banner hidden while capturing"]);
    expect(manifest.fullPage.modifications?.[0]).toBe("the extension's own warning banner hidden while capturing");
    expect(s.log.calls.indexOf('hide-own')).toBe(0);
    expect(s.log.ownRestored).toBe(1);

    const failing = await setup({ banner: true, pageHeight: 8000, switchTabOn: 2 });
    await captureTab(failing.db, failing.api, limiter(), failing.key, failing.opts({ fullPage: true })).catch(() => undefined);
    expect(failing.log.ownRestored).toBe(1);
  });
});
