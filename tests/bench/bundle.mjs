// Bundles a TypeScript module of the project into one IIFE that exposes its
// exports as `globalThis[name]`, so a bench can evaluate it inside an
// extension page (CDP evaluation is not subject to the page's CSP).
import { build } from 'vite';
import path from 'node:path';
import { ROOT } from '../support/paths.mjs';

/** @returns {Promise<string>} the script text */
export async function bundleForPage(entry, name) {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      target: 'esnext',
      lib: { entry: path.resolve(ROOT, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no code`);
  return chunk.code;
}
