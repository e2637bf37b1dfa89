// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SellerCard } from '@/components/seller-card';
import { HistoryChart, pickSeries, plot } from '@/components/history-chart';
import { pageFactsSchema, type PageFacts } from '@/lib/facts/page-facts';
import type { SellerHistoryResponse } from '@/lib/reputation/seller-history';
import { mount, tr, verdict } from './support';

const m = mount();
afterEach(() => m.unmount());

const NOW = Date.parse('2026-11-28T10:00:00Z');
const DAY = 86_400_000;
const facts = (over: Partial<PageFacts> = {}): PageFacts => pageFactsSchema.parse({
  marketplace: 'aliexpress', pageKind: 'product', url: 'https://www.aliexpress.com/item/1.html',
  product: { title: 'Earbuds', price: { amount: '1299.5', currency: 'USD' }, rating: 4.25, reviewCount: 1234 },
  seller: { name: 'Sunrise Gadget Store', id: '900123456', feedbackPercent: 86.5, feedbackCount: 12345, openedAt: '2026-09-20', location: 'CN' },
  shipping: { from: 'CN' },
  extraction: { adapter: 'aliexpress', version: 2, missing: [] },
  ...over,
});
const history = (points: SellerHistoryResponse['points']): SellerHistoryResponse => ({
  sellerKey: 'aliexpress:900123456', firstSeen: points[0]?.at ?? null, lastSeen: points.at(-1)?.at ?? null, listings: 2, points,
});

describe('SellerCard', () => {
  it('names the seller and shows store age, feedback, origin and the item, formatted per language', async () => {
    await m.render(<SellerCard verdict={verdict()} facts={facts()} history={undefined} t={tr('en')} now={NOW} />);
    const text = m.container.textContent!;
    expect(m.container.querySelector('h2')?.textContent).toBe('Seller: Sunrise Gadget Store');
    expect(text).toContain('opened 20 Sept 2026 (2 months ago)');
    expect(text).toContain('86.5% positive (12,345 ratings)');
    expect(text).toContain('Based inChina');
    expect(text).toContain('US$1,299.50');
    expect(text).toContain('4.3 of 5 (1,234 reviews)');
    await m.render(<SellerCard verdict={verdict()} facts={facts()} history={undefined} t={tr('zh_CN')} now={NOW} />);
    const zh = m.container.textContent!;
    expect(zh).toContain('2026年9月20日 开店（2 个月前）');
    expect(zh).toContain('好评率 86.5%（12,345 条评价）');
    expect(zh).toContain('中国');
    expect(zh).toContain('US$1,299.50');
  });

  it('counts years from two years on, and says "not named" for an unnamed seller', async () => {
    await m.render(<SellerCard verdict={verdict({ subject: { host: 'aliexpress.com', marketplace: 'aliexpress' } })} facts={facts({ seller: { years: 3 } })} history={undefined} t={tr('en')} now={NOW} />);
    expect(m.container.querySelector('h2')?.textContent).toBe('Seller: not named on this page');
    expect(m.container.textContent).toContain('3 years on the platform');
  });

  it('shows the history seen on this machine as a chart with its summary in words and a table', async () => {
    const points = [
      { at: NOW - 40 * DAY, feedbackPercent: 97.4, price: '21.99', currency: 'USD' },
      { at: NOW - 20 * DAY, feedbackPercent: 94.8, price: '20.99', currency: 'USD' },
      { at: NOW, feedbackPercent: 86.5, price: '19.99', currency: 'USD' },
    ];
    await m.render(<SellerCard verdict={verdict()} facts={facts()} history={history(points)} t={tr('en')} now={NOW} />);
    expect(m.container.textContent).toContain('Seen 3 times on this computer since 19 Oct 2026 (listings: 2).');
    const svg = m.container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const caption = m.container.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`);
    expect(caption?.textContent).toBe('Positive feedback went from 97.4% (19 Oct 2026) to 86.5% (28 Nov 2026).');
    expect(svg.getAttribute('class')).toContain('history__svg--falling');
    expect(m.container.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(m.container.querySelectorAll('circle')).toHaveLength(3);
  });

  it('says when this is the first sighting', async () => {
    await m.render(<SellerCard verdict={verdict()} facts={facts()} history={history([{ at: NOW, feedbackPercent: 86.5 }])} t={tr('en')} now={NOW} />);
    expect(m.container.textContent).toContain('Seen once on this computer, on 28 Nov 2026.');
    expect(m.container.querySelector('svg')).toBeNull();
  });
});

describe('history chart data', () => {
  it('plots feedback first, then rating, then price in the latest currency only', () => {
    expect(pickSeries([{ at: 1, feedbackPercent: 90, rating: 4 }, { at: 2, feedbackPercent: 80, rating: 3 }])?.metric).toBe('feedbackPercent');
    expect(pickSeries([{ at: 1, feedbackPercent: 90, rating: 4 }, { at: 2, rating: 3 }])?.metric).toBe('rating');
    const price = pickSeries([{ at: 1, price: '10', currency: 'EUR' }, { at: 2, price: '12', currency: 'USD' }, { at: 3, price: '11', currency: 'USD' }]);
    expect(price).toEqual({ metric: 'price', currency: 'USD', values: [{ at: 2, value: 12 }, { at: 3, value: 11 }] });
    expect(pickSeries([{ at: 1, price: '10', currency: 'EUR' }])).toBeUndefined();
  });

  it('maps time to x and value to y (higher is up), spreading same-time points', () => {
    const pts = plot([{ at: 0, value: 10 }, { at: 10, value: 20 }]);
    expect(pts[0]!.x).toBeLessThan(pts[1]!.x);
    expect(pts[0]!.y).toBeGreaterThan(pts[1]!.y);
    const same = plot([{ at: 5, value: 1 }, { at: 5, value: 1 }, { at: 5, value: 1 }]);
    expect(new Set(same.map((p) => p.x)).size).toBe(3);
    expect(new Set(same.map((p) => p.y)).size).toBe(1);
  });

  it('formats a price chart in the currency, in Chinese too', async () => {
    const series = pickSeries([{ at: NOW - DAY, price: '19.5', currency: 'EUR' }, { at: NOW, price: '21', currency: 'EUR' }])!;
    await m.render(<HistoryChart series={series} t={tr('zh_CN')} locale="zh_CN" />);
    expect(m.container.querySelector('figcaption')?.textContent).toBe('价格从 €19.50（2026年11月27日）变为 €21.00（2026年11月28日）。');
  });
});
