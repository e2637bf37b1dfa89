import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { fakeBrowser } from 'wxt/testing';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { PROTOCOL } from '@/lib/messaging/protocol';
import { createRightsHandlers, getRights } from '@/lib/rights/handlers';
import { clearAllReminders, clearReminder, handleReminderAlarm, reminderState, resyncReminders, setReminder } from '@/lib/rights/reminder-service';
import { saveTabState } from '@/lib/background/tab-state';
import { updateSettings } from '@/lib/settings/settings';
import { makeFacts } from '../../fixtures/facts';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;
const pageSender = { id: EXT_ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN };
const contentSender = { id: EXT_ID, url: 'https://www.aliexpress.com/item/1.html', tab: { id: 7, url: 'https://www.aliexpress.com/item/1.html' }, frameId: 0 };
const NOW = Date.parse('2026-11-28T01:00:00Z');

// The translator fetches the built messages.json; serve it from the yml sources.
const messages = (locale: string) => {
  const yml = parseYAML<Record<string, string>>(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8'));
  return Object.fromEntries(Object.entries(yml).map(([k, v]) => [k, { message: String(v) }]));
};

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.stubGlobal('fetch', vi.fn(async (url: string) => ({ json: async () => messages(String(url).includes('zh_CN') ? 'zh_CN' : 'en') })));
});

describe('getRights', () => {
  it('selects from the tab facts and the jurisdiction setting, with deadlines from the case', async () => {
    await updateSettings({ jurisdiction: 'FR' });
    await saveTabState(3, { url: 'https://www.aliexpress.com/item/1.html', facts: makeFacts({ seller: { name: 'S', location: 'CN' } }), verdict: {} as never });
    const got = await getRights({ tabId: 3, case: { paymentMethod: 'paypal', dates: { deliveryDate: '2026-11-20', paymentDate: '2026-11-01' } }, timeZone: 'Europe/Paris' }, NOW);
    expect(got).toMatchObject({ jurisdiction: 'EU', memberState: 'FR', today: '2026-11-28', used: { marketplace: 'aliexpress', sellerCountry: 'CN', paymentMethod: 'paypal' } });
    expect(got.items.map((i) => i.entry.id)).toEqual(['aliexpress-buyer-protection', 'paypal-buyer-protection', 'eu-crd-withdrawal', 'eu-legal-guarantee']);
    const eu = got.items.find((i) => i.entry.id === 'eu-crd-withdrawal');
    expect(eu?.deadlines.find((d) => d.windowId === 'main')).toMatchObject({ dueDate: '2026-12-03', daysLeft: 5, status: 'open' });
    // ECC-Net cannot help with a seller in China.
    expect(got.channels.map((c) => c.id)).toEqual(['econsumer-gov']);
    expect(got.reminders).toBeNull();
  });

  it('ignores facts of a page the tab no longer shows', async () => {
    await updateSettings({ jurisdiction: 'FR' });
    await saveTabState(4, { url: 'https://www.aliexpress.com/item/1.html', facts: makeFacts(), verdict: {} as never });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 4, url: 'https://www.temu.com/x.html' } as never);
    const got = await getRights({ tabId: 4 }, NOW);
    expect(got.used.marketplace).toBeUndefined();
    expect(got.items.some((i) => i.entry.kind === 'platform')).toBe(false);
  });

  it('asks for a jurisdiction when none is set, and lets a case override the tab', async () => {
    const got = await getRights({ case: { marketplace: 'ebay', sellerCountry: 'GB', paymentMethod: 'card' } }, NOW);
    expect(got.jurisdiction).toBeNull();
    expect(got.items.every((i) => i.entry.kind !== 'statutory')).toBe(true);
    expect(got.items[0]?.entry.id).toBe('ebay-money-back-guarantee');
  });

  it('is for extension pages only and validates requests and responses through the router', async () => {
    const handlers = { ...createRightsHandlers() } as unknown as Handlers;
    const dispatch = createRouter(handlers, { extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await dispatch({ type: 'getRights', data: {} }, contentSender)).toMatchObject({ ok: false, error: 'sender-not-allowed' });
    expect(await dispatch({ type: 'setReminder', data: { caseId: 'a:b', entryIds: ['x'], dates: {} } }, pageSender)).toMatchObject({ ok: false, error: 'malformed' });
    expect(await dispatch({ type: 'getRights', data: { case: { dates: { deliveryDate: '2026-02-30' } } } }, pageSender)).toMatchObject({ ok: false, error: 'malformed' });
    expect(await dispatch({ type: 'getRights', data: { timeZone: 'Mars/Olympus' } }, pageSender)).toMatchObject({ ok: false, error: 'malformed' });
    const ok = await dispatch({ type: 'getRights', data: { jurisdiction: 'JP', case: { marketplace: 'amazon' } } }, pageSender);
    expect(ok.ok).toBe(true);
    expect(PROTOCOL.getRights.from).toEqual(['extension-page']);
  });
});

describe('reminders in the background', () => {
  const req = { caseId: 'case-42', entryIds: ['cn-crpl-art25-no-reason-return', 'no-such-entry'], dates: { deliveryDate: '2026-11-28' }, daysBefore: [3, 1], hour: 9, timeZone: 'Asia/Shanghai', label: 'Order 8181' };

  it('sets alarms for a case, reports them, and clears them', async () => {
    const state = await setReminder(req, NOW);
    expect(state.enabled).toBe(true);
    expect(state.scheduled.map((s) => [s.tag, new Date(s.when).toISOString()])).toEqual([
      ['d3', '2026-12-02T01:00:00.000Z'],
      ['d1', '2026-12-04T01:00:00.000Z'],
    ]);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([
      'rights:case-42:cn-crpl-art25-no-reason-return:main:d3',
      'rights:case-42:cn-crpl-art25-no-reason-return:main:d1',
    ]);
    // Another case's alarms and other modules' alarms are left alone.
    await fakeBrowser.alarms.create('lists-update', { periodInMinutes: 60 });
    await setReminder({ ...req, caseId: 'other' }, NOW);
    expect(await clearReminder('case-42')).toEqual({ cleared: 2 });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([
      'lists-update',
      'rights:other:cn-crpl-art25-no-reason-return:main:d1',
      'rights:other:cn-crpl-art25-no-reason-return:main:d3',
    ]);
    expect((await reminderState('case-42')).enabled).toBe(false);
  });

  it('erase everything turns every case off and leaves other modules\' alarms', async () => {
    await setReminder(req, NOW);
    await setReminder({ ...req, caseId: 'other' }, NOW);
    await fakeBrowser.alarms.create('lists-update', { periodInMinutes: 60 });
    expect(await clearAllReminders()).toEqual({ cleared: 4 });
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['lists-update']);
    expect((await reminderState('case-42')).enabled).toBe(false);
    // Nothing comes back at the next start-up.
    await resyncReminders(NOW);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['lists-update']);
  });

  it('rebuilds alarms at start-up from the stored records and drops orphans', async () => {
    await setReminder(req, NOW);
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.alarms.create('rights:gone:cn-crpl-art25-no-reason-return:main:d1', { when: NOW + 1000 });
    await resyncReminders(NOW);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([
      'rights:case-42:cn-crpl-art25-no-reason-return:main:d1',
      'rights:case-42:cn-crpl-art25-no-reason-return:main:d3',
    ]);
  });

  it('shows a localized notification when an alarm fires, and ignores foreign alarms', async () => {
    await updateSettings({ language: 'zh_CN' });
    await setReminder(req, NOW);
    const name = 'rights:case-42:cn-crpl-art25-no-reason-return:main:d3';
    expect(await handleReminderAlarm({ name }, Date.parse('2026-12-02T01:00:00Z'))).toBe(true);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string; contextMessage?: string }>;
    expect(shown[name]).toMatchObject({ title: '七日无理由退货（《消费者权益保护法》第二十五条）', message: '最后期限12月5日：还剩3天。', contextMessage: 'Order 8181' });
    expect(await handleReminderAlarm({ name: 'lists-update' })).toBe(false);
    // A cleared case shows nothing.
    await clearReminder('case-42');
    await fakeBrowser.notifications.clear(name);
    await handleReminderAlarm({ name }, Date.parse('2026-12-02T01:00:00Z'));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
