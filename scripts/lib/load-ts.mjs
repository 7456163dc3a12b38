// Lets Node build scripts use the project's TypeScript modules (src/core is written once for browser and Node):
// the entry is bundled with esbuild into node_modules/.cache and imported from there. Dependencies stay external.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles `entry` for Node and returns the file's path (for a worker thread to import the same bundle). */
export async function bundleTs(entry) {
  const outdir = join(ROOT, 'node_modules/.cache/dvc-kit');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, entry.replace(/[^A-Za-z0-9]+/g, '_') + '.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

export async function importTs(entry) {
  return import(pathToFileURL(await bundleTs(entry)).href + '?t=' + Date.now());
}
