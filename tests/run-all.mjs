// `npm test`: type-checks, runs the unit tests (Vitest) and the end-to-end
// tests (node:test driving Debian's Chromium with the built extension), and
// reports the counts of each and in total. Exits non-zero if anything fails.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/paths.mjs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'guard-test-'));
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
const summary = [];

console.log('\n== type check (tsc --noEmit) ==');
const tsc = run('npx', ['tsc', '--noEmit']);
summary.push({ name: 'type check', passed: tsc.status === 0 ? 1 : 0, failed: tsc.status === 0 ? 0 : 1 });

console.log('\n== unit tests (vitest) ==');
const unitJson = path.join(tmp, 'unit.json');
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
try {
  const r = JSON.parse(readFileSync(unitJson, 'utf8'));
  summary.push({ name: 'unit', passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0), skipped: r.numPendingTests });
} catch {
  summary.push({ name: 'unit', passed: 0, failed: 1 });
}

console.log('\n== end-to-end tests (Chromium) ==');
const built = run('npx', ['wxt', 'build'], { WXT_TEST_BUILD: '1' });
if (built.status !== 0) {
  summary.push({ name: 'e2e build', passed: 0, failed: 1 });
} else {
  const tap = path.join(tmp, 'e2e.tap');
  const dir = path.join(ROOT, 'tests/e2e');
  const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).map((f) => path.join(dir, f));
  run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files]);
  const text = (() => { try { return readFileSync(tap, 'utf8'); } catch { return ''; } })();
  const count = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  summary.push({ name: 'e2e', passed: count('pass'), failed: count('fail') + count('cancelled') + (text ? 0 : 1), skipped: count('skipped') });
}

const total = summary.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + (s.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log('\n== summary ==');
for (const s of summary) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
