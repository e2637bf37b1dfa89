import { useId } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import type { RightsItem } from '@/lib/rights/messages';
import { needsCheck, type Localized, type Source } from '@/lib/rights/schema';
import { formatDate } from '@/lib/rights/format';
import { RightsDeadlines } from './rights-deadline';

interface Props {
  item: RightsItem;
  t: Translate;
  locale: Locale;
  today: string;
}

function TextList({ title, items, locale, className }: { title: string; items: readonly Localized[]; locale: Locale; className?: string }) {
  if (items.length === 0) return null;
  return (
    <div className={className}>
      <h4>{title}</h4>
      <ul>
        {items.map((x, i) => <li key={i}>{x[locale]}</li>)}
      </ul>
    </div>
  );
}

function SourceItem({ s, t }: { s: Source; t: Translate }) {
  const label = [s.title, s.article].filter(Boolean).join(', ');
  return (
    <li>
      {s.url ? (
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          {label}
          {s.siteOnly ? ` ${t('rights_source_site_only')}` : ''}
          <span className="sr-only"> {t('rights_opens_new_tab')}</span>
        </a>
      ) : (
        label
      )}
      {s.asOf ? ` (${s.asOf})` : ''}
    </li>
  );
}

/**
 * One right: what it is, its deadlines, why it (may) apply, and — behind a
 * native, keyboard-usable disclosure — conditions, exceptions, steps,
 * unverified points and sources. Weak or unverified entries carry a visible
 * badge with its meaning spelled out for screen readers.
 */
export function RightsEntryCard({ item, t, locale, today }: Props) {
  const { entry, relevance, reasons } = item;
  const titleId = useId();
  const flagged = needsCheck(entry);
  const explain = reasons.filter((r) => r !== 'jurisdiction' && r !== 'marketplace' && r !== 'payment');
  return (
    <article className={`rights-entry rights-entry--${entry.kind}`} aria-labelledby={titleId} data-entry={entry.id}>
      <header className="rights-entry__head">
        <h3 id={titleId}>{entry.title[locale]}</h3>
        <p className="rights-entry__badges">
          <span className="badge badge--kind">{t(`rights_kind_${entry.kind}`)}</span>
          {relevance === 'may-apply' && <span className="badge badge--maybe">{t('rights_may_apply')}</span>}
          {flagged && (
            <span className="badge badge--unverified" data-testid="unverified-badge" title={t('rights_unverified_hint')}>
              {t('rights_unverified')}
              <span className="sr-only">: {t('rights_unverified_hint')}</span>
            </span>
          )}
        </p>
      </header>
      <p className="rights-entry__summary">{entry.summary[locale]}</p>
      {explain.length > 0 && (
        <ul className="rights-entry__reasons muted small">
          {explain.map((r) => <li key={r}>{t(`rights_reason_${r.replace(/-/g, '_')}`)}</li>)}
        </ul>
      )}
      <RightsDeadlines entry={entry} deadlines={item.deadlines} t={t} locale={locale} today={today} />
      {entry.liveCheck && <p className="rights-entry__live muted small">{t('rights_policy_as_of', [formatDate(entry.verifiedOn, locale, { year: true })])}</p>}
      <details className="rights-entry__details">
        <summary>{t('rights_details')}</summary>
        <TextList title={t('rights_conditions')} items={entry.conditions} locale={locale} />
        <TextList title={t('rights_exceptions')} items={entry.exceptions} locale={locale} />
        <TextList title={t('rights_steps')} items={entry.steps} locale={locale} />
        <TextList title={t('rights_unverified_notes')} items={entry.unverified} locale={locale} className="rights-entry__unverified" />
        <h4>{t('rights_sources')}</h4>
        <ul className="rights-entry__sources">
          {entry.sources.map((s, i) => <SourceItem key={i} s={s} t={t} />)}
        </ul>
        <p className="muted small">{t('rights_confidence', [t(`rights_confidence_${entry.confidence}`), formatDate(entry.verifiedOn, locale, { year: true })])}</p>
      </details>
    </article>
  );
}
