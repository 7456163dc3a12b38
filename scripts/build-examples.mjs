#!/usr/bin/env node
// Type-checks and builds the framework examples of docs/examples/ (React, Vue) into dist-examples/<name>/, each with
// the forms/ it fetches beside it, and prints their sizes. Each example imports `dvc-kit` by its package name, which resolves
// through package.json `exports` to dist-lib/: build that first (`npm run build:lib`).
//   node scripts/build-examples.mjs [name…]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['react', 'vue'];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const entry = pkg.exports?.['.']?.import;
if (!entry || !existsSync(join(ROOT, entry))) {
  console.error(`dvc-kit's package entry (${entry ?? 'exports["."].import'}) is not built: run \`npm run build:lib\`.`);
  process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The example's own code (scripts and styles, raw and gzip, the entry's separately) and the forms/ beside it. */
function sizes(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entryScript = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  const result = { entry: 0, code: 0, codeGzip: 0, forms: 0 };
  for (const file of filesUnder(outDir)) {
    const rel = relative(outDir, file).split('\\').join('/');
    if (rel.startsWith('forms/')) result.forms += statSync(file).size;
    else if (/\.(js|css)$/.test(rel)) {
      const gzip = gzipSync(readFileSync(file)).length;
      result.code += statSync(file).size;
      result.codeGzip += gzip;
      if (rel === entryScript) result.entry = gzip;
    }
  }
  return result;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : EXAMPLES;
for (const name of names) {
  if (!EXAMPLES.includes(name)) throw new Error(`No example "${name}" (known: ${EXAMPLES.join(', ')})`);
  // tsc checks the TypeScript (React: the JSX too, against dvc-kit's published types); Vite only strips types.
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const checked = spawnSync(process.execPath, [tsc, '--noEmit', '-p', join(ROOT, 'docs/examples', name)], {
    stdio: 'inherit',
  });
  if (checked.status !== 0) throw new Error(`docs/examples/${name} does not type-check`);
  await build({ configFile: join(ROOT, 'docs/examples', name, 'vite.config.ts'), logLevel: 'warn' });
  const size = sizes(join(ROOT, 'dist-examples', name));
  console.log(
    `dist-examples/${name}: entry script ${kb(size.entry)} gzip; all scripts and styles ${kb(size.code)} ` +
      `(${kb(size.codeGzip)} gzip, lazy chunks included); forms/ ${kb(size.forms)}`,
  );
}
