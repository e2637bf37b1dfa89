import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { RAW_ENTRIES } from '@/lib/rights/knowledge-base';
import { rightEntrySchema } from '@/lib/rights/schema';

const root = join(__dirname, '../../..');

describe('npm run rights -- --json', () => {
  it('is wired in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.rights).toBe('node tools/rights.mjs');
  });

  it('prints the whole knowledge base as one JSON array of valid entries', () => {
    const out = execFileSync(process.execPath, [join(root, 'tools/rights.mjs'), '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const parsed: unknown = JSON.parse(out);
    expect(Array.isArray(parsed)).toBe(true);
    const list = parsed as unknown[];
    expect(list).toHaveLength(RAW_ENTRIES.length);
    for (const e of list) expect(rightEntrySchema.safeParse(e).success).toBe(true);
    expect((list as { id: string }[]).map((e) => e.id)).toEqual(RAW_ENTRIES.map((e) => e.id));
  }, 60_000);
});
