// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import type { UserRule } from '@/lib/db/user-rules-schema';
import { OptionsApp, SECTIONS, sectionOf } from '@/components/options-app';
import { THIRD_PARTY } from '@/components/options-about';
import { getSettings, updateSettings } from '@/lib/settings/settings';
import { readSnooze, snoozeSite } from '@/lib/banner/snooze';
import { click, labelOf, mount, settle, tr, type, waitFor } from './support';

type Call = { type: string; data: unknown };
const calls: Call[] = [];
let rules: UserRule[] = [];
let importReply: unknown;

vi.mock('@/lib/messaging/client', () => ({
  send: vi.fn(async (type: string, data: unknown) => {
    calls.push({ type, data });
    switch (type) {
      case 'listUserRules': return rules;
      case 'setUserRule': return { ...rules[0], ...(data as object) };
      case 'removeUserRule': rules = []; return { removed: true };
      case 'listCatalog': return {
        lists: [{ id: 'scam', origin: 'catalog', title: 'Scam Blocklist', category: 'fake_shop', severity: 'danger', format: 'abp', license: 'MIT', homepage: 'https://github.com/x/scam', enabled: true, enabledByDefault: true, entryCount: 12345, version: '2026-08-25T10:00:00.000Z' }],
        allowlist: { shipped: ['aliexpress.com'], user: [] },
      };
      case 'eraseUserData': return { cleared: ['userRules'] };
      case 'importUserData': return importReply;
      case 'listCases': return [];
      case 'storageUsage': return { evidenceBytes: 0, captures: 0, cases: 0 };
      default: throw new Error(`not scripted: ${type}`);
    }
  }),
}));
vi.mock('@/components/use-translate', () => ({ useTranslate: () => tr('en') }));

const m = mount();
const q = <E extends Element = HTMLElement>(sel: string) => m.container.querySelector<E>(sel);
const byText = (sel: string, text: string | RegExp) => [...m.container.querySelectorAll<HTMLElement>(sel)].find((e) => (typeof text === 'string' ? e.textContent === text : text.test(e.textContent ?? '')));

async function go(section: string) {
  await act(async () => {
    location.hash = `#${section}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await waitFor(() => q(`main[data-section="${section}"]`));
  await waitFor(() => !/Loading…/.test(q('main')?.textContent ?? '') && q('main'));
}

beforeEach(() => {
  calls.length = 0;
  rules = [{ id: 'seller:aliexpress:900123456', kind: 'seller', key: 'aliexpress:900123456', label: 'Sunrise Gadget Store', action: 'block', note: 'Never arrived', createdAt: 1, updatedAt: Date.parse('2026-11-20T10:00:00Z') }];
  location.hash = '';
});
afterEach(() => m.unmount());

describe('OptionsApp', () => {
  it('navigates between sections with plain links, marks the current one and moves focus to its heading', async () => {
    expect(sectionOf('#nope')).toBe('settings');
    await m.render(<OptionsApp />);
    await settle();
    const links = [...m.container.querySelectorAll('nav a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SECTIONS.map((s) => `#${s}`));
    expect(q('nav')?.getAttribute('aria-label')).toBe('Settings sections');
    expect(q('nav a[aria-current="page"]')?.textContent).toBe('Settings');
    await go('privacy');
    expect(q('nav a[aria-current="page"]')?.textContent).toBe('Privacy');
    expect(document.activeElement).toBe(q('main h2'));
    expect(q('main')?.textContent).toContain('no server and no analytics');
    expect(document.title).toBe('Privacy · Cross-Border Shopping Guard');
  });

  it('settings write to storage: sensitivity, banner, and the snoozed sites can be shown again', async () => {
    await snoozeSite('bad-shop.example');
    await m.render(<OptionsApp />);
    await waitFor(() => q('fieldset'));
    expect(q('fieldset legend')?.textContent).toBe('Warning sensitivity: when a banner appears on the page');
    await click(q('input[value="strict"]'));
    expect((await getSettings()).sensitivity).toBe('strict');
    const banner = [...m.container.querySelectorAll('input[type="checkbox"]')].find((c) => labelOf(c) === 'Show a banner on risky pages') as HTMLInputElement;
    expect(banner.checked).toBe(true);
    await click(banner);
    expect((await getSettings()).banner).toBe(false);
    await waitFor(() => byText('li', /^bad-shop\.example until /));
    await click(m.container.querySelector('button[aria-label="Show the banner again on bad-shop.example"]'));
    expect(await readSnooze()).toEqual({});
    await waitFor(() => !byText('li', /^bad-shop\.example until /) && q('main'));
  });

  it('lists every decision and note; edits the note and removes the decision', async () => {
    await m.render(<OptionsApp />);
    await go('sellers');
    const row = q('tr[data-rule-id="seller:aliexpress:900123456"]')!;
    expect(row.querySelector('th')?.textContent).toContain('Seller on aliexpress');
    expect((row.querySelector('select') as HTMLSelectElement).value).toBe('block');
    expect(row.textContent).toContain('20 Nov 2026');
    const note = row.querySelector('textarea')!;
    expect(labelOf(note)).toBe('Your note on Sunrise Gadget Store');
    await type(note, 'Never arrived, refund took 40 days');
    await click(byText('button', 'Save note'));
    expect(calls.find((c) => c.type === 'setUserRule')!.data).toEqual({
      target: { kind: 'seller', marketplace: 'aliexpress', sellerId: '900123456', sellerName: 'Sunrise Gadget Store' }, action: 'block', note: 'Never arrived, refund took 40 days',
    });
    await click(m.container.querySelector('button[aria-label="Remove your decision and note on Sunrise Gadget Store"]'));
    expect(calls.find((c) => c.type === 'removeUserRule')!.data).toEqual({ id: 'seller:aliexpress:900123456' });
    await waitFor(() => q('[data-testid="no-rules"]'));
  });

  it('shows lists with their licence, size and version date', async () => {
    await m.render(<OptionsApp />);
    await go('lists');
    const row = q('[data-list="scam"]')!;
    expect(row.textContent).toContain('Licence: MIT.');
    expect(row.textContent).toContain('12,345 entries, version of 25 Aug 2026');
    expect(labelOf(row.querySelector('input[type="checkbox"]')!)).toBe('Scam Blocklist');
  });

  it('erases everything only once confirmed, including snoozes and where the user lives', async () => {
    await updateSettings({ jurisdiction: 'DE' });
    await snoozeSite('x.example');
    await m.render(<OptionsApp />);
    await go('data');
    const erase = byText('button', 'Erase all my data') as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    await click(q('input[type="checkbox"]'));
    expect(erase.disabled).toBe(false);
    await click(erase);
    expect(calls.find((c) => c.type === 'eraseUserData')!.data).toEqual({ confirm: 'erase-everything' });
    expect(await readSnooze()).toEqual({});
    expect((await getSettings()).jurisdiction).toBeUndefined();
    expect(q('[data-testid="data-status"]')?.textContent).toBe('All your data was erased.');
  });

  it('explains a refused import in words', async () => {
    importReply = { imported: false, error: 'unsupported-version', detail: 'version 9', params: ['9'] };
    await m.render(<OptionsApp />);
    await go('data');
    const input = q<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"format":"cross-border-shopping-guard/user-data","version":9}'], 'x.json', { type: 'application/json' });
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => q('[data-testid="data-status"]')?.textContent);
    expect(q('[data-testid="data-status"]')?.textContent).toBe('The file comes from a newer version of Shopping Guard (9). Update the extension, then try again. Nothing was changed.');
    expect((calls.find((c) => c.type === 'importUserData')!.data as { mode: string }).mode).toBe('merge');
  });

  it('about: every bundled package with its licence, and the lists\' licences', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });
    await m.render(<OptionsApp />);
    await go('about');
    for (const p of THIRD_PARTY) expect(q(`[data-package="${p.name}"]`)?.textContent).toContain(`${p.name} ${p.version} — ${p.license}`);
    expect(q('[data-list="scam"]')?.textContent).toContain('Scam Blocklist — MIT');
    expect(q('main')?.textContent).toContain('Cross-Border Shopping Guard, version 0.1.0');
  });
});

describe('third-party licences file', () => {
  const root = join(__dirname, '../../..');
  const installed = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

  it('names the installed version of every package it lists (regenerate with node tools/third-party-licenses.mjs)', () => {
    for (const p of THIRD_PARTY) expect(p.version, p.name).toBe(installed(p.name));
  });

  it('covers the runtime dependencies that are bundled, each with a licence', () => {
    const names = THIRD_PARTY.map((p) => p.name);
    for (const dep of ['react', 'react-dom', 'scheduler', 'dexie', 'zod', 'fflate', 'papaparse', 'tldts']) expect(names, dep).toContain(dep);
    for (const p of THIRD_PARTY) {
      expect(p.license, p.name).toMatch(/\S/);
      if (p.text) expect(p.text.length, p.name).toBeGreaterThan(100);
    }
  });
});
