import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../eval/main';

/** A two-page corpus in the README format, written to a temp dir. */
function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
  mkdirSync(join(dir, 'pages'));
  const productPage = '<!doctype html><html lang="en"><head><script type="application/ld+json">{"@type":"Product","name":"Tea Tin","sku":"TT-1","offers":{"@type":"Offer","price":"9.50","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script></head><body><h1>Tea Tin</h1></body></html>';
  const articlePage = '<!doctype html><html><head><title>About tea</title></head><body><article><h1>About tea</h1><p>Tea is nice.</p></article></body></html>';
  writeFileSync(join(dir, 'pages', 'p1.html.gz'), gzipSync(productPage));
  writeFileSync(join(dir, 'pages', 'p2.html.gz'), gzipSync(articlePage));
  writeFileSync(join(dir, 'labels.json'), JSON.stringify({
    p1: { url: 'https://tea.example.co.uk/tin', labels: { price: ['9.5'], sku: ['TT-1'], availability: ['InStock'], brand: null } },
    p2: { url: 'https://tea.example.co.uk/blog/about', labels: { price: null } },
  }));
  return dir;
}

describe('eval runner', () => {
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes predictions with the README field names, marketplace, page kind and verdict level', async () => {
    const dir = writeCorpus();
    const out = join(dir, 'out', 'predictions.json');
    expect(await main(['--corpus', dir, '--out', out, '--min', 'price=1', '--min=sku=1'])).toBe(0);
    const predictions = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(predictions.p1).toMatchObject({ price: '9.5', currency: 'GBP', sku: 'TT-1', availability: 'InStock', brand: null, marketplace: 'shop', pageKind: 'product' });
    expect(typeof predictions.p1?.verdictLevel).toBe('string');
    expect(predictions.p2).toMatchObject({ price: null, marketplace: null, pageKind: null, verdictLevel: null });
  });

  it('exits non-zero when a floor is not met or a floored field was never labelled', async () => {
    const dir = writeCorpus();
    expect(await main(['--corpus', dir, '--min', 'gtin=0.5'])).toBe(1);
  });

  it('rejects unknown arguments and a missing corpus', async () => {
    await expect(main(['--corpus'])).rejects.toThrow();
    await expect(main(['--bogus'])).rejects.toThrow();
  });
});
