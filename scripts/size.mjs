#!/usr/bin/env node
// The weight of the JavaScript a person downloads to see the birth registration form, measured the honest way: the
// built app is served, loaded in Chromium, the procedure is opened, and every script response is recorded. Sizes are
// raw, gzip (level 9) and brotli (quality 11); the gzip total must stay within the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';
import { importTs } from './lib/load-ts.mjs';
import { startServer } from './serve-demo.mjs';

const BUDGET_GZIP = 60 * 1024;
const PROCEDURE = 'birth-registration';
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function sizes(path, base = dist) {
  const bytes = readFileSync(join(base, path));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The source module each built file comes from, read from the Vite manifest, to make the table readable. */
function sourcesByFile() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const sources = new Map();
  for (const [key, chunk] of Object.entries(manifest)) sources.set(chunk.file, chunk.src ?? chunk.name ?? key);
  return { manifest, sources };
}

/** Files the entry in index.html imports statically, by the manifest: all of them must have been loaded. */
function staticClosure(manifest) {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const files = new Set();
  const visit = (chunk) => {
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return files;
}

/**
 * Serves the built app, opens a page in Chromium and runs `visit(page, serverUrl, seen)`: `seen` collects the path
 * of every script the page receives (`sameOrigin`: only the app's own).
 */
async function withPage(visit, { sameOrigin = true } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs` for the ways to get one.');
  const server = await startServer({ root: dist, port: 0 });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const seen = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (sameOrigin && url.origin !== new URL(server.url).origin) return;
      if (url.pathname.endsWith('.js')) seen.push(url.pathname.slice(1));
    });
    return await visit(page, server.url, seen);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function loadedScripts() {
  const { t } = await importTs('src/i18n/all.ts');
  return withPage(async (page, serverUrl, seen) => {
    await page.goto(serverUrl + `#/${PROCEDURE}`);
    const continueButton = page.getByRole('button', { name: t('vi', 'continue'), exact: true });
    // The form is shown once its first step, with the Continue button, has rendered.
    await continueButton.waitFor();
    await page.waitForLoadState('networkidle');
    const shown = [...new Set(seen)];
    // What the first Continue adds (e.g. a lazily loaded validator) is reported too, outside the budget.
    await continueButton.click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const later = [...new Set(seen)].filter((file) => !shown.includes(file));
    return { shown, later };
  });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
}

function table(title, files, sources, base = dist) {
  const rows = files.map((file) => ({ file, source: sources.get(file) ?? '', ...sizes(file, base) }));
  const total = rows.reduce(
    (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
  const width = Math.max(30, ...rows.map((row) => row.file.length));
  console.log(`\n${title}`);
  console.log(
    `${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli 11'.padStart(9)}  source`,
  );
  for (const row of rows) {
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw)}  ${kb(row.gzip)}  ${kb(row.brotli)}  ${row.source}`);
  }
  console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.brotli)}`);
  return total;
}

/**
 * The drop-in (dist/embed/dvc-kit.js, the same build as dist-lib/cdn/) as a portal page uses it: a page with only
 * the script tag and `<dvc-form procedure=".../packs/birth-registration/pack.json">`, loaded until the form's first
 * step shows. Every script is counted: the drop-in, its chunks and the pack's validator module.
 */
async function dropInScripts() {
  const { t } = await importTs('src/i18n/all.ts');
  return withPage(
    async (page, serverUrl, seen) => {
      const pageUrl = `${serverUrl}size-embed.html`;
      await page.route(pageUrl, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body:
            '<!doctype html><html lang="vi"><script type="module" src="/embed/dvc-kit.js"></script>' +
            `<dvc-form procedure="/packs/${PROCEDURE}/pack.json"></dvc-form></html>`,
        }),
      );
      await page.goto(pageUrl);
      await page.getByRole('button', { name: t('vi', 'continue'), exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      return [...new Set(seen)];
    },
    { sameOrigin: false },
  );
}

/** The drop-in's initial download, then its lazy chunks (PDF, fonts, English, validators…) from its manifest. */
async function dropIn() {
  const manifest = JSON.parse(readFileSync(join(dist, 'embed', '.vite', 'manifest.json'), 'utf8'));
  const sources = new Map(Object.entries(manifest).map(([key, chunk]) => [`embed/${chunk.file}`, chunk.src ?? key]));
  const shown = await dropInScripts();
  const total = table(`Drop-in: JavaScript loaded to show the ${PROCEDURE} form from its pack`, shown, sources);
  const lazy = Object.values(manifest)
    .map((chunk) => `embed/${chunk.file}`)
    .filter((file) => !shown.includes(file))
    .sort();
  table('Drop-in: lazy chunks and assets, loaded only when needed (not in the initial download)', lazy, sources);
  return total;
}

async function main() {
  const { manifest, sources } = sourcesByFile();
  const { shown, later } = await loadedScripts();
  const missing = [...staticClosure(manifest)].filter((file) => !shown.includes(file));
  if (missing.length > 0) throw new Error(`The manifest's static imports were not all loaded: ${missing.join(', ')}`);
  const total = table(`JavaScript loaded to show the ${PROCEDURE} form`, shown, sources);
  if (later.length > 0) table('Loaded later, on the first Continue (not in the budget)', later, sources);
  const within = total.gzip <= BUDGET_GZIP;
  console.log(
    `\nBudget: ${BUDGET_GZIP.toLocaleString('en')} bytes gzip; used ${total.gzip.toLocaleString('en')} bytes ` +
      `(${((100 * total.gzip) / BUDGET_GZIP).toFixed(0)} %): ${within ? 'within budget' : 'OVER BUDGET'}`,
  );
  const embedded = await dropIn();
  console.log(
    `\nDrop-in initial download: ${embedded.gzip.toLocaleString('en')} bytes gzip ` +
      `(${((100 * embedded.gzip) / BUDGET_GZIP).toFixed(0)} % of the demo's budget; reported, not enforced)`,
  );
  if (!within) process.exit(1);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
