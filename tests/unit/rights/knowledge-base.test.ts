import { describe, expect, it } from 'vitest';
import { RAW_ENTRIES, allRights, checkKnowledgeBase } from '@/lib/rights/knowledge-base';
import { needsCheck, rightEntrySchema, type RightEntry, type RightEntryInput } from '@/lib/rights/schema';
import { JURISDICTIONS, MARKETPLACE_PROGRAMMES, PAYMENT_PROGRAMMES } from '@/lib/rights/codes';

const entries = allRights();
const first = RAW_ENTRIES[0]!;

/** Every piece of user-visible text of an entry, with a path for messages. */
function texts(e: RightEntry): [string, { en: string; zh_CN: string }][] {
  const out: [string, { en: string; zh_CN: string }][] = [['title', e.title], ['summary', e.summary]];
  const lists = { conditions: e.conditions, exceptions: e.exceptions, steps: e.steps, unverified: e.unverified } as const;
  for (const [k, list] of Object.entries(lists)) list.forEach((t, i) => out.push([`${k}.${i}`, t]));
  if (e.startNote) out.push(['startNote', e.startNote]);
  e.otherWindows.forEach((w) => {
    out.push([`window.${w.id}`, w.label]);
    if (w.startNote) out.push([`window.${w.id}.startNote`, w.startNote]);
  });
  e.complaints.forEach((c) => out.push([`channel.${c.id}.name`, c.name], [`channel.${c.id}.scope`, c.scope]));
  if (e.appliesWhen.subnational) out.push(['subnational', e.appliesWhen.subnational]);
  return out;
}

describe('rights knowledge base', () => {
  it('passes its schema with no problems', () => {
    expect(checkKnowledgeBase()).toEqual([]);
    expect(entries.length).toBe(RAW_ENTRIES.length);
  });

  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every required buyer jurisdiction and programme', () => {
    for (const j of JURISDICTIONS) expect(entries.some((e) => e.kind === 'statutory' && e.jurisdiction === j), j).toBe(true);
    for (const p of MARKETPLACE_PROGRAMMES) expect(entries.some((e) => e.kind === 'platform' && e.platform === p), p).toBe(true);
    for (const p of PAYMENT_PROGRAMMES) expect(entries.some((e) => e.kind === 'payment' && e.platform === p), p).toBe(true);
    // CN includes the cross-border retail import regime.
    expect(entries.some((e) => e.jurisdiction === 'CN' && e.appliesWhen.sellerLocation === 'foreign')).toBe(true);
  });

  it('gives every entry at least one https source', () => {
    for (const e of entries) {
      const urls = e.sources.flatMap((s) => (s.url ? [s.url] : []));
      expect(urls.length, e.id).toBeGreaterThan(0);
      for (const u of urls) expect(new URL(u).protocol, `${e.id} ${u}`).toBe('https:');
    }
  });

  it('has non-empty English and Chinese text everywhere, and the Chinese is Chinese', () => {
    for (const e of entries) {
      for (const [path, t] of texts(e)) {
        expect(t.en.trim().length, `${e.id} ${path} en`).toBeGreaterThan(0);
        expect(t.zh_CN.trim().length, `${e.id} ${path} zh`).toBeGreaterThan(0);
        expect(/[\u4e00-\u9fff]/.test(t.zh_CN), `${e.id} ${path} zh has Han characters`).toBe(true);
        expect(t.zh_CN, `${e.id} ${path} not copied from en`).not.toBe(t.en);
      }
    }
  });

  it('never links to the closed EU ODR platform', () => {
    const json = JSON.stringify(entries);
    expect(json).not.toMatch(/ec\.europa\.eu\/odr/i);
  });

  it('carries no day count for unverified facts, and flags weak entries', () => {
    for (const e of entries.filter((x) => x.confidence === 'unverified')) {
      expect(e.windowDays, e.id).toBeNull();
      expect(e.windowMonths, e.id).toBeUndefined();
      expect(needsCheck(e), e.id).toBe(true);
    }
    // The research marks these as Unverified or Low: the interface must show a badge.
    for (const id of ['alipay-payment-protection', 'jd-worldwide-returns', 'lazada-returns', 'unionpay-chargeback', 'cn-cross-border-retail-import', 'eu-legal-guarantee']) {
      const e = entries.find((x) => x.id === id);
      expect(e && needsCheck(e), id).toBe(true);
    }
  });

  it('keeps platform policies marked for a live-page check', () => {
    for (const e of entries.filter((x) => x.kind === 'platform')) expect(e.liveCheck, e.id).toBe(true);
  });

  it('records the research facts that drive deadlines', () => {
    const byId = (id: string) => entries.find((e) => e.id === id)!;
    expect(byId('cn-crpl-art25-no-reason-return')).toMatchObject({ windowDays: 7, startsAt: 'delivery', counting: 'next-day' });
    expect(byId('eu-crd-withdrawal')).toMatchObject({ windowDays: 14, startsAt: 'delivery' });
    expect(byId('amazon-a-to-z-guarantee')).toMatchObject({ windowDays: 90, startsAt: 'estimatedDelivery' });
    expect(byId('paypal-buyer-protection')).toMatchObject({ windowDays: 180, startsAt: 'payment' });
    expect(byId('us-fcba-billing-error')).toMatchObject({ windowDays: 60, startsAt: 'statement' });
    expect(byId('visa-chargeback')).toMatchObject({ windowDays: 120, startAlt: { event: 'delivery', use: 'if-later' } });
  });

  describe('schema rejects broken entries', () => {
    const bad = (patch: Partial<RightEntryInput>) => rightEntrySchema.safeParse({ ...first, ...patch }).success;

    it('rejects an entry without a source URL', () => {
      expect(bad({ sources: [{ title: 'a book' }] })).toBe(false);
    });
    it('rejects empty or missing Chinese', () => {
      expect(bad({ title: { en: 'x', zh_CN: ' ' } })).toBe(false);
      expect(bad({ summary: { en: 'x' } as never })).toBe(false);
    });
    it('rejects a day count on an unverified entry', () => {
      expect(bad({ confidence: 'unverified' })).toBe(false);
    });
    it('rejects an untracked start without saying what starts it', () => {
      expect(bad({ startsAt: null, startNote: undefined })).toBe(false);
    });
    it('rejects a statutory entry with a platform, and an ODR link', () => {
      expect(bad({ platform: 'amazon' })).toBe(false);
      expect(bad({ sources: [{ title: 'ODR', url: 'https://ec.europa.eu/odr/main' }] })).toBe(false);
    });
    it('reports duplicate ids', () => {
      expect(checkKnowledgeBase([first, first]).map((p) => p.message)).toContain('duplicate id');
    });
  });
});
