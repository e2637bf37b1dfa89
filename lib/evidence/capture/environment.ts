/** Where and with what a capture was made, as recorded in capture.json. */
export interface CaptureEnvironment {
  browser: { name: string; version: string };
  userAgent: string;
  platform: string;
  language: string;
  extension: { name: string; version: string };
}

interface UaBrand {
  brand: string;
  version: string;
}
interface UaData {
  brands?: UaBrand[];
  platform?: string;
  getHighEntropyValues?(hints: string[]): Promise<{ fullVersionList?: UaBrand[]; platform?: string }>;
}

/** Picks the browser from User-Agent Client Hints brands, skipping the GREASE entry. */
export function pickBrand(brands: readonly UaBrand[]): UaBrand | undefined {
  const real = brands.filter((b) => !/not.?a.?brand/i.test(b.brand));
  const preferred = ['Google Chrome', 'Microsoft Edge', 'Opera', 'Brave', 'Chromium'];
  for (const name of preferred) {
    const hit = real.find((b) => b.brand === name);
    if (hit) return hit;
  }
  return real[0];
}

/**
 * Reads the browser's name and version: Firefox tells through
 * `runtime.getBrowserInfo`, Chromium through User-Agent Client Hints; the
 * user-agent string is the fallback and is recorded as well.
 */
export async function readEnvironment(ext: { name: string; version: string }, getBrowserInfo?: () => Promise<{ name: string; version: string }>): Promise<CaptureEnvironment> {
  const nav = globalThis.navigator as Navigator & { userAgentData?: UaData };
  let browser = { name: 'unknown', version: 'unknown' };
  let platform = nav.platform ?? '';
  if (getBrowserInfo) {
    const info = await getBrowserInfo().catch(() => undefined);
    if (info) browser = { name: info.name, version: info.version };
  } else if (nav.userAgentData) {
    const high = await nav.userAgentData.getHighEntropyValues?.(['fullVersionList', 'platform']).catch(() => undefined);
    const brand = pickBrand(high?.fullVersionList ?? nav.userAgentData.brands ?? []);
    if (brand) browser = { name: brand.brand, version: brand.version };
    platform = high?.platform ?? nav.userAgentData.platform ?? platform;
  }
  if (browser.name === 'unknown') {
    const m = /(Firefox|Edg|Chrome|Chromium|Safari)\/([\d.]+)/.exec(nav.userAgent);
    if (m) browser = { name: m[1] === 'Edg' ? 'Microsoft Edge' : m[1]!, version: m[2]! };
  }
  return { browser, userAgent: nav.userAgent.slice(0, 1000), platform: platform.slice(0, 100), language: (nav.language ?? '').slice(0, 50), extension: ext };
}

/** The same instant in local time with its UTC offset, and the IANA zone. */
export function localTime(date: Date): { local: string; timeZone: string } {
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  const local = new Date(date.getTime() + offsetMin * 60_000).toISOString().replace('Z', `${sign}${hh}:${mm}`);
  return { local, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'unknown' };
}
