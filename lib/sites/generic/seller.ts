import { hasType, ldString, type LdNode } from '@/lib/sites/util/json-ld';
import { meta, type MetaIndex } from './meta-index';

/**
 * Who sells: the seller a page names (structured `offers.seller`, or a
 * "Sold by …" line) compared with the site itself. A shop selling its own
 * goods is `soldByPlatform`; a third-party seller on a shop's marketplace
 * ("Vendido por Macrostore" on a department store) is not.
 */

/**
 * The site's name-like label of a hostname: `www.paris.cl` → `paris`,
 * `shop.example.co.uk` → `example`. A small rule instead of the public
 * suffix list, which would weigh down the content script; it only feeds a
 * name comparison.
 */
export function siteLabel(hostname: string): string | undefined {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length < 2) return labels[0];
  labels.pop();
  // Second-level public suffixes: co.uk, com.au, com.br, ne.jp, org.nz…
  const last = labels[labels.length - 1] ?? '';
  if (labels.length >= 2 && (/^(co|com|net|org|gov|edu|ac|or|ne|go|gob|nom|ltd|plc)$/.test(last))) labels.pop();
  return labels[labels.length - 1];
}

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Names the site goes by: `og:site_name`, the JSON-LD Organization / WebSite names, the domain's label. */
export function siteNames(index: MetaIndex, ldNodes: readonly LdNode[], url: URL): string[] {
  const names = new Set<string>();
  const ogName = meta(index, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']);
  if (ogName) names.add(ogName);
  for (const n of ldNodes.slice(0, 200)) {
    // A WebSite node names the site; an Organization only when its url is this site (else it may be a brand or a seller).
    const isSite = hasType(n, 'WebSite') || ((hasType(n, 'Organization') || hasType(n, 'OnlineStore')) && sameSite(ldString(n.url), url));
    const name = isSite ? ldString(n.name) : undefined;
    if (name && name.length <= 80) names.add(name);
  }
  const label = siteLabel(url.hostname);
  if (label) names.add(label);
  return [...names];
}

function sameSite(href: string | undefined, url: URL): boolean {
  if (!href) return false;
  try {
    return siteLabel(new URL(href, url).hostname) === siteLabel(url.hostname);
  } catch {
    return false;
  }
}

/** True when the seller is the site itself, false for another seller; undefined without a seller name. */
export function soldBySite(sellerName: string | undefined, names: readonly string[]): boolean | undefined {
  if (!sellerName) return undefined;
  const seller = norm(sellerName);
  if (!seller) return undefined;
  return names.some((n) => {
    const site = norm(n);
    return site.length >= 3 && (seller === site || seller.startsWith(site) || site.startsWith(seller));
  });
}
