// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fromUtf8 } from '@/lib/evidence/encoding';
import { escapeHtml, html, safeHref } from '@/lib/evidence/pack/safe-html';
import { makePack, unzip } from '../../fixtures/evidence/packs';

describe('report.html', () => {
  it('escapes every page-derived string and runs no script', async () => {
    const { zip } = await makePack();
    const report = fromUtf8(unzip(zip)['report.html']!);
    // The hostile title and seller of the fixtures appear only escaped.
    expect(report).not.toContain('<img src=x onerror');
    expect(report).not.toContain('<script>alert(1)</script>');
    expect(report).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(report).toContain('Sunrise &lt;script&gt;alert(1)&lt;/script&gt; Store');
    expect(report).toContain('Wireless earbuds &lt;b&gt;hot&lt;/b&gt;');
    const doc = new DOMParser().parseFromString(report, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))).toBe(false);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|script-src/);
  });

  it('is bilingual and says what the signature proves and what it does not', async () => {
    const { zip } = await makePack();
    const report = fromUtf8(unzip(zip)['report.html']!);
    expect(report).toContain('What the signature proves');
    expect(report).toContain('签名能证明什么');
    expect(report).toContain('What it does not prove');
    expect(report).toContain('签名不能证明什么');
    expect(report).toMatch(/without a timestamp from an outside service/);
    // Thumbnails point into the pack; hashes are shown.
    expect(report).toMatch(/<img class="thumb" src="captures\/000001-[0-9a-f]{8}\/visible\.png"/);
    expect(report).toMatch(/sha256:[0-9a-f]{64}/);
    expect(report).not.toMatch(/\breport_[a-z_]+\b/);
  });

  it('html tag escapes values; safeHref keeps only http(s)', () => {
    expect(html`<a title="${'"x\' <y>'}">${'&'}</a>`.value).toBe('<a title="&quot;x&#39; &lt;y&gt;">&amp;</a>');
    expect(escapeHtml('`')).toBe('&#96;');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
  });
});
