import type { Locale, Translate } from '@/lib/i18n/translator';
import type { Channel } from '@/lib/rights/schema';
import { needsCheck } from '@/lib/rights/schema';

/** Where to complain: each channel with its link, phone and what it can (and cannot) do. */
export function RightsChannels({ channels, t, locale }: { channels: readonly Channel[]; t: Translate; locale: Locale }) {
  if (channels.length === 0) return null;
  return (
    <section className="rights-channels" aria-labelledby="rights-channels-title">
      <h3 id="rights-channels-title">{t('rights_channels')}</h3>
      <ul>
        {channels.map((c) => (
          <li key={c.id} data-channel={c.id}>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.name[locale]}
                <span className="sr-only"> {t('rights_opens_new_tab')}</span>
              </a>
            ) : (
              <strong>{c.name[locale]}</strong>
            )}
            {c.phone && <span> · {t('rights_channel_phone', [c.phone])}</span>}
            {needsCheck({ confidence: c.confidence, claimUnverified: false }) && (
              <span className="badge badge--unverified"> {t('rights_unverified')}</span>
            )}
            <p className="muted small">{c.scope[locale]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
