import { getDomain, getHostname } from 'tldts';

/**
 * Registrable domain of a host, with private suffixes (`x.myshopify.com` is
 * its own site). IDN hosts are compared in their ASCII (punycode) form, which
 * is what `URL` yields. Returns the host itself for IPs and localhost.
 */
export function registrableDomain(hostOrUrl: string): string {
  const host = (getHostname(hostOrUrl) ?? hostOrUrl).toLowerCase().replace(/\.$/, '');
  let ascii = host;
  try {
    ascii = new URL(`http://${host}`).hostname;
  } catch {
    // keep the raw host
  }
  return getDomain(ascii, { allowPrivateDomains: true }) ?? ascii;
}
