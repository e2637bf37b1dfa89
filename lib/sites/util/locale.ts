import { countryOfHost, countryOfLocale, currencyOfCountry, currencyOfLanguage } from './currency-regions';
import { metaContent } from './dom';

/**
 * The currency a page's own locale implies, used only to resolve ambiguous
 * symbols: the country of the domain (`.cl`), then `og:locale` and
 * `<html lang>` regions, then a language with a single currency (`ja`).
 */
export function pageCurrencyHint(doc: Document, url: URL): string | undefined {
  const fromHost = currencyOfCountry(countryOfHost(url.hostname));
  if (fromHost) return fromHost;
  const ogLocale = metaContent(doc, ['og:locale']);
  const lang = doc.documentElement?.getAttribute('lang') ?? metaContent(doc, ['content-language', 'language']);
  return currencyOfCountry(countryOfLocale(ogLocale)) ?? currencyOfCountry(countryOfLocale(lang)) ?? currencyOfLanguage(lang) ?? currencyOfLanguage(ogLocale);
}

/** The page's primary language subtag (`de` from `de-AT`), lower-case. */
export function pageLanguage(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang') ?? metaContent(doc, ['og:locale', 'content-language']);
  return /^([a-z]{2,3})\b/i.exec(lang?.trim() ?? '')?.[1]?.toLowerCase();
}
