// Builds the test extension once, then runs every *.e2e.mjs with node's test
// runner in Debian's Chromium. E2E_SKIP_BUILD=1 reuses an existing build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/paths.mjs';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

if (process.env.E2E_SKIP_BUILD !== '1') {
  const built = run('npx', ['wxt', 'build'], { WXT_TEST_BUILD: '1' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const dir = path.join(ROOT, 'tests/e2e');
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).filter((f) => only.length === 0 || only.some((o) => f.includes(o))).map((f) => path.join(dir, f));
const res = run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]);
process.exit(res.status ?? 1);
