import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/app-db';
import { translator } from '@/lib/i18n/translator';
import type { CaptureApi } from './capture/capture-api';
import { CaptureError, toCaptureError, type CaptureErrorCode } from './capture/capture-error';
import { captureTab } from './capture/capture-tab';
import { CaptureRateLimiter } from './capture/rate-limiter';
import { CaptureSessions } from './capture/sessions';
import { createCase, findCaseForOrder } from './case-store';
import { getSigningKey } from './key-store';
import { orderNumberFromUrl } from './order-number';
import { buildCasePack } from './pack/build-pack';
import type { CaptureTrigger } from './record-schema';
import { storeExport, type ExportInfo } from './export-store';
import type { EvidenceCase } from './store-types';
import { verifyPack } from './verify/verify-pack';

export type CaptureOutcome =
  | { status: 'saved'; recordId: string; seq: number; hash: string; caseId: string; totalBytes: number; title: string }
  | { status: 'failed'; code: CaptureErrorCode; detail: string };

export interface CaptureRequest {
  tabId: number;
  fullPage: boolean;
  trigger: CaptureTrigger;
  /** Omitted by the shortcut and the context menu: the matching case is used or created. */
  caseId?: string;
  /** Automatic capture may keep a tab that is not in front (no screenshot then). */
  requireVisible?: boolean;
}

/**
 * The background's evidence service: one rate limiter and one set of
 * running captures for the whole extension, as Chrome's capture quota is
 * per extension. Everything it writes goes through `commitCapture`.
 */
export class EvidenceService {
  readonly sessions = new CaptureSessions();
  private readonly limiter = new CaptureRateLimiter();

  constructor(readonly db: AppDB, private readonly api: CaptureApi) {}

  /** Captures a tab; never throws, a failure is an outcome with a code. */
  async capture(req: CaptureRequest): Promise<CaptureOutcome> {
    let session: ReturnType<CaptureSessions['start']>;
    try {
      session = this.sessions.start(req.tabId);
    } catch (err) {
      const e = toCaptureError(err);
      return { status: 'failed', code: e.code, detail: e.message };
    }
    try {
      const tab = await this.api.getTab(req.tabId);
      const target = req.caseId ? await this.db.evidenceCases.get(req.caseId) : await this.caseForTab(req.tabId, tab.url);
      if (!target) throw new CaptureError('no-case', 'the case does not exist');
      const record = await captureTab(this.db, this.api, this.limiter, await getSigningKey(this.db), {
        tabId: req.tabId,
        caseId: target.id,
        fullPage: req.fullPage,
        trigger: req.trigger,
        requireVisible: req.requireVisible,
        signal: session.signal,
        onProgress: session.update,
      });
      return { status: 'saved', recordId: record.id, seq: record.seq, hash: record.hash, caseId: target.id, totalBytes: record.totalBytes, title: record.title };
    } catch (err) {
      const e = toCaptureError(err);
      return { status: 'failed', code: e.code, detail: e.message };
    } finally {
      session.end();
    }
  }

  /**
   * The case a capture without an explicit case goes to: the one matching the
   * order or seller on this page, else the latest case of this platform, else
   * a new case made from what the page shows.
   */
  async caseForTab(tabId: number, url: string | undefined): Promise<EvidenceCase> {
    const facts = await this.api.pageFacts(tabId, url);
    let host = 'web';
    try {
      host = url ? new URL(url).hostname || host : host;
    } catch {
      // keep 'web'
    }
    const platform = facts && facts.marketplace !== 'shop' ? facts.marketplace : host;
    const orderNumber = facts?.pageKind === 'order' && url ? orderNumberFromUrl(url) : undefined;
    const seller = facts?.seller.name;
    const found = (await findCaseForOrder(this.db, platform, orderNumber, seller))
      ?? (orderNumber || seller ? undefined : await this.db.evidenceCases.orderBy('updatedAt').reverse().filter((c) => c.platform === platform).first());
    if (found) return found;
    const price = facts?.pageKind === 'order' ? facts.product.price : undefined;
    return createCase(this.db, { platform: platform.slice(0, 60), orderNumber, seller: seller?.slice(0, 300), ...(price ? { amountPaid: price } : {}) }, { auto: true });
  }

  /** Builds a case's pack, checks it with the same verifier people will use, and keeps it for reading out. */
  async exportCase(caseId: string): Promise<ExportInfo> {
    const [en, zh] = await Promise.all([translator('en'), translator('zh_CN')]);
    const manifest = browser.runtime.getManifest();
    const pack = await buildCasePack(this.db, caseId, {
      key: await getSigningKey(this.db),
      languages: { en, zh },
      software: `${en('extName')} ${manifest.version}`,
    });
    const check = await verifyPack(pack.bytes);
    if (!check.valid) throw new Error(`the built pack failed verification: ${check.problems.map((p) => p.code).join(', ')}`);
    return storeExport(this.db, caseId, pack);
  }

  /** How much the browser lets us store and how much evidence takes. */
  async storageUsage(): Promise<{ usage?: number; quota?: number; persisted?: boolean; evidenceBytes: number; captures: number; cases: number }> {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    const estimate = await storage?.estimate?.().catch(() => undefined);
    const persisted = await storage?.persisted?.().catch(() => undefined);
    let evidenceBytes = 0;
    let captures = 0;
    await this.db.evidenceRecords.each((r) => {
      evidenceBytes += r.totalBytes;
      captures += 1;
    });
    return {
      ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}),
      ...(estimate?.quota !== undefined ? { quota: estimate.quota } : {}),
      ...(persisted !== undefined ? { persisted } : {}),
      evidenceBytes,
      captures,
      cases: await this.db.evidenceCases.count(),
    };
  }
}
