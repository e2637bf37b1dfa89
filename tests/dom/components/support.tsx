import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { makeTranslate, type Locale, type Translate } from '@/lib/i18n/translator';
import type { Finding, Verdict } from '@/lib/facts/verdict';

/** Helpers for component tests: real locale files, a React root in happy-dom, findings and verdicts. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const messages = (locale: string) => {
  const yml = parseYAML<Record<string, string>>(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8'));
  return Object.fromEntries(Object.entries(yml).map(([k, v]) => [k, { message: String(v) }]));
};
const cache = new Map<Locale, Translate & { locale: Locale }>();
export const tr = (locale: Locale): Translate & { locale: Locale } => {
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = Object.assign(makeTranslate(messages(locale), messages('en')), { locale })));
  return t;
};

export interface Mounted {
  container: HTMLDivElement;
  render(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

export function mount(): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root = createRoot(container);
  return {
    container,
    async render(node) {
      if (!container.isConnected) document.body.append(container);
      await act(async () => root.render(node));
    },
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
      root = createRoot(container);
    },
  };
}

/** Lets pending promises and effects run. */
export async function settle(rounds = 8) {
  for (let i = 0; i < rounds; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
  await settle();
}

/** Types into an input or textarea the way React notices (native setter + input event). */
export async function type(el: Element | null | undefined, value: string) {
  if (!el) throw new Error('nothing to type into');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
  await settle();
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'young-store', category: 'reputation', severity: 'warning', messageKey: 'rule_young_store', params: [3],
    evidence: { openedAt: '2026-09-29', storeAgeMonths: 2 },
    source: { kind: 'guidance', title: 'AliExpress seller guide', url: 'https://example.org/guide' },
    ...over,
  };
}

export function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    level: 'warning', findings: [finding()], checkedAt: '2026-11-28T10:00:00.000Z', rulesVersion: 1, listsVersion: 'none',
    subject: { host: 'aliexpress.com', marketplace: 'aliexpress', sellerId: '900123456', sellerName: 'Sunrise Gadget Store' },
    ...over,
  };
}

/** Settles until `check` returns something truthy (lazy chunks, chained fetches), or fails after `ms`. */
export async function waitFor<T>(check: () => T | null | undefined | false, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = check();
    if (got) return got;
    if (Date.now() > until) throw new Error('waitFor: condition not met');
    await settle(1);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The text of the <label for=…> of a control (happy-dom's `labels` does not resolve React's ids). */
export function labelOf(control: Element): string | undefined {
  return [...control.ownerDocument.querySelectorAll('label')].find((l) => l.getAttribute('for') === control.id)?.textContent ?? undefined;
}
