// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserRule } from '@/lib/db/user-rules-schema';
import type { PageFacts } from '@/lib/facts/page-facts';
import { pageFactsSchema } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import { PopupApp, VERDICT_SHOWN_MARK } from '@/components/popup-app';
import { click, finding, labelOf, mount, settle, tr, type, verdict, waitFor } from './support';

/**
 * The popup against a scripted background: the verdict alone is enough to
 * show the header; rules, history and the report link arrive later; user
 * actions send the right messages and keep the note.
 */
type Call = { type: string; data: unknown };
const calls: Call[] = [];
const pending = new Map<string, (v: unknown) => void>();
let state: { verdict: Verdict; facts: PageFacts; rules: UserRule[]; report: { url: string | null; listTitle: string | null } };
/** Messages answered only when the test releases them. */
let held = new Set<string>();

vi.mock('@/lib/messaging/client', () => ({
  send: vi.fn(async (type: string, data: unknown) => {
    calls.push({ type, data });
    const answer = (): unknown => {
      switch (type) {
        case 'getTabVerdict': return { verdict: state.verdict, facts: state.facts, notShop: false };
        case 'listUserRules': return state.rules;
        case 'getSellerHistory': return { sellerKey: 'aliexpress:900123456', firstSeen: 1, lastSeen: 1, listings: 1, points: [{ at: Date.parse('2026-11-28T10:00:00Z'), feedbackPercent: 86.5 }] };
        case 'getReportUrl': return state.report;
        case 'setUserRule': {
          const d = data as { target: { kind: string; domain?: string; marketplace?: string; sellerId?: string }; action: UserRule['action']; note?: string };
          const key = d.target.kind === 'domain' ? d.target.domain! : `${d.target.marketplace}:${d.target.sellerId}`;
          const rule: UserRule = { id: `${d.target.kind}:${key}`, kind: d.target.kind as 'domain', key, label: key, action: d.action, ...(d.note !== undefined ? { note: d.note } : {}), createdAt: 1, updatedAt: 2 };
          state.rules = [...state.rules.filter((r) => r.id !== rule.id), rule];
          if (d.action === 'block') state.verdict = { ...state.verdict, level: 'danger', override: 'blocked' };
          return rule;
        }
        case 'removeUserRule': {
          state.rules = state.rules.filter((r) => r.id !== (data as { id: string }).id);
          return { removed: true };
        }
        case 'listCases': return [];
        case 'storageUsage': return { evidenceBytes: 0, captures: 0, cases: 0 };
        default: throw new Error(`not scripted: ${type}`);
      }
    };
    if (held.has(type)) return new Promise((resolve) => pending.set(type, () => resolve(answer())));
    return answer();
  }),
}));
vi.mock('@/lib/popup/target-tab', () => ({ targetTab: async () => ({ id: 7, url: 'https://www.aliexpress.com/item/1.html' }) }));
vi.mock('@/components/use-translate', () => ({ useTranslate: () => tr('en') }));
// The lazy panels have their own tests; here they only need to load.
vi.mock('@/components/rights-section', () => ({ RightsSection: () => <section data-testid="rights-stub" /> }));

const m = mount();
const facts = pageFactsSchema.parse({
  marketplace: 'aliexpress', pageKind: 'product', url: 'https://www.aliexpress.com/item/1.html',
  seller: { name: 'Sunrise Gadget Store', id: '900123456', feedbackPercent: 86.5 }, extraction: { adapter: 'aliexpress', version: 2, missing: [] },
});

beforeEach(() => {
  calls.length = 0;
  pending.clear();
  held = new Set();
  performance.clearMarks();
  state = { verdict: verdict(), facts, rules: [], report: { url: null, listTitle: null } };
});
afterEach(() => m.unmount());

describe('PopupApp', () => {
  it('shows the verdict before the rest has loaded, marks the moment, then fills in the details', async () => {
    held = new Set(['listUserRules', 'getSellerHistory']);
    await m.render(<PopupApp search="?tab=7" />);
    await settle();
    expect(m.container.querySelector('[data-level="warning"]')).not.toBeNull();
    expect(performance.getEntriesByName(VERDICT_SHOWN_MARK)).toHaveLength(1);
    expect(calls[0]).toEqual({ type: 'getTabVerdict', data: { tabId: 7 } });
    // Decisions wait for the rules; the seller card is there without its history.
    expect(m.container.querySelector('.actions')).toBeNull();
    expect(m.container.querySelector('[data-testid="seller-card"]')?.textContent).not.toContain('Seen once');
    pending.get('listUserRules')!(undefined);
    pending.get('getSellerHistory')!(undefined);
    await settle();
    expect(m.container.querySelector('.actions button')?.textContent).toBe('Trust this seller');
    expect(m.container.querySelector('[data-testid="seller-card"]')?.textContent).toContain('Seen once on this computer');
    await waitFor(() => m.container.querySelector('[data-testid="rights-stub"]'));
    await waitFor(() => m.container.querySelector('#ev-title'));
    // No list finding: no report lookup.
    expect(calls.some((c) => c.type === 'getReportUrl')).toBe(false);
  });

  it('blocks a seller and shows it as the user\'s own decision; removing it keeps the note', async () => {
    state.rules = [{ id: 'seller:aliexpress:900123456', kind: 'seller', key: 'aliexpress:900123456', label: 'Sunrise Gadget Store', action: 'note', note: 'Slow replies', createdAt: 1, updatedAt: 1 }];
    await m.render(<PopupApp search="?tab=7" />);
    await settle();
    expect(m.container.querySelector('[data-testid="user-note"]')?.textContent).toBe('Slow replies');
    await click([...m.container.querySelectorAll('button')].find((b) => b.textContent === 'Block this seller'));
    const set = calls.find((c) => c.type === 'setUserRule')!.data;
    expect(set).toEqual({ target: { kind: 'seller', marketplace: 'aliexpress', sellerId: '900123456', sellerName: 'Sunrise Gadget Store' }, action: 'block', note: 'Slow replies' });
    expect(m.container.querySelector('[data-override="blocked"]')).not.toBeNull();
    expect(m.container.querySelector('[data-testid="decision"]')?.textContent).toBe('You blocked this seller.');
    await click([...m.container.querySelectorAll('button')].find((b) => b.textContent === 'Remove my decision'));
    expect(calls.filter((c) => c.type === 'setUserRule').at(-1)!.data).toMatchObject({ action: 'note', note: 'Slow replies' });
  });

  it('adds a note from the keyboard-reachable form, labelled for screen readers', async () => {
    await m.render(<PopupApp search="?tab=7" />);
    await settle();
    await click([...m.container.querySelectorAll('button')].find((b) => b.textContent === 'Add a note'));
    const area = m.container.querySelector('form.note textarea') as HTMLTextAreaElement;
    expect(labelOf(area)).toBe('Your note on this seller');
    await type(area, '  Ordered twice, both arrived  ');
    await click(m.container.querySelector('form.note button[type="submit"]'));
    expect(calls.find((c) => c.type === 'setUserRule')!.data).toMatchObject({ action: 'note', note: 'Ordered twice, both arrived' });
    expect(m.container.querySelector('[data-testid="user-note"]')?.textContent).toBe('Ordered twice, both arrived');
  });

  it('offers "report a wrong verdict" only where a list with an issue page decided', async () => {
    state.verdict = verdict({ level: 'danger', findings: [finding({ ruleId: 'list-hit', severity: 'danger', messageKey: 'rule_list_hit', params: ['Scam List', 'aliexpress.com'], source: { kind: 'list', title: 'Scam List' } })] });
    state.report = { url: 'https://github.com/x/scam-list/issues', listTitle: 'Scam List' };
    await m.render(<PopupApp search="?tab=7" />);
    await settle();
    const link = m.container.querySelector('[data-testid="report-wrong-verdict"]')!;
    expect(link.getAttribute('href')).toBe('https://github.com/x/scam-list/issues');
    expect(link.textContent).toBe('Wrong verdict? Tell the maintainers of Scam List (opens in a new tab)');
    expect(calls.find((c) => c.type === 'getReportUrl')!.data).toEqual({ tabId: 7 });
  });
});
