// Bundles a TypeScript module of the project into one IIFE that exposes its
// exports as `globalThis[name]`, so a bench can evaluate it inside an
// extension page (CDP evaluation is not subject to the page's CSP).
import { build } from 'vite';
import path from 'node:path';
import { ROOT } from '../support/paths.mjs';

/**
 * @param {{ root?: string, minify?: boolean }} [opts] `root`: the checkout to bundle from (another revision's worktree)
 * @returns {Promise<string>} the script text
 */
export async function bundleForPage(entry, name, { root = ROOT, minify = true } = {}) {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify,
      target: 'esnext',
      lib: { entry: path.resolve(root, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no code`);
  return chunk.code;
}
