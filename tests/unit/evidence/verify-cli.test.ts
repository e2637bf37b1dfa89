import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePack, rezip, unzip } from '../../fixtures/evidence/packs';

function runCli(file: string) {
  return spawnSync(process.execPath, ['lib/evidence/cli/verify.mjs', file], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run verify (CLI, Node without a browser)', () => {
  it('exits 0 for a valid pack and non-zero naming the reason after one byte changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    const { zip } = await makePack();
    const good = join(dir, 'good.zip');
    writeFileSync(good, zip);
    const ok = runCli(good);
    expect(ok.stdout).toMatch(/^VALID /);
    expect(ok.status).toBe(0);

    const files = unzip(zip);
    const png = Object.keys(files).find((p) => p.endsWith('/visible.png'))!;
    files[png] = files[png]!.slice();
    files[png]![10] = files[png]![10]! ^ 0xff;
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, rezip(files));
    const fail = runCli(bad);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toMatch(/^INVALID .*file-changed/);
    expect(fail.stdout).toContain(png);

    const missing = runCli(join(dir, 'nope.zip'));
    expect(missing.status).toBe(2);
  });
});
