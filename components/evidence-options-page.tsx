import { useTranslate } from './use-translate';
import { EvidenceCases } from './evidence-cases';
import { EvidenceVerify } from './evidence-verify';

/**
 * A minimal options page holding the evidence sections until the full
 * options page exists; that page mounts EvidenceCases and EvidenceVerify itself.
 */
export function EvidenceOptionsPage() {
  const t = useTranslate();
  if (!t) return null;
  document.documentElement.lang = t.locale === 'zh_CN' ? 'zh-CN' : 'en';
  return (
    <main className="options">
      <h1>{t('popup_title')}</h1>
      <EvidenceCases t={t} />
      <EvidenceVerify t={t} />
    </main>
  );
}
