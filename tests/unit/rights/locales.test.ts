import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { CONFIDENCE_LEVELS, RIGHT_KINDS, START_EVENTS } from '@/lib/rights/schema';
import { LETTER_KINDS } from '@/lib/rights/letters/types';
import { PAYMENT_CHOICES } from '@/components/rights-pickers';

const root = join(__dirname, '../../..');
const load = (locale: string) => parseYAML<Record<string, string>>(readFileSync(join(root, 'locales', `${locale}.yml`), 'utf8'));
const en = load('en');
const zh = load('zh_CN');
const ours = (o: Record<string, string>) => Object.keys(o).filter((k) => /^(rights|letter)_/.test(k)).sort();

/** Static keys passed to t('…') in our components and modules. */
function staticKeysInSource(): string[] {
  const files = [
    ...readdirSync(join(root, 'components')).filter((f) => /^(rights|letter)-.*\.tsx$/.test(f)).map((f) => join(root, 'components', f)),
    ...['deadline-text.ts', 'reminder-service.ts'].map((f) => join(root, 'lib/rights', f)),
  ];
  const keys = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('((?:rights|letter)_[A-Za-z_]+)'/g)) keys.add(m[1]!);
  return [...keys];
}

describe('rights locale strings', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(ours(en).length).toBeGreaterThan(50);
    expect(ours(zh)).toEqual(ours(en));
    for (const k of ours(en)) {
      expect(String(en[k]).trim(), k).not.toBe('');
      expect(String(zh[k]).trim(), k).not.toBe('');
    }
  });

  it('keeps $n placeholders consistent between languages', () => {
    const params = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort().join(',');
    for (const k of ours(en)) expect(params(String(zh[k])), k).toBe(params(String(en[k])));
  });

  it('defines every key the code asks for, including composed ones', () => {
    const needed = [
      ...staticKeysInSource(),
      ...RIGHT_KINDS.map((k) => `rights_kind_${k}`),
      ...START_EVENTS.map((e) => `rights_event_${e}`),
      ...CONFIDENCE_LEVELS.map((c) => `rights_confidence_${c}`),
      ...PAYMENT_CHOICES.map((m) => `rights_pay_${m}`),
      ...LETTER_KINDS.map((k) => `letter_kind_${k.replace(/-/g, '_')}`),
      ...['payment_unknown', 'seller_foreign', 'seller_unknown', 'region_unknown', 'subnational', 'seller_type_unknown'].map((r) => `rights_reason_${r}`),
      ...['platform', 'seller', 'orderNumber', 'productTitle', 'orderDate', 'paymentDate', 'deliveryDate', 'amountPaid', 'buyerName'].map((f) => `letter_field_${f}`),
      'rights_days_left_one', 'rights_days_left_other', 'rights_notify_due_one', 'rights_notify_due_other',
      'rights_len_days_one', 'rights_len_days_other', 'rights_len_months_one', 'rights_len_months_other',
    ];
    expect(staticKeysInSource().length).toBeGreaterThan(30);
    for (const k of needed) expect(en[k], k).toBeTruthy();
  });
});
