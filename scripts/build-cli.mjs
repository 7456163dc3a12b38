#!/usr/bin/env node
// Bundles the Node command (src/cli/main.ts with the core it uses) into dist-node/cli.mjs for bin/dvc-kit.mjs, split
// so that `pdf` and `verify` load their libraries only when they run. Runtime dependencies stay external: they are
// the package's own dependencies.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/load-ts.mjs';

rmSync(join(ROOT, 'dist-node'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(ROOT, 'src/cli/main.ts') },
  outdir: join(ROOT, 'dist-node'),
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log('Built dist-node/cli.mjs');
