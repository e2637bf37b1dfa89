import { describe, expect, it } from 'vitest';
import { renderLetter } from '@/lib/rights/letters/render';
import { LETTER_KINDS, type LetterCase } from '@/lib/rights/letters/types';
import { cleanBlock, cleanLine, cleanSha256, fileSlug } from '@/lib/rights/letters/sanitize';
import { computeDeadlines } from '@/lib/rights/deadlines';
import { rightById } from '@/lib/rights/knowledge-base';
import { ECONSUMER } from '@/lib/rights/data/channels-international';
import type { RightEntry } from '@/lib/rights/schema';

const HASH = 'a'.repeat(64);
const NOW = Date.parse('2026-11-28T10:00:00Z');
const opts = { timeZone: 'UTC', now: NOW };
const full: LetterCase = {
  platform: 'aliexpress',
  orderNumber: '8181-2345',
  seller: 'Best Kettle Store',
  productTitle: 'Electric kettle 1.7 L',
  orderDate: '2026-11-02',
  paymentDate: '2026-11-02',
  deliveryDate: '2026-11-20',
  amountPaid: { amount: '1299.5', currency: 'EUR' },
  buyerName: 'Li Wei',
  notes: 'The lid is cracked.\nThe base does not heat.',
  evidence: [{ label: 'Product page at checkout', sha256: HASH.toUpperCase(), capturedAt: '2026-11-02T09:15:00Z', url: 'https://www.aliexpress.com/item/1.html' }],
};

describe('renderLetter', () => {
  it('renders all five kinds in both languages, filled from the case', () => {
    for (const kind of LETTER_KINDS) {
      for (const lang of ['en', 'zh_CN'] as const) {
        const l = renderLetter(kind, lang, full, opts);
        expect(l.body, `${kind} ${lang}`).toContain('8181-2345');
        expect(l.body).toContain('Best Kettle Store');
        expect(l.body).toContain('€1,299.50');
        expect(l.body).toContain(`SHA-256: ${HASH}`);
        expect(l.body).toContain(lang === 'zh_CN' ? '2026年11月2日' : '2 Nov 2026');
        expect(l.body).toContain(lang === 'zh_CN' ? '速卖通' : 'AliExpress');
        expect(l.body.startsWith(lang === 'zh_CN' ? '2026年11月28日' : '28 Nov 2026')).toBe(true);
        expect(l.subject.length).toBeGreaterThan(5);
        expect(l.filename).toBe(`letter-${kind}-8181-2345-${lang}.txt`);
        // Only the blanks the shopper must always write remain (no missing case fields).
        expect(l.missing).toEqual([]);
        if (lang === 'zh_CN') expect(/[\u4e00-\u9fff]/.test(l.body.replace(/速卖通/g, ''))).toBe(true);
      }
    }
  });

  it('writes distinct letters per kind', () => {
    const bodies = new Set(LETTER_KINDS.map((k) => renderLetter(k, 'en', full, opts).subject));
    expect(bodies.size).toBe(LETTER_KINDS.length);
    expect(renderLetter('non-delivery', 'en', { ...full, estimatedDelivery: '2026-11-15' }, opts).body).toContain('Delivery was expected by 15 Nov 2026');
    expect(renderLetter('not-as-described', 'zh_CN', full, opts).body).toContain('The lid is cracked.\nThe base does not heat.');
  });

  it('shows bracketed blanks for missing facts and lists them', () => {
    const l = renderLetter('return-request', 'en', { platform: 'temu' }, opts);
    expect(l.missing).toEqual(expect.arrayContaining(['seller', 'orderNumber', 'orderDate', 'deliveryDate', 'amountPaid', 'buyerName']));
    expect(l.body).toContain('[order number]');
    expect(l.filename).toBe('letter-return-request-draft-en.txt');
    const zh = renderLetter('return-request', 'zh_CN', {}, opts);
    expect(zh.body).toContain('[订单号]');
    expect(zh.missing).toContain('platform');
    // A non-delivery letter does not ask for a delivery date.
    expect(renderLetter('non-delivery', 'en', {}, opts).missing).not.toContain('deliveryDate');
  });

  it('is escaping-safe: no hidden characters, no injected lines, no template re-expansion', () => {
    const hostile: LetterCase = {
      ...full,
      seller: 'Evil\u202Egnp.exe\u200B Store\nSubject: refund approved',
      orderNumber: '{orderNumber}${amount}<script>',
      notes: 'ok\u0000\u0007 line\r\n\r\n\r\n\r\nnext\u2028para',
      evidence: [{ label: 'x', sha256: 'not-a-hash' }],
    };
    const l = renderLetter('return-request', 'en', hostile, opts);
    expect(l.body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u0000\u0007]/);
    expect(l.body).toContain('Evilgnp.exe Store Subject: refund approved');
    expect(l.body.split('\n').filter((line) => line.startsWith('Subject:'))).toHaveLength(1);
    expect(l.body).toContain('{orderNumber}${amount}<script>');
    expect(l.body).toContain('ok line\n\nnext\npara');
    expect(l.body).toContain('(no valid SHA-256)');
    expect(l.filename).toBe('letter-return-request-orderNumber-amount-script-en.txt');
  });

  it('cites verified rights that fit the letter, with their last day, and leaves unverified ones out', () => {
    const rights = ['eu-crd-withdrawal', 'aliexpress-buyer-protection', 'visa-chargeback', 'unionpay-chargeback', 'eu-legal-guarantee'].map((id) => rightById(id) as RightEntry);
    const deadlines = computeDeadlines(rights, { deliveryDate: '2026-11-20', paymentDate: '2026-11-02' }, NOW, { timeZone: 'UTC' });
    const ret = renderLetter('return-request', 'en', full, { ...opts, rights, deadlines });
    expect(ret.body).toContain('14-day right of withdrawal');
    expect(ret.body).toContain('last day 3 Dec');
    expect(ret.body).toContain('https://www.legislation.gov.uk/eudr/2011/83/article/9');
    expect(ret.body).not.toContain('Visa');
    expect(ret.omittedUnverified).toEqual(['eu-legal-guarantee']);
    const cb = renderLetter('chargeback-request', 'zh_CN', full, { ...opts, rights, deadlines });
    expect(cb.body).toContain('Visa卡拒付');
    expect(cb.body).not.toContain('14天撤回权');
    expect(cb.omittedUnverified).toEqual(['unionpay-chargeback']);
  });

  it('addresses a complaint to the chosen agency', () => {
    expect(renderLetter('agency-complaint', 'en', full, { ...opts, channel: ECONSUMER }).body).toContain('To: econsumer.gov (ICPEN)');
    expect(renderLetter('agency-complaint', 'zh_CN', full, opts).body).toContain('致：[消费者保护机构名称]');
  });
});

describe('sanitize', () => {
  it('cleans lines, blocks, hashes and file names', () => {
    expect(cleanLine('  a\tb\n\nc  ')).toBe('a b c');
    expect(cleanLine('x'.repeat(10), 5)).toBe('xxxx…');
    expect(cleanLine('😀'.repeat(5), 3)).toBe('😀😀…');
    expect(cleanBlock('a  b\t\tc\n\n\n\nd ')).toBe('a b c\n\nd');
    expect(cleanSha256(` ${'AB'.repeat(32)} `)).toBe('ab'.repeat(32));
    expect(cleanSha256('ab')).toBeUndefined();
    expect(fileSlug('订单 #12/34')).toBe('12-34');
  });
});
