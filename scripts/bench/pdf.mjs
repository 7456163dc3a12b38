/* global document */
// The signed-PDF figures: making and signing the birth-registration PDF through the real UI of the built app (dist/)
// in Chromium, the same in Node through the PDF module's own entry, and the weight of the code and fonts that
// signing loads lazily. Targets from the issue are printed next to the figures; nothing is judged here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { completeProcedure, t } from '../../test/e2e/fill.mjs';
import { importTs } from '../lib/load-ts.mjs';
import { startServer } from '../serve-demo.mjs';

const PROCEDURE = 'birth-registration';
const EXAMPLE = `forms/${PROCEDURE}/examples/valid-both-parents-known.json`;
const SIGNER_NAME = 'Trần Văn Hùng';

const readJson = (root, path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** A definition as the app loads it: bundled with the shared `$defs` (forms/common) it refers to. */
async function readDefinition(root, path) {
  const { bundleDefinitionSync } = await importTs('src/core/definition/bundle.ts');
  return bundleDefinitionSync(readJson(root, path), (relative) => readJson(root, join(dirname(path), relative)), path);
}

/** Presses "Tạo và ký PDF"; returns page time from the click's dispatch to `dvc-pdf-ready`, and the PDF's size. */
async function signOnce(page) {
  const ready = page.evaluate(
    () =>
      new Promise((resolve) => {
        let clickedAt;
        // Capture phase on window: the button is in the form's shadow root, and its click is composed.
        globalThis.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
        document.addEventListener(
          'dvc-pdf-ready',
          (event) => resolve({ time: performance.now() - clickedAt, size: event.bytes.length }),
          { once: true },
        );
      }),
  );
  await page.getByRole('button', { name: t('vi', 'signCreate'), exact: true }).click();
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no dvc-pdf-ready within 60 s')), 60_000);
  });
  try {
    return await Promise.race([ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `runs` complete-and-sign flows, each in a new page of one context (so a new document: the PDF code is imported
 * again), service workers blocked so that the first run fetches code and fonts from the network and the others from
 * the HTTP cache (hashed assets are immutable). The first run also makes the device key and its certificate.
 * Returns `{ cold, warm, sizes }` and the JavaScript files the first click fetched.
 */
export async function measureBrowserPdf(browser, root, { runs = 6 } = {}) {
  const definition = await readDefinition(root, `forms/${PROCEDURE}/definition.json`);
  const data = readJson(root, EXAMPLE).data;
  const server = await startServer({ root: join(root, 'dist'), port: 0 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(20_000);
  const results = [];
  const fetched = new Set();
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await completeProcedure(page, server.url, definition, data);
      const onResponse = (response) => {
        if (!response.fromServiceWorker() && /\.(js|ttf)$/.test(new URL(response.url()).pathname)) {
          fetched.add(new URL(response.url()).pathname.split('/').pop());
        }
      };
      if (i === 0) page.on('response', onResponse);
      results.push(await signOnce(page));
      page.off('response', onResponse);
      if (errors.length) throw new Error(`Errors in the app: ${errors.join('; ')}`);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return {
    cold: results[0].time,
    warm: results.slice(1).map((result) => result.time),
    sizes: results.map((result) => result.size),
    fetched: [...fetched].sort(),
  };
}

/** The names of the reference-data codes in the answers, read from forms/data/ as the form shows them. */
function referenceLabels(pdf, root, definition, data) {
  const labels = {};
  const fields = pdf
    .visibleSteps(definition, data)
    .flatMap((index) => pdf.leafFields(pdf.buildFields(definition, data, definition.steps[index].fields)));
  for (const field of fields) {
    const code = pdf.getAt(data, field.path);
    if (!field.source || typeof code !== 'string') continue;
    const parent = field.dependsOnPath ? pdf.getAt(data, field.dependsOnPath) : undefined;
    const file = field.source.data === 'communes' ? `communes/${parent}.json` : `${field.source.data}.json`;
    const item = readJson(root, `forms/data/${file}`).items.find((entry) => entry.code === code);
    const name = item && (item.fullName ?? item.nameVi ?? item.name);
    if (name) labels[field.path] = name;
  }
  return labels;
}

/**
 * `createSubmissionPdf` in Node with the installed fonts and a device signer whose key lives in memory (made once,
 * before the timed runs, as the browser's warm runs find theirs in IndexedDB). Returns `{ times, size }`.
 */
export async function measureNodePdf(root, { runs = 10 } = {}) {
  const pdf = await importTs('scripts/bench/pdf-entry.ts');
  const meta = pdf.compileSchema(readJson(root, 'forms/procedure.schema.json'));
  const definition = pdf.checkDefinition(
    await readDefinition(root, `forms/${PROCEDURE}/definition.json`),
    PROCEDURE,
    meta,
  );
  const shaped = pdf.validateAnswers(definition, pdf.compileSchema(definition.schema), readJson(root, EXAMPLE).data);
  if (!shaped.valid) throw new Error(`${EXAMPLE} is not valid`);
  const fonts = await pdf.loadNodeFonts();
  let record;
  const signer = await pdf.createDeviceSigner({
    displayName: SIGNER_NAME,
    keyStore: { load: async () => record, save: async (value) => void (record = value) },
  });
  const input = {
    definition,
    data: shaped.data,
    lang: 'vi',
    createdAt: new Date(),
    referenceLabels: referenceLabels(pdf, root, definition, shaped.data),
  };
  const times = [];
  let size = 0;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const made = await pdf.createSubmissionPdf(
      { ...input, submissionId: globalThis.crypto.randomUUID() },
      signer,
      fonts,
    );
    if (i > 0) times.push(performance.now() - started);
    size = made.bytes.length;
  }
  return { times, size };
}

/** Raw and gzip -9 bytes of built files (paths relative to dist/, or bare names of files in dist/assets). */
export function sizesOf(root, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, 'dist', file.includes('/') ? file : `assets/${file}`));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/**
 * What signing loads lazily, by dist/.vite/manifest.json: the chunk of src/pdf/index.ts with the chunks it imports
 * that the entry does not load statically, and the TTF fonts. Each is `{ raw, gzip, files }`.
 */
export function pdfAssetSizes(root) {
  const manifest = readJson(root, 'dist/.vite/manifest.json');
  if (!manifest['src/pdf/index.ts']) throw new Error('src/pdf/index.ts is not a chunk of its own in the manifest');
  const closure = (keys, into = new Set()) => {
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk || into.has(chunk.file)) continue;
      into.add(chunk.file);
      closure(chunk.imports ?? [], into);
    }
    return into;
  };
  const statics = closure(Object.keys(manifest).filter((key) => manifest[key].isEntry));
  const pdf = [...closure(['src/pdf/index.ts'])].filter((file) => !statics.has(file));
  const fonts = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.ttf'));
  return { pdf: sizesOf(root, pdf), fonts: sizesOf(root, fonts) };
}
