#!/usr/bin/env node
/**
 * Entry of `npm run eval`. Loads the TypeScript eval (and the project's
 * `@/lib/...` modules) in-process with jiti, which transpiles TS on the fly
 * on Node 20 without a build step or a second process.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createJiti } from 'jiti';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const jiti = createJiti(import.meta.url, {
  alias: { '@': root },
  // Cached transpilation keeps a second run fast; the cache lives in node_modules/.cache.
  fsCache: true,
  moduleCache: true,
});

try {
  const { main } = await jiti.import(resolve(here, 'main.ts'));
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
