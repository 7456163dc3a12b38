import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * A real reference receiver (src/receiver/receiver.ts, built into dist-node/receiver.mjs by scripts/build-cli.mjs) for
 * browser tests, driven from the page with `executeServerCommand`. Commands: `receiver-start` {faults?, token?} →
 * {apiUrl}; `receiver-faults` {faults}; `receiver-stats` → {stats, stored: ids on disk}; `receiver-upload` {url} →
 * {size, sha256} of the bytes the receiver holds for an upload; `receiver-stop`. One receiver per test file, on a free
 * port, with a fresh temporary data directory, allowing the test page's origin (CORS). The receiver is imported only
 * when a test starts one, so that this config loads without it.
 */
function receiverPlugin() {
  const running = new Map();
  let origins = [];
  async function stop(sessionId) {
    const entry = running.get(sessionId);
    if (!entry) return;
    running.delete(sessionId);
    await entry.receiver.close();
    rmSync(entry.dataDir, { recursive: true, force: true });
  }
  function current(sessionId) {
    const entry = running.get(sessionId);
    if (!entry) throw new Error('No receiver running for this test file: call receiver-start first');
    return entry;
  }
  const commands = {
    async 'receiver-start'(sessionId, { faults, token } = {}) {
      await stop(sessionId);
      const { startReceiver } = await import(pathToFileURL(resolve('dist-node/receiver.mjs')).href);
      const dataDir = mkdtempSync(join(tmpdir(), 'dvc-receiver-'));
      const receiver = await startReceiver({ dataDir, port: 0, corsOrigins: origins, token, faults });
      running.set(sessionId, { receiver, dataDir });
      return { apiUrl: receiver.apiUrl };
    },
    async 'receiver-faults'(sessionId, { faults = {} } = {}) {
      current(sessionId).receiver.setFaults(faults);
      return true;
    },
    async 'receiver-stats'(sessionId) {
      const { receiver } = current(sessionId);
      return { stats: receiver.stats(), stored: await receiver.storedSubmissions() };
    },
    async 'receiver-upload'(sessionId, { url }) {
      // tus FileStore keeps each upload as uploads/<id>; the id is the last segment of the upload URL.
      const bytes = readFileSync(join(current(sessionId).dataDir, 'uploads', basename(new URL(url).pathname)));
      return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    async 'receiver-stop'(sessionId) {
      await stop(sessionId);
      return true;
    },
  };
  return {
    name: 'dvc-receiver',
    serverStart({ config }) {
      const port = config.port;
      origins = [...new Set([`http://${config.hostname ?? 'localhost'}:${port}`, `http://localhost:${port}`])];
    },
    async serverStop() {
      await Promise.all([...running.keys()].map(stop));
    },
    executeCommand({ command, payload, session }) {
      return Object.hasOwn(commands, command) ? commands[command](session.id, payload) : undefined;
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // English is a lazy chunk in the app (src/i18n/index.ts). Units and elements are tested in both languages without
  // waiting for it: every test page registers it first, as the Node code does (src/i18n/all.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/src/i18n/all.ts"></script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [
    examplesIndexPlugin(),
    receiverPlugin(),
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
