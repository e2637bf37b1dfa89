import type { ReactNode } from 'react';
import type { PageFacts } from '@/lib/facts/page-facts';
import type { Verdict } from '@/lib/facts/verdict';
import type { Locale, Translate } from '@/lib/i18n/translator';
import type { SellerHistoryResponse } from '@/lib/reputation/seller-history';
import { ageKey, countryName, formatCount, formatDate, formatDay, formatMoney, formatPercent, formatRating, monthsSince } from './format';
import { HistoryChart, pickSeries } from './history-chart';

type T = Translate & { locale: Locale };

/** "Opened 29 Sep 2026 (2 months ago)" or "On the platform for 3 years", from what the page said. */
function storeAge(seller: PageFacts['seller'], t: T, now: number): string | undefined {
  if (seller.openedAt) {
    const { key, n } = ageKey(monthsSince(seller.openedAt, now), t.locale);
    return t('ui_seller_opened', [formatDate(seller.openedAt, t.locale, { year: true }), t(key, [n])]);
  }
  if (seller.years !== undefined) {
    const { key, n } = ageKey(Math.round(seller.years * 12), t.locale);
    return t('ui_seller_age', [t(key, [n])]);
  }
  return undefined;
}

function feedback(seller: PageFacts['seller'], t: T): string | undefined {
  if (seller.feedbackPercent === undefined) return undefined;
  const pct = formatPercent(seller.feedbackPercent, t.locale);
  return seller.feedbackCount !== undefined
    ? t('ui_seller_feedback_count', [pct, formatCount(seller.feedbackCount, t.locale)])
    : t('ui_seller_feedback', [pct]);
}

/** What this machine has seen of the seller: how often, since when, how many listings, and a chart. */
function History({ history, t }: { history: SellerHistoryResponse | undefined; t: T }) {
  if (!history) return null;
  if (history.points.length === 0 || history.firstSeen === null) return <p className="muted small">{t('ui_history_none')}</p>;
  const series = pickSeries(history.points);
  return (
    <div className="seller-card__history">
      <p className="small">
        {t(history.points.length === 1 ? 'ui_history_seen_one' : 'ui_history_seen_other', [formatCount(history.points.length, t.locale), formatDay(history.firstSeen, t.locale), formatCount(history.listings, t.locale)])}
      </p>
      {series && <HistoryChart series={series} t={t} locale={t.locale} />}
    </div>
  );
}

/**
 * The seller card: who sells (name, platform-sold, where from), how long the
 * store has existed and its feedback as the page states them, and the
 * seller's history as observed on this machine only.
 */
export function SellerCard({ verdict, facts, history, t, now = Date.now(), children }: {
  verdict: Verdict;
  facts: PageFacts;
  history: SellerHistoryResponse | undefined;
  t: T;
  now?: number;
  children?: ReactNode;
}) {
  const s = facts.seller;
  const isShop = verdict.subject.marketplace === 'shop';
  const name = s.name ?? verdict.subject.sellerName ?? (isShop ? verdict.subject.host : undefined);
  const rows: [string, string][] = [];
  if (!isShop) rows.push([t('ui_seller_site'), verdict.subject.host]);
  const age = storeAge(s, t, now);
  if (age) rows.push([t('ui_seller_store_age'), age]);
  const fb = feedback(s, t);
  if (fb) rows.push([t('ui_seller_feedback_label'), fb]);
  if (s.location) rows.push([t('ui_seller_location'), countryName(s.location, t.locale)]);
  if (facts.shipping.from) rows.push([t('ui_seller_ships_from'), countryName(facts.shipping.from, t.locale)]);
  if (s.followers !== undefined) rows.push([t('ui_seller_followers'), formatCount(s.followers, t.locale)]);
  const p = facts.product;
  if (p.price) rows.push([t('ui_item_price'), formatMoney(p.price.amount, p.price.currency, t.locale)]);
  if (p.rating !== undefined) {
    const rating = formatRating(p.rating, t.locale);
    rows.push([t('ui_item_rating'), p.reviewCount !== undefined ? t('ui_item_rating_count', [rating, formatCount(p.reviewCount, t.locale)]) : rating]);
  }
  return (
    <section className="seller-card" aria-labelledby="seller-title" data-testid="seller-card">
      <h2 id="seller-title">
        {isShop ? t('ui_shop_heading') : t('ui_seller_heading')}: <span className="seller-card__name">{name ?? t('ui_seller_unknown')}</span>
      </h2>
      {s.soldByPlatform && <p className="small">{t('ui_seller_platform')}</p>}
      {rows.length > 0 && (
        <dl className="seller-card__facts">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      <History history={history} t={t} />
      {children}
    </section>
  );
}
