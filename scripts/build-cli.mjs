#!/usr/bin/env node
// Bundles the Node command (src/cli/main.ts with the core it uses) into dist-node/cli.mjs for bin/dvc-kit.mjs, and the
// reference receiver (src/receiver/receiver.ts) into dist-node/receiver.mjs for the tests and the end-to-end harness,
// split so that `pdf`, `verify`, `serve` and `build` load their libraries only when they run. Runtime dependencies
// stay external: they are the package's own dependencies.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/load-ts.mjs';

// Several test files build at the start while others may be running the command: the new bundle is written aside
// (under node_modules/.cache, which no tool looks at) and swapped in with two renames, so that dist-node/ is never
// missing or half-written for more than an instant.
const target = join(ROOT, 'dist-node');
const aside = join(ROOT, 'node_modules/.cache/dvc-kit');
const fresh = join(aside, `dist-node.${process.pid}.new`);
const old = join(aside, `dist-node.${process.pid}.old`);
mkdirSync(aside, { recursive: true });
rmSync(fresh, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: join(ROOT, 'src/cli/main.ts'),
    receiver: join(ROOT, 'src/receiver/receiver.ts'),
    // What `dvc-kit build` bundles into a procedure pack's validator: built here so that the installed command
    // needs no TypeScript sources.
    'validator-formats': join(ROOT, 'src/core/validate/formats.ts'),
    'validator-rules': join(ROOT, 'src/core/validate/rules.ts'),
  },
  outdir: fresh,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// Another build may swap its bundle in between our two renames: then we move that one aside too and try again.
for (let attempt = 1; ; attempt++) {
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(target, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(fresh, target);
    break;
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code) || attempt === 5) throw error;
  }
}
rmSync(old, { recursive: true, force: true });
console.log('Built dist-node/cli.mjs and dist-node/receiver.mjs');
