import type { Verdict } from '@/lib/facts/verdict';
import type { Translate } from '@/lib/i18n/translator';

const key = (level: string) => level.replace(/-/g, '_');

/** The verdict at a glance: level, colour, one line. */
export function VerdictHeader({ verdict, t }: { verdict: Verdict; t: Translate }) {
  return (
    <header className={`verdict verdict--${verdict.level}`} role="status" aria-live="polite" data-level={verdict.level}>
      <div className="verdict__level">{t(`level_${key(verdict.level)}`)}</div>
      <div className="verdict__line">{t(`line_${key(verdict.level)}`)}</div>
    </header>
  );
}
