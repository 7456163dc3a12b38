import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';

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

/**
 * Serves `forms/` at `/forms/` during development and copies the same files into `dist/forms/` on build, so that
 * the demo fetches definitions and reference data from the same URLs in both. Anything else under `/forms/` is a 404
 * in development too, so a missing file shows up before it breaks a build.
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
      for (const rel of await publishedFormFiles()) {
        this.emitFile({ type: 'asset', fileName: `forms/${rel}`, source: await readFile(join(formsDir, rel)) });
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [formsPlugin()],
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
