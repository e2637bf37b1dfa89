import { describe, expect, it } from 'vitest';
import { lookupNames, normalizeHost, scanHost } from '@/lib/lists/hostname';

describe('normalizeHost', () => {
  it('lowercases, strips trailing dots and keeps valid ASCII hosts', () => {
    expect(normalizeHost(' Shop.Example.COM. ')).toBe('shop.example.com');
    expect(normalizeHost('under_score.example')).toBe('under_score.example');
  });

  it('turns IDN into punycode (UTS #46 mapping included)', () => {
    expect(normalizeHost('bücher.example')).toBe('xn--bcher-kva.example');
    expect(normalizeHost('BÜCHER.example')).toBe('xn--bcher-kva.example');
    // Full-width dot and letters are mapped to their ASCII forms first.
    expect(normalizeHost('ｓｈｏｐ。example')).toBe('shop.example');
    expect(normalizeHost('例子.测试')).toMatch(/^xn--[a-z0-9-]+\.xn--[a-z0-9-]+$/);
  });

  it('refuses what is not a hostname', () => {
    for (const bad of ['', 'com', 'localhost', '192.168.0.1', '10.0.0.1.', 'a..b.com', '-', 'http://x.com/', 'x.com/path', 'user@x.com', 'a b.com', `${'a'.repeat(64)}.com`, `${'a.'.repeat(130)}com`]) {
      expect(normalizeHost(bad), bad).toBeUndefined();
    }
  });

  it('scans ranges of a larger string without copying', () => {
    const line = '||Shop.Example^';
    expect(scanHost(line, 2, 14)).toBe(1);
    expect(scanHost('||bücher.de^', 2, 11)).toBe(2);
    expect(scanHost('a.b/c', 0, 5)).toBe(0);
  });
});

describe('lookupNames', () => {
  it('walks from the host up to its registrable domain', () => {
    expect(lookupNames('a.b.shop.example.com')).toEqual(['a.b.shop.example.com', 'b.shop.example.com', 'shop.example.com', 'example.com']);
    expect(lookupNames('example.co.uk')).toEqual(['example.co.uk']);
  });

  it('stops at a store on a private suffix: never reaches myshopify.com', () => {
    expect(lookupNames('bad.myshopify.com')).toEqual(['bad.myshopify.com']);
    expect(lookupNames('www.bad.myshopify.com')).toEqual(['www.bad.myshopify.com', 'bad.myshopify.com']);
    expect(lookupNames('store.wixsite.com')).toEqual(['store.wixsite.com']);
  });

  it('yields nothing for a bare public suffix, an IP or a single label', () => {
    expect(lookupNames('myshopify.com')).toEqual([]);
    expect(lookupNames('co.uk')).toEqual([]);
    expect(lookupNames('com')).toEqual([]);
    expect(lookupNames('127.0.0.1')).toEqual([]);
    expect(lookupNames('localhost')).toEqual([]);
  });
});
