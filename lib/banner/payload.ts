import type { Finding, Verdict } from '@/lib/facts/verdict';
import type { Locale, Translate } from '@/lib/i18n/translator';
import { localizeParams } from '@/lib/ui/locale-format';

/** Levels the banner can show (see decide.ts). */
export type BannerLevel = 'caution' | 'warning' | 'danger';

/**
 * Everything the banner script shows, already translated by the background:
 * the banner script then needs neither the locale files (not web-accessible)
 * nor the settings. Every string is set with `textContent`.
 */
export interface BannerPayload {
  level: BannerLevel;
  /** The page the verdict is about: the banner refuses to show on another (the tab navigated meanwhile). */
  url: string;
  /** Registrable domain, the key of the per-site snooze. */
  site: string;
  /** BCP 47 language of the strings, for the `lang` attribute (CJK fonts, screen reader voice). */
  lang: string;
  title: string;
  line: string;
  /** The worst reasons, at most three, as sentences. */
  reasons: string[];
  labels: {
    /** Accessible name of the banner region. */
    region: string;
    dismiss: string;
    snooze: string;
    /** Where the rest is: the toolbar button. */
    more: string;
  };
}

export const MAX_BANNER_REASONS = 3;
const MAX_TEXT = 400;

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const key = (level: string) => level.replace(/-/g, '_');

export function isBannerLevel(level: string): level is BannerLevel {
  return level === 'caution' || level === 'warning' || level === 'danger';
}

/** The reasons worth interrupting a page for: the worst findings first, without info notes. */
export function bannerReasons(findings: readonly Finding[], t: Translate, locale: Locale): string[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .slice(0, MAX_BANNER_REASONS)
    .map((f) => clip(t(f.messageKey, localizeParams(f.params, locale))));
}

/** Builds the banner's strings for a verdict, in the user's language. */
export function bannerPayload(verdict: Verdict, url: string, t: Translate, locale: Locale): BannerPayload | null {
  if (!isBannerLevel(verdict.level)) return null;
  const site = verdict.subject.host;
  return {
    level: verdict.level,
    url,
    site,
    lang: locale === 'zh_CN' ? 'zh-CN' : 'en',
    title: t('banner_title', [t(`level_${key(verdict.level)}`)]),
    line: t(`line_${key(verdict.level)}`),
    reasons: bannerReasons(verdict.findings, t, locale),
    labels: {
      region: t('banner_region', [t('extName')]),
      dismiss: t('banner_dismiss'),
      snooze: t('banner_snooze', [site]),
      more: t('banner_more'),
    },
  };
}
