import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage, readPageHtml } from '../../eval/corpus';

/** "品牌：小米" encoded as GBK (TextEncoder only writes UTF-8, so the bytes are spelled out). */
const GBK_TEXT = Uint8Array.from([0xc6, 0xb7, 0xc5, 0xc6, 0xa3, 0xba, 0xd0, 0xa1, 0xc3, 0xd7]);

/** A page whose charset is declared after more than 4 KB of head, as some shops do. */
function gbkPage(): Uint8Array {
  const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
  const before = ascii(`<!doctype html><html><head><style>${'.a{color:red}'.repeat(600)}</style><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>`);
  const after = ascii('</p></body></html>');
  return Uint8Array.from([...before, ...GBK_TEXT, ...after]);
}

describe('eval corpus decoding', () => {
  it('finds a charset declared anywhere in the head', () => {
    expect(declaredCharset(gbkPage())).toBe('gbk');
  });

  it('ignores a charset mentioned only in the body', () => {
    const bytes = Uint8Array.from(Buffer.from('<html><head></head><body><meta charset="gbk"></body></html>', 'latin1'));
    expect(declaredCharset(bytes)).toBeUndefined();
  });

  it('decodes a GBK page with its declared charset', () => {
    expect(decodePage(gbkPage())).toContain('品牌：小米');
  });

  it('reads a gzipped corpus page as GBK', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-charset-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'p1.html.gz'), gzipSync(gbkPage()));
    expect(readPageHtml(dir, 'p1')).toContain('品牌：小米');
  });

  it('reads a plain .html page when no gzipped one exists, and prefers the gzipped one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-plain-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'p1.html'), '<p>plain</p>');
    expect(readPageHtml(dir, 'p1')).toBe('<p>plain</p>');
    writeFileSync(join(dir, 'pages', 'p1.html.gz'), gzipSync(Buffer.from('<p>gzipped</p>')));
    expect(readPageHtml(dir, 'p1')).toBe('<p>gzipped</p>');
  });

  it('reads valid UTF-8 as UTF-8 even when the head declares GBK (a re-encoded saved page)', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>品牌：小米</p></body></html>';
    expect(decodePage(new TextEncoder().encode(html))).toBe(html);
  });

  it('decodes UTF-8 pages without a declaration', () => {
    expect(decodePage(new TextEncoder().encode('<p>Ölkännchen</p>'))).toBe('<p>Ölkännchen</p>');
  });
});
