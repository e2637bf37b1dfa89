// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createReader, LATE_DATA_WINDOW_MS, SETTLE_MS, type ReaderDeps } from '@/lib/content/reader';
import { extractPage } from '@/lib/sites/registry';

const SHOP = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle","sku":"K1","offers":{"@type":"Offer","price":"20.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script><h1>Kettle</h1>`;

function setup(html: string, over: Partial<ReaderDeps> = {}) {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  let domChanged: (() => void) | undefined;
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let now = 0;
  let nextId = 1;
  const deps: ReaderDeps = {
    doc: doc as unknown as Document,
    location: () => 'https://www.kettle-shop.example/products/kettle',
    hidden: () => false,
    extract: extractPage,
    report: vi.fn(async () => null),
    reportNotShop: vi.fn(async () => ({})),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ fn, at: now + ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    observe: (cb) => {
      domChanged = cb;
      return () => {
        domChanged = undefined;
      };
    },
    ...over,
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { deps, doc, advance, change: () => domChanged?.(), observing: () => domChanged !== undefined };
}

describe('content reader', () => {
  it('reports the facts of a shop page even when nobody listens for the verdict', async () => {
    const { deps } = setup(SHOP);
    const reader = createReader(deps);
    reader.start();
    await vi.waitFor(() => expect(deps.report).toHaveBeenCalledTimes(1));
    const facts = vi.mocked(deps.report).mock.calls[0]![0];
    expect(facts.product?.price).toEqual({ amount: '20', currency: 'EUR' });
    expect(deps.reportNotShop).not.toHaveBeenCalled();
  });

  it('tells the background once that a page is not a shop, then reads late data when it arrives', async () => {
    const { deps, doc, advance, change } = setup('<p>Loading…</p>');
    const reader = createReader(deps);
    reader.start();
    await vi.waitFor(() => expect(deps.reportNotShop).toHaveBeenCalledTimes(1));
    // Late data: the page renders its product data after load.
    doc.body.insertAdjacentHTML('beforeend', SHOP);
    change();
    await advance(SETTLE_MS);
    await vi.waitFor(() => expect(deps.report).toHaveBeenCalledTimes(1));
    expect(deps.reportNotShop).toHaveBeenCalledTimes(1);
  });

  it('does not send the same facts twice, and stops watching after the bounded window', async () => {
    const { deps, advance, change, observing } = setup(SHOP);
    const reader = createReader(deps);
    reader.start();
    await vi.waitFor(() => expect(deps.report).toHaveBeenCalledTimes(1));
    change();
    await advance(SETTLE_MS);
    expect(deps.report).toHaveBeenCalledTimes(1);
    await advance(LATE_DATA_WINDOW_MS);
    expect(observing()).toBe(false);
  });

  it('reads again after in-page navigation, and retries after a failed report', async () => {
    const report = vi.fn().mockRejectedValueOnce(new Error('worker restarting')).mockResolvedValue(null);
    const { deps } = setup(SHOP, { report });
    const reader = createReader(deps);
    reader.start();
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(1));
    await reader.readOnce();
    expect(report).toHaveBeenCalledTimes(2);
    reader.navigated();
    await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(3));
  });

  it('does no work in a hidden tab', async () => {
    const { deps } = setup(SHOP, { hidden: () => true });
    const reader = createReader(deps);
    reader.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(deps.report).not.toHaveBeenCalled();
    expect(deps.reportNotShop).not.toHaveBeenCalled();
  });
});
