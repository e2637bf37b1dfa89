import type { Locale, Translate } from '@/lib/i18n/translator';
import type { Deadline } from '@/lib/rights/deadlines';
import { deadlineWords } from '@/lib/rights/deadline-text';
import type { Localized, RightEntry } from '@/lib/rights/schema';

/** The windows of one entry with their dates, as a list; nothing when the entry has no period. */
export function RightsDeadlines({ entry, deadlines, t, locale, today }: {
  entry: RightEntry;
  deadlines: readonly Deadline[];
  t: Translate;
  locale: Locale;
  today: string;
}) {
  const rows = deadlines
    .map((d) => {
      const other = d.windowId === 'main' ? undefined : entry.otherWindows.find((w) => w.id === d.windowId);
      const startNote: Localized | undefined = other ? other.startNote : entry.startNote;
      return { d, other, words: deadlineWords(d, t, locale, today, startNote) };
    })
    .filter((r) => r.words.main);
  if (rows.length === 0) return null;
  return (
    <ul className="rights-deadlines" aria-label={t('rights_deadlines')}>
      {rows.map(({ d, other, words }) => (
        <li key={d.windowId} className={`rights-deadline rights-deadline--${words.tone}`} data-status={d.status} data-window={d.windowId}>
          {other && <span className="rights-deadline__label">{other.label[locale]} </span>}
          <strong className="rights-deadline__main">{words.main}</strong>
          {words.notes.length > 0 && <span className="rights-deadline__notes muted small"> ({words.notes.join(' ')})</span>}
        </li>
      ))}
    </ul>
  );
}
