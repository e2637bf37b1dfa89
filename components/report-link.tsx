import { useEffect, useState } from 'react';
import type { Verdict } from '@/lib/facts/verdict';
import type { Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';

/**
 * "Report a wrong verdict": where a list put this site or seller on the
 * verdict, a link to that list's issue page, if the list has one. Asked for
 * only when a list finding is there.
 */
export function ReportLink({ tabId, verdict, t }: { tabId: number; verdict: Verdict; t: Translate }) {
  const [target, setTarget] = useState<{ url: string; listTitle: string }>();
  const fromList = verdict.findings.some((f) => f.source.kind === 'list');
  useEffect(() => {
    if (!fromList) return;
    let live = true;
    void send('getReportUrl', { tabId })
      .then((r) => live && r.url && r.listTitle && setTarget({ url: r.url, listTitle: r.listTitle }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId, fromList, verdict.checkedAt]);
  if (!target) return null;
  return (
    <p className="report-link small">
      <a href={target.url} target="_blank" rel="noopener noreferrer" data-testid="report-wrong-verdict">
        {t('ui_report_wrong', [target.listTitle])}
        <span className="sr-only"> {t('ui_opens_new_tab')}</span>
      </a>
    </p>
  );
}
