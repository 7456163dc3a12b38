#!/usr/bin/env node
// Bundles the Node command (src/cli/main.ts with the core it uses) into dist-node/cli.mjs for bin/dvc-kit.mjs.
// Runtime dependencies (ajv, ajv-formats) stay external: they are the package's own dependencies.
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './lib/load-ts.mjs';

await build({
  entryPoints: [join(ROOT, 'src/cli/main.ts')],
  outfile: join(ROOT, 'dist-node/cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log('Built dist-node/cli.mjs');
