#!/usr/bin/env node
// Writes lib/about/third-party.json: every npm package whose code ends up in
// the extension (found by bundling each entrypoint and noting the modules it
// pulls from node_modules), with its version, licence and licence text, for
// the options page's About section. Run after adding or updating a dependency:
//   node tools/third-party-licenses.mjs
// tests/dom/components/options-about.test.tsx fails when the file is stale.
import { build } from 'vite';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every script entrypoint: top-level files, and the main/index script of each directory entrypoint. */
function entries() {
  const dir = path.join(ROOT, 'entrypoints');
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return /\.(ts|tsx)$/.test(e.name) ? [`entrypoints/${e.name}`] : [];
    const main = readdirSync(path.join(dir, e.name)).find((f) => /^(main|index)\.(ts|tsx)$/.test(f));
    return main ? [`entrypoints/${e.name}/${main}`] : [];
  });
}

/** "node_modules/@scope/name/dist/x.js" → "@scope/name" (the innermost node_modules wins). */
export function packageOf(id) {
  const rest = id.split(/[\\/]node_modules[\\/]/).at(-1);
  if (!rest || rest === id) return undefined;
  const parts = rest.split(/[\\/]/);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

async function bundledPackages(entry) {
  const found = new Set();
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    plugins: [{
      name: 'collect-packages',
      // Only modules that survive into the bundle (tree-shaken code still counts: licences follow the file).
      moduleParsed(info) {
        const pkg = info.id.includes('node_modules') ? packageOf(info.id.replace(/\?.*$/, '')) : undefined;
        if (pkg) found.add(pkg);
      },
    }],
    build: {
      write: false,
      minify: false,
      target: 'esnext',
      rollupOptions: { input: path.join(ROOT, entry), external: [/\.css$/] },
    },
  });
  return found;
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : undefined;
}

function packageDir(name) {
  const dir = path.join(ROOT, 'node_modules', name);
  if (!existsSync(path.join(dir, 'package.json'))) throw new Error(`cannot find ${name} in node_modules`);
  return dir;
}

const names = new Set();
for (const entry of entries()) for (const n of await bundledPackages(entry)) names.add(n);
const out = [...names].sort().map((name) => {
  const dir = packageDir(name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const text = licenceText(dir);
  const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
  if (!license) throw new Error(`${name} declares no licence: check it by hand before release`);
  const repository = repo ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
  // A few packages declare their licence only in package.json; say so rather than invent a notice.
  return { name, version: pkg.version, license, ...(repository ? { repository } : {}), ...(pkg.author ? { author: typeof pkg.author === 'string' ? pkg.author : pkg.author.name } : {}), ...(text ? { text } : {}) };
});
writeFileSync(path.join(ROOT, 'lib/about/third-party.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(out.map((p) => `${p.name}@${p.version} ${p.license}`).join('\n'));
