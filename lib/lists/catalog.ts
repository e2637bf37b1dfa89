import { listDefinitionSchema, type ListDefinition } from './types';

/**
 * The shipped catalog of list subscriptions, modelled on uBlock Origin's
 * `assets.json`. Sources, licences and sizes are from the project's research
 * brief (shared/research/blocklists-and-matching.md §1, §5.1). Download URLs
 * are the raw files of the repositories and paths it cites.
 *
 * Nothing here is bundled: every list is downloaded whole from its publisher,
 * so a list whose licence forbids redistribution by us (GPL-3.0 here) is only
 * offered as an opt-in subscription. Lists without an open licence (Watchlist
 * Internet, Verbraucherzentrale, hagezi "fake", FakeWebshopListHUN…) are not in
 * the catalog; users may still add them by URL.
 */
const ENTRIES: ListDefinition[] = [
  {
    id: 'durablenapkin-scam',
    title: 'Scam Blocklist (durablenapkin)',
    category: 'fake_shop',
    severity: 'danger',
    license: 'MIT',
    homepage: 'https://github.com/durablenapkin/scamblocklist',
    contentUrls: ['https://raw.githubusercontent.com/durablenapkin/scamblocklist/master/adguard.txt'],
    format: 'abp',
    // The list's own header says `! Expires: 1 day`; this is the fallback.
    updateAfterHours: 24,
    enabledByDefault: true,
  },
  {
    id: 'blocklistproject-scam',
    title: 'The Block List Project: Scam',
    category: 'scam',
    severity: 'danger',
    license: 'Unlicense',
    licenseNote: 'The repository is under the Unlicense; the list header says "License: MIT". Both notices are kept.',
    homepage: 'https://github.com/blocklistproject/Lists',
    contentUrls: ['https://raw.githubusercontent.com/blocklistproject/Lists/master/scam.txt'],
    format: 'hosts',
    updateAfterHours: 24,
    enabledByDefault: true,
  },
  {
    id: 'jarelllama-scam-light',
    title: 'Scam Blocklist LIGHT (jarelllama)',
    category: 'fake_shop',
    severity: 'danger',
    license: 'GPL-3.0',
    licenseNote: 'Downloaded from the publisher on request; not shipped with the extension.',
    homepage: 'https://github.com/jarelllama/Scam-Blocklist',
    contentUrls: ['https://raw.githubusercontent.com/jarelllama/Scam-Blocklist/main/lists/adblock/scams_light.txt'],
    format: 'abp',
    updateAfterHours: 12,
    enabledByDefault: false,
  },
  {
    id: 'blocklistproject-fraud',
    title: 'The Block List Project: Fraud',
    category: 'scam',
    severity: 'warning',
    license: 'Unlicense',
    licenseNote: 'The repository is under the Unlicense; the list header says "License: MIT". Both notices are kept.',
    homepage: 'https://github.com/blocklistproject/Lists',
    contentUrls: ['https://raw.githubusercontent.com/blocklistproject/Lists/master/fraud.txt'],
    format: 'hosts',
    updateAfterHours: 24,
    enabledByDefault: false,
  },
  {
    id: 'phishing-database-active',
    title: 'Phishing.Database: active phishing domains',
    category: 'phishing',
    severity: 'danger',
    license: 'MIT',
    homepage: 'https://github.com/Phishing-Database/Phishing.Database',
    contentUrls: ['https://raw.githubusercontent.com/Phishing-Database/Phishing.Database/master/phishing-domains-ACTIVE.txt'],
    format: 'domains',
    updateAfterHours: 24,
    enabledByDefault: false,
  },
  {
    id: 'infinitytec-scams',
    title: 'Scams and phishing (infinitytec)',
    category: 'scam',
    // It also lists subdomains of real shopping sites (research §1.1): a warning, not danger.
    severity: 'warning',
    license: 'MIT',
    homepage: 'https://github.com/infinitytec/blocklists',
    contentUrls: ['https://raw.githubusercontent.com/infinitytec/blocklists/master/scams-and-phishing.txt'],
    format: 'domains',
    updateAfterHours: 72,
    enabledByDefault: false,
  },
];

/** The catalog, validated once so a typo fails the build's tests rather than a user's browser. */
export const CATALOG: readonly ListDefinition[] = ENTRIES.map((e) => listDefinitionSchema.parse(e));

const BY_ID = new Map(CATALOG.map((d) => [d.id, d]));

/** The catalog entry of an id, if it is one. */
export function catalogEntry(id: string): ListDefinition | undefined {
  return BY_ID.get(id);
}
