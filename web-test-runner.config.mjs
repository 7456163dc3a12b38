import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './scripts/chromium.mjs';
import { bundledDepsPlugin } from './scripts/lib/wtr-bundled-deps.mjs';

// Unit and element tests run unbundled in a real Chromium (Debian package), found by scripts/chromium.mjs.

/** Lists every forms/<procedure>/examples/*.json for the sweep that renders them (browsers cannot list folders). */
function examplesIndexPlugin() {
  return {
    name: 'dvc-examples-index',
    serve(context) {
      if (context.path !== '/__dvc/examples.json') return undefined;
      const list = [];
      for (const procedure of readdirSync('forms', { withFileTypes: true })) {
        const dir = join('forms', procedure.name, 'examples');
        if (!procedure.isDirectory() || !existsSync(dir)) continue;
        for (const file of readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .sort()) {
          list.push({ procedure: `/forms/${procedure.name}/definition.json`, example: `/${dir}/${file}` });
        }
      }
      return { body: JSON.stringify(list), type: 'application/json' };
    },
  };
}

/**
 * Serves Dexie's ES module build for the bare specifier `dexie`. Its package `import` export is a wrapper around the
 * UMD build, which an unbundled browser cannot import (dexie/Dexie.js#1995); Vite bundles that wrapper without
 * trouble, so only the test runner needs this.
 */
function dexieEsmPlugin() {
  return {
    name: 'dvc-dexie-esm',
    resolveImport({ source }) {
      return source === 'dexie' ? '/node_modules/dexie/dist/dexie.mjs' : undefined;
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [
    examplesIndexPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    dexieEsmPlugin(),
    bundledDepsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
