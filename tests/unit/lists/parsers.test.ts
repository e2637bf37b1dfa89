import { describe, expect, it } from 'vitest';
import { parseDomainList, type DomainFormat } from '@/lib/lists/domain-parser';
import { parseExpires, parseListDate, parseListHeader } from '@/lib/lists/header';
import { compileList, detectFormat } from '@/lib/lists/compile';
import { parseSellerCsv, parseSellerJson } from '@/lib/lists/seller-parser';
import { ListError } from '@/lib/lists/errors';
import { fixtureText } from './helpers';

/** Entries as `host` (exact) or `host+` (with subdomains), lowercased as they are fingerprinted. */
function entries(text: string, format: DomainFormat): { list: string[]; skipped: number } {
  const list: string[] = [];
  const counts = parseDomainList(text, format, (s, a, b, wild) => list.push(`${s.slice(a, b).toLowerCase()}${wild ? '+' : ''}`));
  expect(counts.entries).toBe(list.length);
  return { list, skipped: counts.skipped };
}

function listError(fn: () => unknown): ListError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ListError) return err;
    throw err;
  }
  throw new Error('expected a ListError');
}

describe('ABP lists', () => {
  it('keeps `||host^` rules (host and subdomains), IDN as punycode, and skips narrower rules', () => {
    const { list, skipped } = entries(fixtureText('scam-abp.txt'), 'abp');
    expect(list).toEqual([
      'cheap-kettles-outlet.shop+',
      'bad.myshopify.com+',
      'brand-outlet-sale.top+',
      'xn--bcher-kva.example+',
      'xn--bcher-gnstig-dlbg.de+',
      'scam.example+',
      'fakeshop.co.uk+',
    ]);
    // $third-party, a path, the exception, the cosmetic rule and the wildcard are not whole-site entries.
    expect(skipped).toBe(5);
  });
});

describe('hosts lists', () => {
  it('keeps every host after the address (exact hosts), skipping the machine names', () => {
    const { list, skipped } = entries(fixtureText('scam-hosts.txt'), 'hosts');
    expect(list).toEqual(['exact-host.example', 'two.example', 'other-two.example', 'ipv6-listed.example']);
    expect(skipped).toBe(3); // localhost, localhost.localdomain, 0.0.0.0
  });
});

describe('plain domain lists', () => {
  it('keeps one host per line with its subdomains, refusing suffixes, IPs and prose', () => {
    const { list, skipped } = entries(fixtureText('plain-domains.txt'), 'domains');
    // `co.uk` and `myshopify.com` parse as names; the matcher never looks a bare suffix up.
    expect(list).toEqual(['wholesale-sneakers.store+', 'wildcard-entry.example+', 'leading-dot.example+', 'trailing-dot.example+', 'spaced.example+', 'co.uk+', 'myshopify.com+']);
    expect(skipped).toBe(3); // com, 192.168.1.1, "not a domain at all"
  });

  it('handles CRLF line ends and a BOM', () => {
    const { list } = entries('\uFEFFa-shop.example\r\nb-shop.example\r\n', 'domains');
    expect(list).toEqual(['a-shop.example+', 'b-shop.example+']);
  });
});

describe('list headers', () => {
  it('reads Title, Homepage, License, Expires and Last modified from the head', () => {
    const h = parseListHeader(fixtureText('scam-abp.txt'), Date.parse('2026-09-01T00:00:00Z'));
    expect(h).toEqual({
      title: 'Test Scam Blocklist',
      homepage: 'https://lists.example/scam',
      license: 'MIT',
      expiresMs: 86_400_000,
      lastModified: Date.parse('2026-08-22T10:00:00Z'),
    });
  });

  it('parses Expires like uBlock Origin, with a 4 hour floor', () => {
    expect(parseExpires('1 day')).toBe(86_400_000);
    expect(parseExpires('2')).toBe(2 * 86_400_000);
    expect(parseExpires('1 week')).toBe(7 * 86_400_000);
    expect(parseExpires('12 hours')).toBe(12 * 3_600_000);
    expect(parseExpires('2 hours')).toBe(4 * 3_600_000);
    expect(parseExpires('30 minutes')).toBe(4 * 3_600_000);
    expect(parseExpires('0')).toBeUndefined();
    expect(parseExpires('soon')).toBeUndefined();
  });

  it('ignores a Last modified in the future (it would block every later update) and template placeholders', () => {
    const now = Date.parse('2026-09-01T00:00:00Z');
    expect(parseListDate('2099-01-01', now)).toBeUndefined();
    expect(parseListDate('22.08.2026', now)).toBe(Date.UTC(2026, 7, 22));
    expect(parseListHeader('! Title: %TITLE%\n! Last modified: 2099-01-01\n', now)).toEqual({});
  });

  it('strips control and bidi characters from a hostile title', () => {
    expect(parseListHeader('! Title: Evil\u202e\u0007 List\n').title).toBe('Evil List');
  });
});

describe('format detection', () => {
  it('tells each format apart', () => {
    expect(detectFormat(fixtureText('scam-abp.txt'))).toBe('abp');
    expect(detectFormat(fixtureText('scam-hosts.txt'))).toBe('hosts');
    expect(detectFormat(fixtureText('plain-domains.txt'))).toBe('domains');
    expect(detectFormat(fixtureText('sellers.csv'))).toBe('sellers-csv');
    expect(detectFormat(fixtureText('sellers.json'))).toBe('sellers-json');
    expect(detectFormat('||a.example^\n||b.example^\n')).toBe('abp');
  });
});

describe('seller lists', () => {
  it('reads CSV with quoted fields, skipping rows without a known marketplace or an id', () => {
    const { sellers, skipped } = parseSellerCsv(fixtureText('sellers.csv'));
    expect(sellers).toEqual([
      { key: 'aliexpress:1102345678', reason: 'Sold counterfeit "brand" items, reported', source: 'https://forum.example/t/1' },
      { key: 'amazon:A1B2C3D4E5F6G7', reason: 'Never ships' },
      { key: 'temu:634418212345678', reason: 'Fake reviews', source: 'consumer group' },
    ]);
    expect(skipped).toBe(2);
  });

  it('reads JSON (an array or { sellers: [...] })', () => {
    const { sellers, skipped } = parseSellerJson(fixtureText('sellers.json'));
    expect(sellers.map((s) => s.key)).toEqual(['aliexpress:1102345678', 'ebay:shady_seller_99']);
    expect(skipped).toBe(3);
    expect(parseSellerJson('[{"marketplace":"etsy","id":"ShopName"}]').sellers).toEqual([{ key: 'etsy:ShopName' }]);
  });

  it('reads only known fields from a hostile file: no prototype pollution, no objects as ids, control characters removed', () => {
    const { sellers } = parseSellerJson(fixtureText('hostile-sellers.json'));
    expect(sellers.map((s) => s.key)).toEqual(['aliexpress:1', 'ebay:two', 'aliexpress:4  null-bytes']);
    expect(sellers[0]!.reason).toBe('<img src=x onerror=alert(1)>'); // kept as text; the UI renders text, never HTML
    expect(sellers[2]!.reason).toBe('control chars');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(sellers[0])).toBe(Object.prototype);
  });

  it('refuses a seller list with nothing usable', () => {
    expect(listError(() => parseSellerCsv('a,b,c\n1,2,3\n')).code).toBe('malformed');
    expect(listError(() => parseSellerJson('{"not":"a list"}')).code).toBe('malformed');
    expect(listError(() => parseSellerJson('[1,2,')).code).toBe('malformed');
    expect(listError(() => parseSellerJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).code).toBe('malformed');
  });
});

describe('compileList', () => {
  it('compiles a domain list to 8 bytes per unique entry', () => {
    const c = compileList('a.example\nb.example\nA.EXAMPLE\n', 'domains');
    expect(c.kind).toBe('domains');
    if (c.kind !== 'domains') return;
    expect(c.count).toBe(2);
    expect(c.table.byteLength).toBe(16);
  });

  it('refuses an HTML page, an empty file, and text without hostnames', () => {
    expect(listError(() => compileList(fixtureText('captive-portal.html'), 'domains')).code).toBe('not-a-list');
    expect(listError(() => compileList('   \n', 'abp')).code).toBe('not-a-list');
    expect(listError(() => compileList('! only comments\n! here\n', 'abp')).code).toBe('malformed');
    const prose = Array.from({ length: 40 }, (_, i) => `This is line ${i} of a letter, not a list.`).join('\n');
    expect(listError(() => compileList(`${prose}\nreal.example\n`, 'domains')).code).toBe('malformed');
  });
});
