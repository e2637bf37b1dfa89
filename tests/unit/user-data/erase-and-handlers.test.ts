import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseUserData, KEPT_ON_ERASE } from '@/lib/user-data/erase';
import { createUserDataHandlers } from '@/lib/user-data/handlers';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { saveTabState } from '@/lib/background/tab-state';
import { evaluate } from '@/lib/risk/score';
import { issuesPageOf, reportUrlFor } from '@/lib/risk/report-url';
import { recordObservation } from '@/lib/reputation/observe';
import { getSellerHistory } from '@/lib/reputation/seller-history';
import type { AppDB } from '@/lib/db/app-db';
import { makeFacts } from '../../fixtures/facts';
import { closeAll, DAY, freshDb, NOW, seeded, snapshot } from './support';

afterEach(closeAll);

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;
const page = { id: EXT_ID, url: `${ORIGIN}/options.html` };
const content = { id: EXT_ID, url: 'https://www.aliexpress.com/item/1.html', tab: { id: 4, url: 'https://www.aliexpress.com/item/1.html' }, frameId: 0 };

function routerFor(db: AppDB, hooks = { afterImport: vi.fn(async () => undefined), afterErase: vi.fn(async () => undefined) }) {
  const handlers = createUserDataHandlers(db, { ...hooks, lists: async () => [{ id: 'dn', title: 'Scam Blocklist (durablenapkin)', homepage: 'https://github.com/durablenapkin/scamblocklist' }] });
  return { dispatch: createRouter(handlers as unknown as Handlers, { extensionId: EXT_ID, extensionOrigin: ORIGIN }), hooks };
}

describe('erase everything', () => {
  it('clears every table of the user, in one go, and keeps downloaded list content', async () => {
    const db = await seeded();
    await db.listAllow.add({ domain: 'trusted.example', addedAt: 1 });
    await db.table<{ id: string; updatedAt: number }, string>('evidenceCases').add({ id: 'case-1', updatedAt: 1 });
    await db.table<{ id: string; createdAt: number }, string>('evidenceKeys').add({ id: 'signing', createdAt: 1 });
    await db.table<{ id: string; generation: number }, string>('lists').add({ id: 'durablenapkin-scam', generation: 1 });
    await db.table<{ id: string; generation: number }, string>('listData').add({ id: 'durablenapkin-scam', generation: 1 });
    const { cleared } = await eraseUserData(db);
    expect(cleared).toEqual(expect.arrayContaining(['observations', 'userRules', 'listAllow', 'evidenceCases']));
    expect(cleared.some((t) => KEPT_ON_ERASE.has(t))).toBe(false);
    for (const t of cleared) expect(await db.table(t).count(), t).toBe(0);
    expect(await db.table('lists').count()).toBe(1);
    expect(await db.table('listData').count()).toBe(1);
    expect(await db.table('evidenceKeys').count()).toBe(1);
  });
});

describe('user-data messages', () => {
  it('round-trips export → erase → import through the router, files larger than the default message limit included', async () => {
    const db = await seeded();
    const title = 'Kettle '.repeat(140);
    for (let i = 0; i < 400; i++) await db.observations.add({ at: NOW - (i + 1) * 60 * 60_000, marketplace: 'aliexpress', host: 'aliexpress.com', sellerKey: 'aliexpress:9', listingKey: `aliexpress:${i}`, title });
    const before = await snapshot(db);
    const { dispatch, hooks } = routerFor(db);
    const exported = await dispatch({ type: 'exportUserData', data: {} }, page);
    expect(exported).toMatchObject({ ok: true, value: { counts: { userRules: 2, observations: 403, skipped: 0 } } });
    const json = (exported as { value: { json: string } }).value.json;
    expect(json.length).toBeGreaterThan(256 * 1024);

    expect(await dispatch({ type: 'eraseUserData', data: {} }, page)).toMatchObject({ ok: false, error: 'malformed' });
    expect(await dispatch({ type: 'eraseUserData', data: { confirm: 'erase-everything' } }, page)).toMatchObject({ ok: true });
    expect(hooks.afterErase).toHaveBeenCalledOnce();
    expect(await db.observations.count()).toBe(0);

    const imported = await dispatch({ type: 'importUserData', data: { json } }, page);
    expect(imported).toMatchObject({ ok: true, value: { imported: true, counts: { userRules: 2, observations: 403 } } });
    expect(hooks.afterImport).toHaveBeenCalledOnce();
    expect(await snapshot(db)).toEqual(before);
  });

  it('passes a refused import back as a result the page can translate', async () => {
    const db = await seeded();
    const { dispatch, hooks } = routerFor(db);
    const reply = await dispatch({ type: 'importUserData', data: { json: '{"__proto__":{}}', mode: 'replace' } }, page);
    expect(reply).toMatchObject({ ok: true, value: { imported: false, error: 'hostile' } });
    expect(hooks.afterImport).not.toHaveBeenCalled();
    expect(await db.userRules.count()).toBe(2);
  });

  it('refuses every user-data message from a content script', async () => {
    const db = await seeded();
    const { dispatch } = routerFor(db);
    for (const [type, data] of [['exportUserData', {}], ['importUserData', { json: '{}' }], ['eraseUserData', { confirm: 'erase-everything' }], ['getSellerHistory', { domain: 'x.com' }], ['getReportUrl', { tabId: 4 }]] as const) {
      expect(await dispatch({ type, data }, content)).toMatchObject({ ok: false, error: 'sender-not-allowed' });
    }
    expect(await db.observations.count()).toBe(3);
  });

  it('answers the seller card with the seller\'s sightings over time', async () => {
    const db = freshDb();
    for (const [days, pct] of [[40, 98.2], [20, 97.1], [3, 95.4]] as const) {
      await recordObservation(db, makeFacts({ seller: { name: 'Test Store', id: '1234567', feedbackPercent: pct } }), 'aliexpress.com', NOW - days * DAY);
    }
    const { dispatch } = routerFor(db);
    const reply = await dispatch({ type: 'getSellerHistory', data: { marketplace: 'aliexpress', sellerId: '1234567' } }, page);
    expect(reply).toMatchObject({ ok: true, value: { sellerKey: 'aliexpress:1234567', firstSeen: NOW - 40 * DAY, lastSeen: NOW - 3 * DAY, listings: 1 } });
    expect((reply as { value: { points: { feedbackPercent: number }[] } }).value.points.map((p) => p.feedbackPercent)).toEqual([98.2, 97.1, 95.4]);
    expect(await getSellerHistory(db, { domain: 'https://www.never-seen.example/' })).toEqual({ sellerKey: 'shop:never-seen.example', firstSeen: null, lastSeen: null, listings: 0, points: [] });
    expect(await dispatch({ type: 'getSellerHistory', data: { marketplace: 'shop', sellerId: 'x' } }, page)).toMatchObject({ ok: false, error: 'malformed' });
  });
});

describe('report a wrong verdict', () => {
  const listFinding = (title: string) => evaluate(makeFacts(), {
    now: new Date(NOW), domain: 'aliexpress.com', userRules: {},
    listHits: [{ listId: 'x', title, category: 'fake_shop', severity: 'danger', kind: 'domain', matched: 'aliexpress.com', date: '2026-02-01' }],
  }).findings;

  it('uses a list\'s own issue page, else its GitHub or GitLab repository\'s, else none', () => {
    expect(issuesPageOf({ id: 'a', title: 'A', issuesUrl: 'https://lists.example/report', homepage: 'https://github.com/o/r' })).toBe('https://lists.example/report');
    expect(issuesPageOf({ id: 'a', title: 'A', homepage: 'https://github.com/durablenapkin/scamblocklist' })).toBe('https://github.com/durablenapkin/scamblocklist/issues');
    expect(issuesPageOf({ id: 'a', title: 'A', homepage: 'https://gitlab.com/o/r/' })).toBe('https://gitlab.com/o/r/-/issues');
    expect(issuesPageOf({ id: 'a', title: 'A', homepage: 'https://lists.example/' })).toBeUndefined();
    expect(issuesPageOf({ id: 'a', title: 'A', issuesUrl: 'javascript:alert(1)' })).toBeUndefined();
  });

  it('finds the list behind a verdict\'s list hit, and nothing for heuristic findings', () => {
    const lists = [{ id: 'a', title: 'Scam list A', homepage: 'https://github.com/o/a' }, { id: 'b', title: 'List B', issuesUrl: 'https://b.example/issues' }];
    expect(reportUrlFor(listFinding('List B'), lists)).toEqual({ url: 'https://b.example/issues', listTitle: 'List B' });
    expect(reportUrlFor(listFinding('Unknown list'), lists)).toBeNull();
    const heuristic = evaluate(makeFacts({ seller: { id: '1', feedbackPercent: 60, feedbackCount: 500 } }), { now: new Date(NOW), domain: 'aliexpress.com', userRules: {} }).findings;
    expect(heuristic.length).toBeGreaterThan(0);
    expect(reportUrlFor(heuristic, lists)).toBeNull();
  });

  it('answers for a tab through the router', async () => {
    const db = freshDb();
    const facts = makeFacts();
    const findings = listFinding('Scam Blocklist (durablenapkin)');
    await saveTabState(7, { url: facts.url, facts, verdict: { level: 'danger', findings, checkedAt: new Date(NOW).toISOString(), rulesVersion: 2, listsVersion: 'x', subject: { host: 'aliexpress.com', marketplace: 'aliexpress' } } });
    const { dispatch } = routerFor(db);
    expect(await dispatch({ type: 'getReportUrl', data: { tabId: 7 } }, page)).toEqual({ ok: true, value: { url: 'https://github.com/durablenapkin/scamblocklist/issues', listTitle: 'Scam Blocklist (durablenapkin)' } });
    expect(await dispatch({ type: 'getReportUrl', data: { tabId: 8 } }, page)).toEqual({ ok: true, value: { url: null, listTitle: null } });
  });
});
