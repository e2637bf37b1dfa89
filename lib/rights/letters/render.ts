import type { Locale } from '@/lib/i18n/translator';
import { buildContext } from './context';
import { fileSlug } from './sanitize';
import { EN_TEMPLATES } from './templates-en';
import { ZH_TEMPLATES } from './templates-zh';
import type { LetterCase, LetterKind, LetterOptions, RenderedLetter } from './types';

const TEMPLATES = { en: EN_TEMPLATES, zh_CN: ZH_TEMPLATES } as const;

/**
 * A dispute letter as plain text, filled from a case. Missing facts become
 * bracketed blanks (listed in `missing`); rights the research marks
 * unverified are left out of the letter (listed in `omittedUnverified`),
 * since a letter should not assert what the sources do not support.
 */
export function renderLetter(kind: LetterKind, lang: Locale, c: LetterCase, opts: LetterOptions = {}): RenderedLetter {
  const { ctx, missing, omitted } = buildContext(kind, lang, c, opts);
  const { subject, lines } = TEMPLATES[lang][kind](ctx);
  const heading = lang === 'zh_CN' ? `主题：${subject}` : `Subject: ${subject}`;
  const body = [ctx.today, '', heading, '', ...lines].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  const order = fileSlug(c.orderNumber) || 'draft';
  return {
    kind,
    lang,
    subject,
    body,
    filename: `letter-${kind}-${order}-${lang}.txt`,
    missing,
    omittedUnverified: omitted,
  };
}
