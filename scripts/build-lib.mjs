#!/usr/bin/env node
// Builds what the npm package ships for other people's pages (`npm run build:lib`), into dist-lib/:
// - npm/   ESM for bundler users: src/index.ts with its dependencies left as bare imports (the package's own
//          dependencies), lazy parts (PDF, crypto, fonts, English strings, validators, completion panels) kept as
//          separate chunks behind their dynamic imports;
// - cdn/   the drop-in `dvc-kit.js`: everything bundled and minified, its lazy chunks and assets beside it;
// - types/ the declarations of src/index.ts (tsc, tsconfig.types.json).
// Both JavaScript builds are ordinary (not "library mode") Vite builds with a relative base: library mode inlines
// every asset as base64, which would put the two PDF fonts (hundreds of KB) into a chunk, while an ordinary build
// emits them as files and resolves chunks and assets relative to the module's own URL (`import.meta.url`), so the
// drop-in works from any folder of any origin.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { inlineTokens } from './lib/inline-tokens.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

/** A bare import of one of the package's dependencies (`lit`, `lit/decorators.js`, `@cantoo/pdf-lib`…). */
function isDependency(id) {
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * Vite adds its preload helper to every non-library build, and names it `__vitePreload` in each module that imports
 * it. When a portal's own Vite build then bundles our npm files, it injects a second `__vitePreload` into the same
 * modules and fails with "Identifier '__vitePreload' has already been declared" (vitejs/vite#4016, not fixed for an
 * imported helper in Vite 8). Renaming ours (same length, so source maps stay right) keeps the two apart.
 */
const renamePreloadHelper = {
  name: 'dvc-rename-preload-helper',
  enforce: 'post',
  renderChunk: (code) => ({ code: code.replaceAll('__vitePreload', '__dvcPreload_'), map: null }),
};

function viteConfig({ outDir, entryName, external, minify, preserveModules = false }) {
  return {
    configFile: false,
    plugins: external ? [inlineTokens(), renamePreloadHelper] : [inlineTokens()],
    root: ROOT,
    // Relative: chunks and assets are found next to the module that imports them, wherever it is hosted.
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify,
      sourcemap: true,
      manifest: true,
      // The browser follows the static imports of a lazy chunk itself; the preload helper would add
      // `<link rel=modulepreload>` elements to the host page, which is not ours to change.
      modulePreload: false,
      // The PDF chunk (pdf-lib, fontkit, pkijs) is large by nature and loaded only when a person makes a PDF.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: { [entryName]: join(ROOT, 'src/index.ts') },
        // Keep the entry's exports (an application build would drop them: nothing imports an app's entry).
        preserveEntrySignatures: 'strict',
        external: external ? (id) => isDependency(id) : undefined,
        output: preserveModules
          ? {
              // One file per source module (dist-lib/npm/elements/form/form.js…): a bundler then keeps only what a
              // page imports, and package.json's `sideEffects` can name exactly the modules that define tags.
              preserveModules: true,
              preserveModulesRoot: join(ROOT, 'src'),
              entryFileNames: '[name].js',
              assetFileNames: 'assets/[name]-[hash][extname]',
            }
          : {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              assetFileNames: 'assets/[name]-[hash][extname]',
            },
      },
    },
  };
}

/** The drop-in bundle into `outDir` (dist-lib/cdn, and dist/embed for the demo's own embed snippets). */
export async function buildDropIn(outDir) {
  await build(viteConfig({ outDir, entryName: 'dvc-kit', external: false, minify: true }));
}

/** The ESM build for bundlers into `outDir` (dist-lib/npm). */
export async function buildNpm(outDir) {
  await build(viteConfig({ outDir, entryName: 'index', external: true, minify: false, preserveModules: true }));
}

export function buildTypes() {
  rmSync(join(ROOT, 'dist-lib/types'), { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.types.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('tsc -p tsconfig.types.json failed');
}

async function main() {
  await buildNpm(join(ROOT, 'dist-lib/npm'));
  await buildDropIn(join(ROOT, 'dist-lib/cdn'));
  buildTypes();
  console.log('Built dist-lib/npm, dist-lib/cdn/dvc-kit.js and dist-lib/types');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
