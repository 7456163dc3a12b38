import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';
import { inlineTokens } from './scripts/lib/inline-tokens.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const formsDir = resolve(root, 'forms');

/**
 * Whether a file under `forms/` is part of what the browser may fetch: procedure definitions, JSON Schemas, shared
 * `$defs` and reference data. Examples and authoring notes stay out of the served app.
 */
function isPublishedFormFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  if (extname(relativePath) !== '.json' || parts.includes('examples')) return false;
  if (parts[0] === 'data' || parts[0] === 'common') return true;
  if (parts.length === 2 && parts[1] === 'definition.json') return true;
  return relativePath.endsWith('.schema.json');
}

async function publishedFormFiles(dir = formsDir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return publishedFormFiles(path);
      const rel = relative(formsDir, path).split(sep).join('/');
      return entry.isFile() && isPublishedFormFile(rel) ? [rel] : [];
    }),
  );
  return files.flat();
}

/** A procedure's folder name is its id and its route in the demo (`#/birth-registration`): lower-case kebab-case. */
const PROCEDURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `forms/index.json`: every `forms/<id>/definition.json`, sorted by id, with its URL (relative to the index, so the
 * app works under any base path), title and description. The demo reads it at start, so that a procedure folder
 * dropped into `forms/` is offered without a code change, and lists the procedures with one request. A definition
 * that is not even JSON is still listed, by id: opening it shows the form's own message about what is wrong.
 */
async function procedureIndex(): Promise<string> {
  const entries = await readdir(formsDir, { withFileTypes: true }).catch(() => []);
  const ids = entries.filter((entry) => entry.isDirectory() && PROCEDURE_ID.test(entry.name)).map((e) => e.name);
  const procedures = [];
  for (const id of ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const text = await readFile(join(formsDir, id, 'definition.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    let summary: { title?: unknown; description?: unknown } = {};
    try {
      summary = JSON.parse(text) as typeof summary;
    } catch {
      // Listed without a title (see above).
    }
    procedures.push({
      id,
      definition: `${id}/definition.json`,
      title: summary.title,
      description: summary.description,
    });
  }
  return `${JSON.stringify({ procedures }, null, 2)}\n`;
}

/**
 * Serves `forms/` at `/forms/` during development and copies the same files into `dist/forms/` on build, so that
 * the demo fetches the index, definitions and reference data from the same URLs in both. Anything else under
 * `/forms/` is a 404 in development too, so a missing file shows up before it breaks a build.
 */
function formsPlugin(): Plugin {
  return {
    name: 'dvc-forms',
    configureServer(server) {
      server.middlewares.use('/forms', (req, res, next) => {
        let rel = '';
        try {
          rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
        } catch {
          // A malformed escape cannot name a published file; it falls through to the 404 below.
        }
        if (rel === 'index.json') {
          // Made on each request, so a folder added while the server runs shows up on the next reload.
          procedureIndex()
            .then((body) => {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(body);
            })
            .catch(next);
          return;
        }
        if (!rel || rel.split('/').includes('..') || !isPublishedFormFile(rel)) {
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        readFile(join(formsDir, rel))
          .then((body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body);
          })
          .catch(() => next());
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'forms/index.json', source: await procedureIndex() });
      for (const rel of await publishedFormFiles()) {
        this.emitFile({ type: 'asset', fileName: `forms/${rel}`, source: await readFile(join(formsDir, rel)) });
      }
    },
  };
}

/**
 * The service worker's own code for Background Sync (src/sync/outbox-worker.ts: the outbox sender, Dexie included),
 * bundled into one classic script, `outbox-sw.js`, that the generated worker loads with `importScripts`. A worker
 * cannot import the app's ES chunks, so it gets its own bundle; it is precached like everything else.
 */
function outboxWorker(): Plugin {
  return {
    name: 'dvc-outbox-worker',
    apply: 'build',
    async generateBundle() {
      const result = await esbuild({
        entryPoints: [resolve(root, 'src/sync/outbox-worker.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        write: false,
        logLevel: 'warning',
      });
      this.emitFile({ type: 'asset', fileName: 'outbox-sw.js', source: result.outputFiles[0].text });
    },
  };
}

/**
 * What other origins embed, built beside the demo so that its copy-paste snippets work against it: the drop-in
 * bundle at `embed/dvc-kit.js` (its lazy chunks and fonts beside it) and a procedure pack (`dvc-kit build`) of
 * every procedure in forms/ at `packs/<id>/`. Neither is precached by the demo's service worker (a portal that
 * embeds them caches nothing of ours), and both are served with CORS headers by scripts/serve-demo.mjs and
 * `dvc-kit serve`. The packs are made by the built command (dist-node/, `npm run gen`), as a province would make them.
 */
function embedPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'dvc-embed',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const { buildDropIn } = await import('./scripts/build-lib.mjs');
      await buildDropIn(join(outDir, 'embed'));
      const entries = await readdir(formsDir, { withFileTypes: true });
      const definitions = entries
        .filter((entry) => entry.isDirectory() && PROCEDURE_ID.test(entry.name))
        .map((entry) => join(formsDir, entry.name, 'definition.json'))
        .filter((file) => existsSync(file));
      const cli = resolve(root, 'bin/dvc-kit.mjs');
      const args = [cli, 'build', ...definitions, '--out', join(outDir, 'packs')];
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`dvc-kit build failed:\n${result.stderr}${result.stdout}`);
    },
  };
}

/**
 * The service worker (Workbox `generateSW`): it precaches everything a procedure needs, so that after one online
 * visit the demo and every procedure open with the network off, across browser restarts. It never takes over by
 * itself (`registerType: 'prompt'`, no `skipWaiting`): a new version waits until the page accepts it, which
 * src/sync/service-worker.ts and <dvc-update-banner> arrange after the open forms have saved their drafts.
 */
function serviceWorker(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registration is ours (src/sync/service-worker.ts, with workbox-window), after the first paint.
    injectRegister: false,
    // The icons are in the glob patterns below; letting the plugin add them too would list them twice.
    includeManifestIcons: false,
    manifest: {
      name: 'dvc-kit — Dịch vụ công',
      short_name: 'dvc-kit',
      description: 'Biểu mẫu dịch vụ công chạy ngay trong trình duyệt, kể cả khi không có mạng.',
      lang: 'vi',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b3d91',
      background_color: '#ffffff',
      icons: [
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The app shell and everything a procedure fetches: scripts (including lazily loaded validators), styles,
      // icons, fonts once there are any, and under forms/ the procedure index, the definitions, JSON Schemas,
      // shared defs and reference data (the 34 provinces' commune lists are all taken: a person may pick any
      // province while offline; the index lets the demo list its procedures offline). The web app
      // manifest is added by the plugin itself; source maps and Vite's own manifest (.vite/) stay out.
      globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf}', 'forms/**/*.json'],
      // embed/ and packs/ are for other origins' pages (see embedPlugin), not part of the demo app.
      globIgnores: ['**/*.map', '.vite/**', 'embed/**', 'packs/**'],
      // Workbox skips (with only a warning) any file above this size, which would make that feature silently
      // fail offline. The largest file today is under 300 KB, but the PDF chunk and a Vietnamese font will be far
      // larger, so the limit is set well above them; test/e2e/offline.e2e.mjs checks that nothing was left out.
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      navigateFallback: '/index.html',
      // A typed-in address under /forms/ is a data file, not a page of the app: it must not get the app shell.
      navigateFallbackDenylist: [/^\/forms\//],
      cleanupOutdatedCaches: true,
      // Background Sync: sends the outbox when the device is back online, with or without an open tab.
      importScripts: ['outbox-sw.js'],
      clientsClaim: true,
      skipWaiting: false,
    },
    showMaximumFileSizeToCacheInBytesWarning: true,
    // `vite` (development) serves modules unbundled: there is nothing to precache, so no service worker there.
    devOptions: { enabled: false },
  });
}

export default defineConfig({
  root,
  plugins: [inlineTokens(), formsPlugin(), outboxWorker(), embedPlugin(), serviceWorker()],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      input: { index: resolve(root, 'index.html') },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
