// The production manifest asks for no all-sites access: host permissions for
// the supported marketplaces only, activeTab for capture, and all sites only
// as an optional permission. Only the explicit test switch widens it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, PROD_BUILD_DIR, TEST_BUILD_DIR } from '../support/paths.mjs';

const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

test('production build: marketplaces only, activeTab, all sites optional', () => {
  const env = { ...process.env };
  delete env.WXT_TEST_BUILD;
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const m = JSON.parse(readFileSync(path.join(PROD_BUILD_DIR, 'manifest.json'), 'utf8'));
  assert.equal(m.manifest_version, 3);
  for (const p of ALL_SITES) assert.ok(!m.host_permissions.includes(p), `no ${p} in host_permissions`);
  assert.ok(m.host_permissions.every((p) => /^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(p)), 'host permissions are marketplace domains');
  assert.ok(m.host_permissions.includes('*://*.aliexpress.com/*'));
  assert.ok(m.host_permissions.includes('*://*.amazon.co.jp/*'));
  assert.ok(m.permissions.includes('activeTab'));
  assert.deepEqual(m.optional_host_permissions, ['<all_urls>']);
  assert.ok(!m.externally_connectable, 'web pages cannot message the extension');
  const matches = m.content_scripts.flatMap((c) => c.matches);
  for (const p of ALL_SITES) assert.ok(!matches.includes(p), `static content script does not run on ${p}`);
});

test('the test build is the only one with all-sites access', () => {
  const m = JSON.parse(readFileSync(path.join(TEST_BUILD_DIR, 'manifest.json'), 'utf8'));
  assert.deepEqual(m.host_permissions, ['<all_urls>']);
});
