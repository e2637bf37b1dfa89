import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { CAPTURE_ERROR_CODES } from '@/lib/evidence/capture/capture-error';
import { CAPTURE_TRIGGERS } from '@/lib/evidence/record-schema';

const load = (l: string) => parseYAML<Record<string, string>>(readFileSync(`locales/${l}.yml`, 'utf8'));

describe('evidence strings', () => {
  const en = load('en');
  const zh = load('zh_CN');
  const keys = [
    ...CAPTURE_ERROR_CODES.map((c) => `ev_error_${c.replace(/-/g, '_')}`),
    ...CAPTURE_TRIGGERS.map((c) => `trigger_${c.replace(/-/g, '_')}`),
    ...['captured', 'not_offered', 'not_requested', 'failed', 'not_taken'].map((s) => `report_status_${s}`),
    ...['ok', 'changed', 'missing', 'added'].map((s) => `ev_file_${s}`),
  ];
  it('every key built from a code exists, non-empty, in both languages', () => {
    for (const k of keys) {
      expect(en[k], k).toBeTruthy();
      expect(zh[k], k).toBeTruthy();
    }
  });
  it('the evidence section has the same keys in both files', () => {
    const ev = (o: Record<string, string>) => Object.keys(o).filter((k) => /^(ev_|report_|trigger_)/.test(k)).sort();
    expect(ev(zh)).toEqual(ev(en));
  });
});
