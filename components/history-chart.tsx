import { useId } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import type { SellerHistoryResponse } from '@/lib/reputation/seller-history';
import { formatDay, formatMoney, formatPercent, formatRating } from './format';

type Point = SellerHistoryResponse['points'][number];
export type HistoryMetric = 'feedbackPercent' | 'rating' | 'price';
export interface Series {
  metric: HistoryMetric;
  currency?: string;
  values: { at: number; value: number }[];
}

/**
 * What to plot: positive feedback when it was seen at least twice, else the
 * rating, else the price (in the latest currency only: mixing currencies
 * would draw a fake jump).
 */
export function pickSeries(points: readonly Point[]): Series | undefined {
  const of = (metric: 'feedbackPercent' | 'rating') =>
    points.flatMap((p) => (p[metric] !== undefined ? [{ at: p.at, value: p[metric] }] : []));
  const feedback = of('feedbackPercent');
  if (feedback.length >= 2) return { metric: 'feedbackPercent', values: feedback };
  const rating = of('rating');
  if (rating.length >= 2) return { metric: 'rating', values: rating };
  const currency = points.findLast((p) => p.price !== undefined)?.currency;
  const prices = points.flatMap((p) => {
    const value = Number(p.price);
    return p.price !== undefined && p.currency === currency && Number.isFinite(value) ? [{ at: p.at, value }] : [];
  });
  if (prices.length >= 2) return { metric: 'price', ...(currency ? { currency } : {}), values: prices };
  return undefined;
}

export function formatValue(series: Pick<Series, 'metric' | 'currency'>, value: number, locale: Locale): string {
  if (series.metric === 'feedbackPercent') return formatPercent(value, locale);
  if (series.metric === 'rating') return formatRating(value, locale);
  return formatMoney(String(value), series.currency, locale);
}

const W = 320;
const H = 64;
const PAD = 6;

/** Plot coordinates of the series inside the chart box (time on x, value on y, higher is up). */
export function plot(values: Series['values']): { x: number; y: number }[] {
  const xs = values.map((v) => v.at);
  const ys = values.map((v) => v.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  return values.map((v, i) => ({
    // Sightings at the same instant are spread evenly rather than stacked.
    x: PAD + (x1 > x0 ? (v.at - x0) / (x1 - x0) : values.length > 1 ? i / (values.length - 1) : 0.5) * (W - 2 * PAD),
    y: PAD + (y1 > y0 ? 1 - (v.value - y0) / (y1 - y0) : 0.5) * (H - 2 * PAD),
  }));
}

/**
 * A small line chart of one seller's history as seen on this machine, with
 * its summary in words for screen readers and a table behind a disclosure.
 */
export function HistoryChart({ series, t, locale }: { series: Series; t: Translate; locale: Locale }) {
  const captionId = useId();
  const pts = plot(series.values);
  const first = series.values[0]!;
  const last = series.values.at(-1)!;
  const caption = t(`ui_history_${series.metric}`, [
    formatValue(series, first.value, locale), formatDay(first.at, locale),
    formatValue(series, last.value, locale), formatDay(last.at, locale),
  ]);
  const falling = last.value < first.value && series.metric !== 'price';
  return (
    <figure className="history" data-metric={series.metric}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-labelledby={captionId} className={falling ? 'history__svg history__svg--falling' : 'history__svg'}>
        <polyline points={pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} fill="none" strokeWidth="2" />
        {pts.map((p, i) => <circle key={i} cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r="3" />)}
      </svg>
      <figcaption id={captionId} className="small">{caption}</figcaption>
      <details className="history__table small">
        <summary>{t('ui_history_table')}</summary>
        <table>
          <thead>
            <tr><th scope="col">{t('ui_history_date')}</th><th scope="col">{t(`ui_history_col_${series.metric}`)}</th></tr>
          </thead>
          <tbody>
            {series.values.map((v, i) => (
              <tr key={i}><td>{formatDay(v.at, locale)}</td><td>{formatValue(series, v.value, locale)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
