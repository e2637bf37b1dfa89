import type { Finding, RiskCategory } from '@/lib/facts/verdict';
import type { Translate } from '@/lib/i18n/translator';

/** Every reason in words, grouped by category, with the facts and source it rests on. */
export function ReasonList({ findings, t }: { findings: Finding[]; t: Translate }) {
  if (findings.length === 0) return <p className="muted">{t('popup_no_reasons')}</p>;
  const groups = new Map<RiskCategory, Finding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t('popup_reasons')}</h2>
      {[...groups].map(([category, list]) => (
        <div key={category} className="reason-group">
          <h3>{t(`category_${category.replace(/-/g, '_')}`)}</h3>
          <ul>
            {list.map((f, i) => (
              <li key={`${f.ruleId}-${i}`} className={`reason reason--${f.severity}`} data-rule={f.ruleId}>
                <p className="reason__text">{t(f.messageKey, f.params)}</p>
                {Object.keys(f.evidence).length > 0 && (
                  <dl className="reason__facts" aria-label={t('popup_facts')}>
                    {Object.entries(f.evidence).map(([label, value]) => (
                      <div key={label}>
                        <dt>{t(`fact_${label}`)}</dt>
                        <dd>{String(value)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <p className="reason__source">
                  {t('popup_source')}: {t(`source_${f.source.kind}`)} ·{' '}
                  {f.source.url ? (
                    <a href={f.source.url} target="_blank" rel="noreferrer noopener">{f.source.title}</a>
                  ) : (
                    f.source.title
                  )}
                  {f.source.date ? ` (${f.source.date})` : ''}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
