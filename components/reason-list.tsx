import type { Finding, RiskCategory } from '@/lib/facts/verdict';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { factValue, localDate, localizeParams } from '@/lib/ui/locale-format';

type T = Translate & { locale: Locale };

function Source({ f, t }: { f: Finding; t: T }) {
  const date = f.source.date ? localDate(f.source.date, t.locale) ?? f.source.date : undefined;
  return (
    <p className="reason__source">
      {t('popup_source')}: {t(`source_${f.source.kind}`)} ·{' '}
      {f.source.url ? (
        <a href={f.source.url} target="_blank" rel="noreferrer noopener">
          {f.source.title}
          <span className="sr-only"> {t('ui_opens_new_tab')}</span>
        </a>
      ) : (
        f.source.title
      )}
      {date ? ` (${date})` : ''}
    </p>
  );
}

/** Every reason in words, grouped by category, with the facts and source it rests on. */
export function ReasonList({ findings, t }: { findings: Finding[]; t: T }) {
  if (findings.length === 0) return <p className="muted">{t('popup_no_reasons')}</p>;
  const groups = new Map<RiskCategory, Finding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  return (
    <section className="reasons" aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t('popup_reasons')}</h2>
      {[...groups].map(([category, list]) => (
        <div key={category} className="reason-group" data-category={category}>
          <h3>{t(`category_${category.replace(/-/g, '_')}`)}</h3>
          <ul>
            {list.map((f, i) => (
              <li key={`${f.ruleId}-${i}`} className={`reason reason--${f.severity}`} data-rule={f.ruleId}>
                <p className="reason__text">
                  <span className="sr-only">{t(`ui_severity_${f.severity}`)}: </span>
                  {t(f.messageKey, localizeParams(f.params, t.locale))}
                </p>
                {Object.keys(f.evidence).length > 0 && (
                  <dl className="reason__facts" aria-label={t('popup_facts')}>
                    {Object.entries(f.evidence).map(([label, value]) => (
                      <div key={label}>
                        <dt>{t(`fact_${label}`)}</dt>
                        <dd>{factValue(value, t.locale)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <Source f={f} t={t} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
