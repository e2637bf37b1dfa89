// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { fakeBrowser } from 'wxt/testing';
import { makeTranslate, type Locale, type Translate } from '@/lib/i18n/translator';
import { getRights } from '@/lib/rights/handlers';
import { setReminder, clearReminder } from '@/lib/rights/reminder-service';
import { computeDeadlines } from '@/lib/rights/deadlines';
import { rightById } from '@/lib/rights/knowledge-base';
import type { RightEntry } from '@/lib/rights/schema';
import type { RightsItem } from '@/lib/rights/messages';
import { RightsEntryCard } from '@/components/rights-entry-card';
import { RightsSection } from '@/components/rights-section';
import { LetterComposer } from '@/components/letter-composer';

const NOW = Date.parse('2026-11-28T10:00:00Z');

vi.mock('@/lib/messaging/client', () => ({
  send: vi.fn(async (type: string, data: never) => {
    if (type === 'getRights') return getRights(data, NOW);
    if (type === 'setReminder') return setReminder(data, NOW);
    if (type === 'clearReminder') return clearReminder((data as { caseId: string }).caseId);
    throw new Error(`unexpected ${type}`);
  }),
}));

const messages = (locale: string) => {
  const yml = parseYAML<Record<string, string>>(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8'));
  return Object.fromEntries(Object.entries(yml).map(([k, v]) => [k, { message: String(v) }]));
};
const tr = (locale: Locale): Translate & { locale: Locale } => Object.assign(makeTranslate(messages(locale), messages('en')), { locale });

let container: HTMLDivElement;
let root: Root;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(node: React.ReactNode) {
  await act(async () => root.render(node));
}
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}
async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
const item = (id: string, dates = {}): RightsItem => {
  const entry = rightById(id) as RightEntry;
  return { entry, relevance: 'applies', reasons: ['marketplace'], deadlines: computeDeadlines([entry], dates, NOW, { timeZone: 'UTC' }) };
};

describe('RightsEntryCard', () => {
  it('labels the article by its heading, shows the deadline in words and opens sources safely', async () => {
    await render(<RightsEntryCard item={item('cn-crpl-art25-no-reason-return', { deliveryDate: '2026-11-28' })} t={tr('en')} locale="en" today="2026-11-28" />);
    const article = container.querySelector('article')!;
    const heading = container.querySelector(`#${CSS.escape(article.getAttribute('aria-labelledby')!)}`);
    expect(heading?.tagName).toBe('H3');
    expect(heading?.textContent).toContain('Seven-day no-reason return');
    expect(container.querySelector('[data-window="main"]')?.textContent).toContain('Last day 5 Dec · 7 days left');
    expect(container.querySelector('[data-testid="unverified-badge"]')).toBeNull();
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.textContent).toContain('(opens in a new tab)');
    }
    expect(container.querySelector('details > summary')?.textContent).toBe('Conditions, steps and sources');
  });

  it('shows an "unverified" badge, explained for screen readers, on weak entries; Chinese text in Chinese', async () => {
    await render(<RightsEntryCard item={item('jd-worldwide-returns')} t={tr('zh_CN')} locale="zh_CN" today="2026-11-28" />);
    const badge = container.querySelector('[data-testid="unverified-badge"]');
    expect(badge?.textContent).toContain('未经核实');
    expect(badge?.querySelector('.sr-only')?.textContent).toContain('资料来源不足以确认此项');
    expect(container.textContent).toContain('京东国际退货规则');
    expect(container.textContent).toContain('政策截至2026年11月28日');
    await render(<RightsEntryCard item={item('lazada-returns')} t={tr('en')} locale="en" today="2026-11-28" />);
    expect(container.querySelector('[data-testid="unverified-badge"]')).not.toBeNull();
  });

  it('says when a start date is missing', async () => {
    await render(<RightsEntryCard item={item('eu-crd-withdrawal')} t={tr('en')} locale="en" today="2026-11-28" />);
    expect(container.querySelector('[data-window="main"]')?.textContent).toContain('14 days from the delivery date: add that date to see the last day.');
  });
});

describe('RightsSection', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  });

  it('asks where the shopper lives, then lists the rights; the payment choice narrows them', async () => {
    await render(<RightsSection t={tr('en')} caseInput={{ marketplace: 'aliexpress', sellerCountry: 'CN', dates: { deliveryDate: '2026-11-20' } }} />);
    await settle();
    expect(container.textContent).toContain('Where do you live?');
    const [jurisdiction, payment] = [...container.querySelectorAll('select')] as HTMLSelectElement[];
    expect([...jurisdiction!.options].map((o) => o.value)).toContain('EU');
    await choose(jurisdiction!, 'EU');
    expect(container.querySelector('[data-entry="eu-crd-withdrawal"]')).not.toBeNull();
    expect(container.querySelector('[data-entry="mastercard-chargeback"]')).not.toBeNull();
    expect(container.textContent).toContain('You live in European Union');
    await choose(payment!, 'paypal');
    expect(container.querySelector('[data-entry="mastercard-chargeback"]')).toBeNull();
    expect(container.querySelector('[data-entry="paypal-buyer-protection"]')).not.toBeNull();
    // Order: the platform's programme first.
    expect(container.querySelector('article')?.getAttribute('data-entry')).toBe('aliexpress-buyer-protection');
    expect(container.querySelector('[data-channel="econsumer-gov"]')).not.toBeNull();
    expect(container.textContent).toContain('Save this purchase as a case');
  });

  it('turns reminders on for a case with a checkbox and announces them', async () => {
    await render(
      <RightsSection t={tr('en')} caseInput={{ caseId: 'c1', marketplace: 'ebay', paymentMethod: 'paypal', dates: { deliveryDate: '2026-11-20', paymentDate: '2026-11-18' } }} caseLabel="Order 1" />,
    );
    await settle();
    const box = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.labels?.[0]?.textContent).toBe('Remind me before these deadlines');
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    await settle();
    expect(box.checked).toBe(true);
    const status = container.querySelector('.rights-reminders [role="status"]')?.textContent ?? '';
    expect(status).toMatch(/^\d+ reminders set\. Next: /);
    expect((await fakeBrowser.alarms.getAll()).some((a) => a.name.startsWith('rights:c1:ebay-money-back-guarantee:main:'))).toBe(true);
    await act(async () => box.click());
    await settle();
    expect(box.checked).toBe(false);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('LetterComposer', () => {
  const caseInput = {
    platform: 'amazon', orderNumber: 'A-1', seller: 'ACME', orderDate: '2026-11-01', deliveryDate: '2026-11-10',
    amountPaid: { amount: '20', currency: 'USD' }, buyerName: 'Sam', evidence: [{ label: 'Listing', sha256: 'c'.repeat(64) }],
  };

  it('fills the chosen template, switches language, copies and saves', async () => {
    const writeClipboard = vi.fn(async () => undefined);
    const saveFile = vi.fn();
    await render(<LetterComposer t={tr('en')} caseInput={caseInput} items={[item('amazon-a-to-z-guarantee', { estimatedDelivery: '2026-11-08' })]} writeClipboard={writeClipboard} saveFile={saveFile} />);
    const text = () => (container.querySelector('textarea') as HTMLTextAreaElement).value;
    expect(text()).toContain('Subject: Return request – order A-1');
    expect(text()).toContain('Amazon A-to-z Guarantee');
    const [kind, lang] = [...container.querySelectorAll('select')] as HTMLSelectElement[];
    await choose(kind!, 'non-delivery');
    expect(text()).toContain('Subject: Order A-1 not delivered');
    await choose(lang!, 'zh_CN');
    expect(text()).toContain('主题：订单 A-1 未收到货');
    expect(text()).toContain('US$20.00');
    const [copy, save] = [...container.querySelectorAll('button')];
    await act(async () => copy!.click());
    expect(writeClipboard).toHaveBeenCalledWith(text());
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Copied to the clipboard.');
    await act(async () => save!.click());
    expect(saveFile).toHaveBeenCalledWith('letter-non-delivery-A-1-zh_CN.txt', text());
  });

  it('lists the blanks to fill, offers agencies for a complaint, and keeps or undoes edits', async () => {
    const channels = [rightById('cn-crpl-art25-no-reason-return')!.complaints[0]!];
    await render(<LetterComposer t={tr('en')} caseInput={{ platform: 'temu' }} channels={channels} writeClipboard={vi.fn(async () => { throw new Error('denied'); })} />);
    expect(container.querySelector('.letter-composer__missing')?.textContent).toContain('order number');
    const [kind] = [...container.querySelectorAll('select')] as HTMLSelectElement[];
    await choose(kind!, 'agency-complaint');
    const selects = [...container.querySelectorAll('select')] as HTMLSelectElement[];
    expect(selects).toHaveLength(3);
    const area = container.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toContain('To: National 12315 platform');
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(area, 'my own words');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(area.value).toBe('my own words');
    const [copy, , reset] = [...container.querySelectorAll('button')];
    await act(async () => copy!.click());
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Could not copy');
    await act(async () => reset!.click());
    expect(area.value).toContain('To: National 12315 platform');
  });
});
