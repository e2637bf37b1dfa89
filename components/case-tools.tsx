import { useEffect, useId, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { MARKETPLACES, type Marketplace } from '@/lib/facts/page-facts';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { GetRightsResponse, RightsCase } from '@/lib/rights/messages';
import type { LetterCase } from '@/lib/rights/letters/types';
import { localTimeZone } from '@/lib/rights/calendar';
import { caseLabel } from '@/lib/evidence/format';
import { RightsSection } from './rights-section';
import { LetterComposer } from './letter-composer';

type T = Translate & { locale: Locale };
type CaseRow = ResponseOf<'listCases'>[number];
type CaseDetail = NonNullable<ResponseOf<'getCase'>>;

const marketplaceOf = (platform: string): Marketplace | undefined =>
  (MARKETPLACES as readonly string[]).includes(platform.toLowerCase()) ? (platform.toLowerCase() as Marketplace) : undefined;

/** What the rights selection needs from a case: its marketplace and dates. */
export function rightsCaseOf(c: CaseRow): RightsCase {
  const marketplace = marketplaceOf(c.platform);
  const dates = { ...(c.orderDate ? { orderDate: c.orderDate } : {}), ...(c.deliveryDate ? { deliveryDate: c.deliveryDate } : {}) };
  return { caseId: c.id, ...(marketplace ? { marketplace } : {}), ...(Object.keys(dates).length ? { dates } : {}) };
}

/** What a dispute letter needs from a case, with its captures as evidence (hash, time, page). */
export function letterCaseOf(detail: CaseDetail): LetterCase {
  const c = detail.case;
  return {
    platform: c.platform,
    ...(c.orderNumber ? { orderNumber: c.orderNumber } : {}),
    ...(c.seller ? { seller: c.seller } : {}),
    ...(c.orderDate ? { orderDate: c.orderDate } : {}),
    ...(c.deliveryDate ? { deliveryDate: c.deliveryDate } : {}),
    ...(c.amountPaid ? { amountPaid: c.amountPaid } : {}),
    ...(c.notes ? { notes: c.notes } : {}),
    evidence: detail.captures.map((r) => ({ label: r.title || r.url, sha256: r.hash, capturedAt: r.capturedAt, url: r.url })),
  };
}

/**
 * For one chosen case: the rights that apply with their deadlines and the
 * reminder switch, and a dispute letter filled from the case and its captures.
 */
export function CaseTools({ cases, t }: { cases: CaseRow[]; t: T }) {
  const id = useId();
  const [caseId, setCaseId] = useState<string>('');
  const [detail, setDetail] = useState<CaseDetail>();
  const [rights, setRights] = useState<GetRightsResponse>();
  const chosen = cases.find((c) => c.id === caseId);

  useEffect(() => {
    setDetail(undefined);
    setRights(undefined);
    if (!chosen) return;
    let live = true;
    void send('getCase', { caseId: chosen.id }).then((d) => live && d && setDetail(d)).catch(() => undefined);
    void send('getRights', { case: rightsCaseOf(chosen), timeZone: localTimeZone() }).then((r) => live && setRights(r)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [chosen]);

  if (cases.length === 0) return null;
  return (
    <section className="case-tools" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('opt_case_tools')}</h2>
      <p>
        <label htmlFor={id}>{t('opt_case_choose')}</label>{' '}
        <select id={id} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
          <option value="">{t('rights_jurisdiction_choose')}</option>
          {cases.map((c) => <option key={c.id} value={c.id}>{caseLabel(c)}</option>)}
        </select>
      </p>
      {chosen && (
        <>
          <RightsSection t={t} caseInput={rightsCaseOf(chosen)} caseLabel={caseLabel(chosen)} />
          {detail ? (
            <LetterComposer t={t} caseInput={letterCaseOf(detail)} items={rights?.items ?? []} channels={rights?.channels ?? []} />
          ) : (
            <p className="muted">{t('ui_loading')}</p>
          )}
        </>
      )}
    </section>
  );
}
