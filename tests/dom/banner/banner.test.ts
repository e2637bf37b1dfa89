// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBanner, installBanner } from '@/lib/banner/mount';
import { renderBanner } from '@/lib/banner/render';
import { BANNER_GLOBAL, installedBanner } from '@/lib/banner/global';
import { bannerOnVerdict } from '@/lib/banner/trigger';
import { bannerDecision } from '@/lib/banner/decide';
import { bannerPayload, MAX_BANNER_REASONS, type BannerPayload } from '@/lib/banner/payload';
import { activeSnoozes, isSnoozed, MAX_SNOOZED_SITES, parseSnooze, readSnooze, snoozeSite, SNOOZE_MS, withSnooze } from '@/lib/banner/snooze';
import { createBannerHandlers } from '@/lib/banner/handlers';
import { saveTabState } from '@/lib/background/tab-state';
import { updateSettings } from '@/lib/settings/settings';
import { makeFacts } from '../../fixtures/facts';
import { finding, tr, verdict } from '../components/support';

const URL_ = 'https://www.aliexpress.com/item/1.html';
const payload = (over: Partial<BannerPayload> = {}): BannerPayload => ({
  level: 'warning', url: URL_, site: 'aliexpress.com', lang: 'en', title: 'Warning — Shopping Guard', line: 'Serious warning signs.',
  reasons: ['<b>not bold</b>', 'second'], labels: { region: 'Guard warning', dismiss: 'Dismiss', snooze: 'Hide on aliexpress.com for 24 hours', more: 'More in the toolbar.' },
  ...over,
});

describe('banner DOM', () => {
  it('builds the banner from text only, labelled, with an alert and two buttons; Escape dismisses', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const actions = { dismiss: vi.fn(), snooze: vi.fn() };
    const box = renderBanner(root, payload(), actions);
    expect(box.getAttribute('aria-label')).toBe('Guard warning');
    expect(box.getAttribute('lang')).toBe('en');
    expect(box.dataset.level).toBe('warning');
    expect(root.querySelector('[role="alert"] h2')?.textContent).toBe('Warning — Shopping Guard');
    // A reason quoting page data stays text.
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('li')?.textContent).toBe('<b>not bold</b>');
    const [snooze, dismiss] = [...root.querySelectorAll('button')];
    expect([snooze?.type, dismiss?.type]).toEqual(['button', 'button']);
    snooze!.click();
    dismiss!.click();
    expect(actions.snooze).toHaveBeenCalledTimes(1);
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    dismiss!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.dismiss).toHaveBeenCalledTimes(2);
  });

  it('mounts once at the top of the body, only on its page; dismiss holds for the page unless it gets worse', () => {
    document.body.innerHTML = '<p>page</p>';
    let href = URL_;
    const snooze = vi.fn(async () => undefined);
    const api = createBanner({ doc: document, location: () => href, snooze });
    expect(api.show(payload({ url: 'https://www.aliexpress.com/item/2.html' }))).toBe(false);
    expect(api.show(payload())).toBe(true);
    const host = document.body.firstElementChild as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot open it
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(api.shadow?.querySelector('section')?.dataset.level).toBe('warning');
    expect(api.show(payload({ level: 'danger' }))).toBe(true);
    expect(document.body.querySelectorAll(':scope > div')).toHaveLength(1);
    (api.shadow!.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    expect(document.body.firstElementChild?.tagName).toBe('P');
    expect(api.show(payload({ level: 'danger' }))).toBe(false);
    href = `${URL_}#reviews`;
    expect(api.show(payload({ level: 'warning' }))).toBe(false);
    href = 'https://www.aliexpress.com/item/2.html';
    expect(api.show(payload({ url: href }))).toBe(true);
    (api.shadow!.querySelector('[data-action="snooze"]') as HTMLButtonElement).click();
    expect(snooze).toHaveBeenCalledWith('aliexpress.com');
    expect(api.shadow).toBeUndefined();
  });

  it('is installed once per world; the content script hides it without its code', () => {
    const scope = {};
    const deps = { doc: document, location: () => URL_, snooze: async () => undefined };
    const a = installBanner(deps, scope);
    expect(installBanner(deps, scope)).toBe(a);
    expect(installedBanner(scope)).toBe(a);
    expect((scope as Record<symbol, unknown>)[BANNER_GLOBAL]).toBe(a);
    a.show(payload());
    const request = vi.fn(async () => ({ shown: true }));
    bannerOnVerdict(verdict({ level: 'warning' }), request, scope);
    expect(request).toHaveBeenCalledTimes(1);
    bannerOnVerdict(verdict({ level: 'caution' }), request, scope);
    expect(request).toHaveBeenCalledTimes(2);
    bannerOnVerdict(verdict({ level: 'low' }), request, scope);
    expect(request).toHaveBeenCalledTimes(2);
    expect(a.shadow).toBeUndefined();
    bannerOnVerdict(null, request, {});
    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe('banner decision and strings', () => {
  it('shows for warning and danger by default; sensitivity moves the line; off and snoozed win', () => {
    const on = { banner: true, sensitivity: 'normal' as const };
    expect(['trusted-by-you', 'no-data', 'low', 'caution', 'warning', 'danger'].map((l) => bannerDecision(l as 'low', on, false))).toEqual(['level', 'level', 'level', 'level', 'show', 'show']);
    expect(bannerDecision('warning', { ...on, sensitivity: 'relaxed' }, false)).toBe('level');
    expect(bannerDecision('danger', { ...on, sensitivity: 'relaxed' }, false)).toBe('show');
    expect(bannerDecision('caution', { ...on, sensitivity: 'strict' }, false)).toBe('show');
    expect(bannerDecision('danger', { ...on, banner: false }, false)).toBe('off');
    expect(bannerDecision('danger', on, true)).toBe('snoozed');
  });

  it('writes the worst reasons in the user\'s language, dates localized, info notes left out', () => {
    const v = verdict({
      level: 'danger',
      findings: [
        finding({ ruleId: 'list-hit', severity: 'danger', messageKey: 'rule_list_hit', params: ['Scam List', 'aliexpress.com'] }),
        finding({ ruleId: 'feedback-falling', severity: 'caution', messageKey: 'rule_feedback_falling', params: [97.4, 86.5, '2026-10-14'] }),
        finding({ ruleId: 'long-delivery', severity: 'info', messageKey: 'rule_long_delivery', params: [40] }),
        finding(), finding(),
      ],
    });
    const en = bannerPayload(v, URL_, tr('en'), 'en')!;
    expect(en.title).toBe('Danger — Shopping Guard');
    expect(en.reasons).toHaveLength(MAX_BANNER_REASONS);
    expect(en.reasons[0]).toBe('Scam List lists this site (aliexpress.com).');
    expect(en.reasons[1]).toContain('(seen on 14 Oct 2026)');
    expect(en.reasons.join(' ')).not.toContain('Delivery may take');
    expect(en.labels.snooze).toBe('Hide on aliexpress.com for 24 hours');
    const zh = bannerPayload(v, URL_, tr('zh_CN'), 'zh_CN')!;
    expect(zh.lang).toBe('zh-CN');
    expect(zh.title).toBe('危险 — 购物卫士');
    expect(zh.reasons[1]).toContain('2026年10月14日');
    expect(bannerPayload(verdict({ level: 'low' }), URL_, tr('en'), 'en')).toBeNull();
  });
});

describe('snooze store', () => {
  it('keeps only well-formed entries, drops expired ones and bounds the size', () => {
    expect(parseSnooze({ 'a.example': 5, b: 'x', '': 3, c: Number.NaN })).toEqual({ 'a.example': 5 });
    expect(parseSnooze([1])).toEqual({});
    const now = 1_000;
    let map = withSnooze({ 'old.example': 500 }, 'a.example', now + 10, now);
    expect(map).toEqual({ 'a.example': now + 10 });
    expect(isSnoozed(map, 'a.example', now)).toBe(true);
    expect(isSnoozed(map, 'a.example', now + 10)).toBe(false);
    for (let i = 0; i < MAX_SNOOZED_SITES + 20; i++) map = withSnooze(map, `s${i}.example`, now + 100 + i, now);
    expect(Object.keys(map)).toHaveLength(MAX_SNOOZED_SITES);
    expect(map[`s${MAX_SNOOZED_SITES + 19}.example`]).toBeDefined();
    expect(activeSnoozes({ b: now + 5, a: now + 2, c: now - 1 }, now).map((s) => s.site)).toEqual(['a', 'b']);
  });

  it('snoozes a site in storage.local for a day', async () => {
    await snoozeSite('shop.example', 10_000);
    expect(await readSnooze()).toEqual({ 'shop.example': 10_000 + SNOOZE_MS });
    expect((await fakeBrowser.storage.local.get('bannerSnooze')).bannerSnooze).toEqual({ 'shop.example': 10_000 + SNOOZE_MS });
  });
});

describe('showBanner handler', () => {
  const sender = { kind: 'content-script' as const, tabId: 3, url: new URL(URL_) };
  const setup = async (level: 'warning' | 'low' = 'warning') => {
    const facts = makeFacts();
    await saveTabState(3, { url: URL_, facts, verdict: verdict({ level }) });
    const inject = vi.fn(async () => true);
    return { inject, handlers: createBannerHandlers({ inject, now: () => 5_000 }) };
  };

  it('injects the banner for the sender\'s own stored verdict, in the user\'s language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    // The translator reads the built locale files; give it the few strings the banner needs.
    const messages = { level_warning: 'Warning', line_warning: 'Careful.', banner_title: '$1 — Shopping Guard' };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, { message: v }]))))));
    await updateSettings({ language: 'en' });
    const { inject, handlers } = await setup();
    expect(await handlers.showBanner({}, sender)).toEqual({ shown: true });
    const [tabId, p] = inject.mock.calls[0] as unknown as [number, BannerPayload];
    expect(tabId).toBe(3);
    expect(p).toMatchObject({ level: 'warning', url: URL_, site: 'aliexpress.com', title: 'Warning — Shopping Guard' });
    vi.unstubAllGlobals();
  });

  it('refuses other pages\' verdicts, respects the settings and the snooze, and never runs for extension pages', async () => {
    const { inject, handlers } = await setup();
    expect(await handlers.showBanner({}, { ...sender, url: new URL('https://www.aliexpress.com/item/2.html') })).toEqual({ shown: false, reason: 'no-verdict' });
    expect(await handlers.showBanner({}, { ...sender, tabId: 4 })).toEqual({ shown: false, reason: 'no-verdict' });
    await updateSettings({ banner: false });
    expect(await handlers.showBanner({}, sender)).toEqual({ shown: false, reason: 'off' });
    await updateSettings({ banner: true });
    await snoozeSite('aliexpress.com', 1_000);
    expect(await handlers.showBanner({}, sender)).toEqual({ shown: false, reason: 'snoozed' });
    await expect(handlers.showBanner({}, { kind: 'extension-page' })).rejects.toThrow(/content scripts only/);
    expect(inject).not.toHaveBeenCalled();
    const low = await setup('low');
    expect(await low.handlers.showBanner({}, sender)).toEqual({ shown: false, reason: 'level' });
  });
});
