import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseYAML } from 'confbox';
import { RISK_CATEGORIES, SEVERITIES, VERDICT_LEVELS } from '@/lib/facts/verdict';
import { LIST_CATEGORIES } from '@/lib/lists/types';
import { RULES } from '@/lib/risk/rules';
import { CAPTURE_TRIGGERS } from '@/lib/evidence/record-schema';
import { SECTIONS } from '@/components/options-app';
import { PRIVACY_PARTS } from '@/components/options-privacy';

/**
 * Both languages, everywhere: the two locale files have the same keys, no
 * empty string, the same `$n` placeholders, and every key the code asks
 * for — literal `t('…')` calls anywhere in components/ and lib/, and the
 * keys composed from enums — exists in both.
 */
const root = join(__dirname, '../../..');
const load = (locale: string) => parseYAML<Record<string, unknown>>(readFileSync(join(root, 'locales', `${locale}.yml`), 'utf8'));
const en = load('en');
const zh = load('zh_CN');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every `t('key')` (also `t("key")`) with a literal key in components/ and lib/. */
function literalKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of [...sourceFiles(join(root, 'components')), ...sourceFiles(join(root, 'lib'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([A-Za-z][A-Za-z0-9_]*)['"]/g)) keys.set(m[1]!, file.slice(root.length + 1));
  }
  return keys;
}

const u = (s: string) => s.replace(/-/g, '_');

/** Keys built from enums at run time (`t(\`level_${…}\`)`). */
const composed = [
  ...VERDICT_LEVELS.flatMap((l) => [`level_${u(l)}`, `line_${u(l)}`]),
  ...RISK_CATEGORIES.map((c) => `category_${u(c)}`),
  ...['list', 'guidance', 'user', 'history'].map((k) => `source_${k}`),
  ...SEVERITIES.map((s) => `ui_severity_${s}`),
  ...LIST_CATEGORIES.map((c) => `list_category_${c}`),
  ...RULES.map((r) => `rule_${u(r.id)}`),
  ...CAPTURE_TRIGGERS.map((tr) => `trigger_${u(tr)}`),
  ...SECTIONS.map((s) => `opt_section_${s}`),
  ...PRIVACY_PARTS.flatMap((p) => [`opt_privacy_${p}`, `opt_privacy_${p}_title`]),
  ...['relaxed', 'normal', 'strict'].map((s) => `opt_sensitivity_${s}`),
  ...['trust', 'block', 'note'].map((a) => `opt_rule_action_${a}`),
  ...['url', 'file'].map((o) => `opt_list_origin_${o}`),
  ...['feedbackPercent', 'rating', 'price'].flatMap((m) => [`ui_history_${m}`, `ui_history_col_${m}`]),
  ...['months', 'years'].flatMap((unit) => [`ui_age_${unit}_one`, `ui_age_${unit}_other`]),
];

describe('locale files', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(en).length).toBeGreaterThan(400);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty string in either language', () => {
    for (const [locale, messages] of [['en', en], ['zh_CN', zh]] as const) {
      for (const [k, v] of Object.entries(messages)) {
        expect(typeof v, `${locale}:${k}`).toBe('string');
        expect(String(v).trim(), `${locale}:${k}`).not.toBe('');
      }
    }
  });

  it('use the same $n placeholders in both languages', () => {
    const params = (s: unknown) => [...new Set([...String(s).matchAll(/\$([1-9])/g)].map((m) => m[1]))].sort().join(',');
    for (const k of Object.keys(en)) expect(params(zh[k]), k).toBe(params(en[k]));
  });

  it('are written in Chinese where the Chinese file says so', () => {
    // Catches an English string pasted into zh_CN.yml: UI text must contain Chinese characters.
    const ui = Object.keys(zh).filter((k) => /^(ui|opt|banner|popup)_/.test(k) && k !== 'popup_title');
    expect(ui.length).toBeGreaterThan(150);
    for (const k of ui) expect(String(zh[k]), k).toMatch(/[\u4e00-\u9fff]/);
  });

  it('define every key the code asks for by name', () => {
    const keys = literalKeys();
    expect(keys.size).toBeGreaterThan(200);
    const missing = [...keys].filter(([k]) => !(k in en) || !(k in zh)).map(([k, file]) => `${k} (${file})`);
    expect(missing).toEqual([]);
  });

  it('define every key composed from an enum', () => {
    const missing = composed.filter((k) => !(k in en) || !(k in zh));
    expect(missing).toEqual([]);
  });
});
