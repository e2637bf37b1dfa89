/**
 * Domain endings used by fake shops, and country endings for the "claimed
 * base". Sources: FBI alert on .club/.top, jarelllama's top scam TLDs (com,
 * shop, store, online, xyz — "com" left out, it is everyone's), Watchlist
 * Internet's ".de.com" look-alikes (research brief peers-and-signals §3.2, #15).
 */
export const ABUSED_SUFFIXES: ReadonlySet<string> = new Set([
  'top', 'xyz', 'shop', 'store', 'online', 'club', 'vu', 'lol', 'monster', 'buzz', 'icu', 'cyou', 'sbs', 'bond', 'rest', 'cfd',
  // Second-level "country" look-alikes sold as private registries.
  'de.com', 'uk.com', 'us.com', 'eu.com', 'gb.net', 'uk.net', 'de.net', 'com.de', 'co.com',
]);

/** Country-code endings whose shops are, by their address, claiming to be based in that country. */
export const CC_TLD_COUNTRY: Readonly<Record<string, string>> = {
  de: 'DE', at: 'AT', ch: 'CH', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', be: 'BE', pl: 'PL', cz: 'CZ', sk: 'SK',
  se: 'SE', dk: 'DK', fi: 'FI', no: 'NO', ie: 'IE', pt: 'PT', gr: 'GR', hu: 'HU', ro: 'RO', bg: 'BG', hr: 'HR',
  si: 'SI', lt: 'LT', lv: 'LV', ee: 'EE', lu: 'LU', uk: 'GB', us: 'US', ca: 'CA', au: 'AU', nz: 'NZ', jp: 'JP',
  kr: 'KR', br: 'BR', mx: 'MX', ar: 'AR', cl: 'CL', za: 'ZA', in: 'IN', sg: 'SG', my: 'MY', ph: 'PH', th: 'TH',
  vn: 'VN', id: 'ID', tr: 'TR', ae: 'AE', sa: 'SA', il: 'IL', pk: 'PK', by: 'BY', ua: 'UA', ru: 'RU',
};

/** Countries whose law requires an imprint (Impressum) on a commercial site. */
export const IMPRINT_COUNTRIES: ReadonlySet<string> = new Set(['DE', 'AT', 'CH', 'LI']);
