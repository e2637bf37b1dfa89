#!/usr/bin/env node
/**
 * `npm run rights -- --json` prints the whole rights knowledge base as one
 * JSON array. Without `--json` it prints a short table. Either way every
 * entry is validated first and the command fails (exit 1) on a broken entry.
 *
 * The data is TypeScript; jiti (already installed as a WXT dependency)
 * transpiles it in-process on Node 20 with the `@/` alias of the project,
 * which is faster than starting vite-node.
 */
import { createJiti } from 'jiti';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const jiti = createJiti(import.meta.url, { alias: { '@': root }, fsCache: false });
const kb = await jiti.import(`${root}/lib/rights/knowledge-base.ts`);

const problems = kb.checkKnowledgeBase();
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${p.id}: ${p.message}\n`);
  process.exit(1);
}

const entries = kb.allRights();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
} else {
  const window = (e) => {
    const parts = [];
    if (e.windowMonths) parts.push(`${e.windowMonths} mo`);
    if (e.windowDays !== null) parts.push(`${e.windowDays} d`);
    return parts.length ? `${e.atLeast ? '≥' : ''}${parts.join(' + ')} from ${e.startsAt ?? 'untracked'}` : '—';
  };
  for (const e of entries) {
    const scope = e.jurisdiction ?? e.platform;
    process.stdout.write(`${e.kind.padEnd(9)} ${String(scope).padEnd(10)} ${e.confidence.padEnd(10)} ${window(e).padEnd(32)} ${e.id}\n`);
  }
  process.stdout.write(`${entries.length} entries\n`);
}
