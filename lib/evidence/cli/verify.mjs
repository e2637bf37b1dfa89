#!/usr/bin/env node
/**
 * `npm run verify -- PACK.zip [--json]`: checks an evidence pack without a
 * browser. Exit 0 when valid; 1 when invalid, naming each reason; 2 when the
 * pack cannot be read at all (usage, missing file). The TypeScript verifier
 * (lib/evidence/verify/verify-pack.ts, the same code the extension runs) is
 * loaded with jiti, so Node 20 needs no build step.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createJiti } from 'jiti';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

async function main(argv) {
  const json = argv.includes('--json');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length !== 1) {
    console.error('usage: npm run verify -- PACK.zip [--json]');
    return 2;
  }
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(paths[0]));
  } catch (err) {
    console.error(`cannot read ${paths[0]}: ${err instanceof Error ? err.message : err}`);
    return 2;
  }
  const jiti = createJiti(import.meta.url, { alias: { '@': root }, fsCache: true, moduleCache: true });
  const { verifyPack } = await jiti.import(resolve(root, 'lib/evidence/verify/verify-pack.ts'));
  const result = await verifyPack(bytes);
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else if (result.valid) {
    console.log(`VALID ${paths[0]}`);
    console.log(`  ${result.files.length} files unchanged, ${result.captures} captures, chain ${result.chain ? `${result.chain.from}–${result.chain.to}` : 'empty'}`);
    console.log(`  signing key ${result.keyFingerprint}`);
  } else {
    const reasons = [...new Set(result.problems.map((p) => p.code))];
    console.log(`INVALID ${paths[0]}: ${reasons.join(', ')}`);
    for (const p of result.problems) console.log(`  ${p.code}${p.path ? ` ${p.path}` : ''}: ${p.detail}`);
    const bad = result.files.filter((f) => f.status !== 'ok');
    for (const f of bad) console.log(`  file ${f.status}: ${f.path}`);
  }
  return result.valid ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
