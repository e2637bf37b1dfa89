import type { Verdict, VerdictLevel } from '@/lib/facts/verdict';
import type { Translate } from '@/lib/i18n/translator';

const key = (level: string) => level.replace(/-/g, '_');

/** The badge's glyph beside the level, so colour is never the only cue. */
const GLYPH: Record<VerdictLevel, string> = {
  danger: '!!', warning: '!', caution: '?', low: 'OK', 'trusted-by-you': '✓', 'no-data': '–',
};

/**
 * The verdict at a glance: level, colour, one line. A level the user's own
 * decision set says so, so nobody mistakes their override for our judgement.
 */
export function VerdictHeader({ verdict, t }: { verdict: Verdict; t: Translate }) {
  return (
    <header className={`verdict verdict--${verdict.level}`} role="status" aria-live="polite" data-level={verdict.level}>
      <span className="verdict__glyph" aria-hidden="true">{GLYPH[verdict.level]}</span>
      <div>
        <h2 className="verdict__level">{t(`level_${key(verdict.level)}`)}</h2>
        <p className="verdict__line">{t(`line_${key(verdict.level)}`)}</p>
        {verdict.override && (
          <p className="verdict__override" data-override={verdict.override}>
            {t(verdict.override === 'trusted' ? 'ui_override_trusted' : 'ui_override_blocked')}
          </p>
        )}
      </div>
    </header>
  );
}
