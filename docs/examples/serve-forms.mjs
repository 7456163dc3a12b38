// The procedure definitions and reference data the examples fetch by URL, from the repository's forms/ folder: served
// at /forms/ by `vite` (development) and copied into the build's forms/ folder. A portal hosts these files itself
// (or a pack made by `dvc-kit build`); this plugin only stands in for that hosting, it is not part of an example.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const formsDir = fileURLToPath(new URL('../../forms/', import.meta.url));

/** Definitions, shared `$defs` and reference data: every JSON file except the procedures' test examples. */
async function publishedFiles(dir = formsDir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'examples' ? [] : publishedFiles(path);
      return entry.name.endsWith('.json') ? [relative(formsDir, path).split(sep).join('/')] : [];
    }),
  );
  return nested.flat();
}

/** A Vite plugin: `/forms/<file>` in development, `forms/<file>` in the build output. */
export function serveForms() {
  return {
    name: 'dvc-examples-forms',
    configureServer(server) {
      server.middlewares.use('/forms', async (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
        if (!(await publishedFiles()).includes(rel)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(await readFile(join(formsDir, rel)));
      });
    },
    async generateBundle() {
      for (const rel of await publishedFiles()) {
        this.emitFile({ type: 'asset', fileName: `forms/${rel}`, source: await readFile(join(formsDir, rel)) });
      }
    },
  };
}
