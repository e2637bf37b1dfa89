import { Suspense, lazy, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { useTranslate } from './use-translate';
import { htmlLang } from './format';
import { OptionsSettings } from './options-settings';

type T = Translate & { locale: Locale };

// Sections other than the first load when opened, each in its own chunk.
const OptionsLists = lazy(() => import('./options-lists').then((m) => ({ default: m.OptionsLists })));
const OptionsSellers = lazy(() => import('./options-sellers').then((m) => ({ default: m.OptionsSellers })));
const OptionsCases = lazy(() => import('./options-cases').then((m) => ({ default: m.OptionsCases })));
const OptionsData = lazy(() => import('./options-data').then((m) => ({ default: m.OptionsData })));
const OptionsPrivacy = lazy(() => import('./options-privacy').then((m) => ({ default: m.OptionsPrivacy })));
const OptionsAbout = lazy(() => import('./options-about').then((m) => ({ default: m.OptionsAbout })));

export const SECTIONS = ['settings', 'lists', 'sellers', 'cases', 'data', 'privacy', 'about'] as const;
export type SectionId = (typeof SECTIONS)[number];

const BODY: Record<SectionId, ComponentType<{ t: T }>> = {
  settings: OptionsSettings, lists: OptionsLists, sellers: OptionsSellers, cases: OptionsCases,
  data: OptionsData, privacy: OptionsPrivacy, about: OptionsAbout,
};

export function sectionOf(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'settings';
}

/**
 * The options page: one section at a time, chosen from a navigation list of
 * plain links (`#lists`…), so the address names the section, Back works, and
 * keyboard and screen-reader users get ordinary links. Moving to a section
 * moves focus to its heading.
 */
export function OptionsApp() {
  const t = useTranslate();
  const [section, setSection] = useState<SectionId>(() => sectionOf(location.hash));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onHash = () => {
      moved.current = true;
      setSection(sectionOf(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);
  useEffect(() => {
    if (!t) return;
    document.documentElement.lang = htmlLang(t.locale);
    // The tab's title names the section, so history and screen readers tell them apart.
    document.title = `${t(`opt_section_${section}`)} · ${t('extName')}`;
  }, [t, section]);

  if (!t) return null;
  const Body = BODY[section];
  return (
    <div className="options-page">
      <header className="options-page__top">
        <h1>{t('extName')}</h1>
      </header>
      <nav className="options-nav" aria-label={t('opt_nav')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={s === section ? 'page' : undefined}>{t(`opt_section_${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="options" data-section={section}>
        <h2 ref={heading} tabIndex={-1} className="options__title">{t(`opt_section_${section}`)}</h2>
        <Suspense fallback={<p className="muted">{t('ui_loading')}</p>}>
          <Body t={t} />
        </Suspense>
      </main>
    </div>
  );
}
