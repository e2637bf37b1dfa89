import { useEffect, useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { EvidenceCases } from './evidence-cases';
import { EvidenceVerify } from './evidence-verify';
import { CaseTools } from './case-tools';

type T = Translate & { locale: Locale };

/** Cases: the evidence engineer's case list and pack check, then rights and letters per case. */
export function OptionsCases({ t }: { t: T }) {
  const [cases, setCases] = useState<ResponseOf<'listCases'>>([]);
  useEffect(() => {
    void send('listCases', {}).then(setCases).catch(() => undefined);
  }, []);
  return (
    <>
      <EvidenceCases t={t} />
      <CaseTools cases={cases} t={t} />
      <EvidenceVerify t={t} />
    </>
  );
}
