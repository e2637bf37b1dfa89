import type { Translate } from '@/lib/i18n/translator';

/** Keys of the privacy statement's paragraphs, in reading order (each heading followed by its text). */
export const PRIVACY_PARTS = ['stays', 'reads', 'stores', 'network', 'permissions', 'erase', 'contact'] as const;

/** The privacy statement, in plain words: what is read, what is kept where, what is sent (nothing but list downloads). */
export function OptionsPrivacy({ t }: { t: Translate }) {
  return (
    <>
      {PRIVACY_PARTS.map((p) => (
        <div key={p} className="privacy-part">
          <h3>{t(`opt_privacy_${p}_title`)}</h3>
          <p>{t(`opt_privacy_${p}`)}</p>
        </div>
      ))}
    </>
  );
}
