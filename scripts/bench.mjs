#!/usr/bin/env node
// Benchmarks of the offline-first promises, printed as one table (`npm run bench`, which builds first). It measures,
// it does not judge: no thresholds, no failure for slow numbers. A measurement that cannot be made at all (the page
// broke, a save never came) says why in its row and makes the exit code 1.
//   1. autosave on a 300-field procedure: keystroke → committed draft, spaced and in bursts, and the IndexedDB part;
//   2. reopening a filled 300-field draft: navigation start → its step shown with its values;
//   3. cold start offline of the built app: navigation start → first field interactive, served by the service worker;
//   4. the signed PDF: "Tạo và ký PDF" → dvc-pdf-ready in the built app, createSubmissionPdf in Node, lazy code weight.
// Everything runs on loopback, in the Chromium the tests use, with the end-to-end tests' launch arguments.
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT } from '../test/e2e/harness.mjs';
import { measureAutosave } from './bench/autosave.mjs';
import { buildBenchPage } from './bench/build-page.mjs';
import { measureOfflineStart } from './bench/offline.mjs';
import { measureBrowserPdf, measureNodePdf, pdfAssetSizes, sizesOf } from './bench/pdf.mjs';
import { measureReopen } from './bench/reopen.mjs';
import { summarize, table } from './bench/stats.mjs';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve-demo.mjs';

const KEYSTROKES = 200;
const BURSTS = 10;
const REOPENS = 12;
const OFFLINE_STARTS = 10;
const PDF_FLOWS = 6;
const PDF_NODE_RUNS = 10;

const began = performance.now();
const progress = (message) => process.stderr.write(`bench: ${message}\n`);

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/chromium.mjs` for the ways to get one.');
  process.exit(1);
}

progress('building the 300-field bench page');
const bench = await buildBenchPage();
const server = await startServer({ root: bench.dir, port: 0 });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows = [];
const load = loadavg()[0];
const version = browser.version();
const fields = `${bench.fieldCount} fields`;
const viewport = { width: 1280, height: 900 };

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** `57 650 bytes (56.3 KiB)`, the median of several PDFs with their range. */
function sizeNote(sizes) {
  const { n, median, min, max } = summarize(sizes);
  const range = n > 1 ? `, ${min}–${max} over ${n}` : '';
  return `${Math.round(median)} bytes (${kib(median)})${range}`;
}
const weight = ({ raw, gzip }, files) => `${kib(raw)} raw, ${kib(gzip)} gzip -9 (${files})`;

/** Runs one measurement; one that breaks is a row saying why (and a failing exit code), not the end of the others. */
async function measure(label, run) {
  try {
    rows.push(...(await run()));
  } catch (error) {
    rows.push({ label, note: `could not be measured: ${error.message.split('\n')[0]}` });
    process.exitCode = 1;
  }
}

/** A measurement in a fresh browser context of its own (its own IndexedDB). */
async function inContext(run) {
  const context = await browser.newContext({ viewport });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

try {
  progress(`autosave: ${KEYSTROKES} spaced keystrokes and ${BURSTS} bursts`);
  await measure('autosave', async () => {
    const { spaced, bursts, missed } = await inContext((context) =>
      measureAutosave(context, server.url, { keystrokes: KEYSTROKES, bursts: BURSTS }),
    );
    const of = (list, key) => summarize(list.map((timing) => timing[key]));
    return [
      { label: `autosave, keystroke → committed (${fields}, spaced)`, stats: of(spaced, 'latency') },
      { label: '  of which debounce (keystroke → DraftStore.save)', stats: of(spaced, 'wait') },
      { label: '  of which IndexedDB (DraftStore.save → committed)', stats: of(spaced, 'store') },
      { label: 'autosave burst, last of 20 keys 50 ms apart → committed', stats: of(bursts, 'latency') },
      { label: '  burst, first key → first commit', stats: of(bursts, 'firstCommit') },
      { label: '  burst, interval between keys (as received)', stats: of(bursts, 'interval') },
      { label: '  burst, saves per burst', stats: of(bursts, 'saves'), unit: 'count' },
      ...(missed > 0 ? [{ label: '  keystrokes with no save within 3 s', note: String(missed) }] : []),
    ];
  });

  progress(`reopen: ${REOPENS} reloads of a filled draft`);
  await measure('reopen draft', async () => {
    const times = await inContext((context) => measureReopen(context, server.url, { runs: REOPENS }));
    return [{ label: `reopen draft, navigation → step shown with values (${fields})`, stats: summarize(times) }];
  });

  progress(`offline: ${OFFLINE_STARTS} cold starts of the built app`);
  await measure('cold start offline', async () => {
    const offline = await measureOfflineStart(browser, ROOT, { runs: OFFLINE_STARTS });
    const label = 'cold start offline, navigation → first field interactive';
    if (offline.skipped) return [{ label, note: offline.skipped }];
    return [
      { label: 'first visit online, navigation → first field interactive', stats: summarize([offline.online]) },
      { label, stats: summarize(offline.times) },
      { label: '  service worker', note: `${offline.precached} files precached; timed control #${offline.firstField}` },
    ];
  });

  progress(`signed PDF: ${PDF_FLOWS} complete-and-sign flows in Chromium, ${PDF_NODE_RUNS} runs in Node`);
  await measure('signed PDF in Chromium', async () => {
    const made = await measureBrowserPdf(browser, ROOT, { runs: PDF_FLOWS });
    const fetched = sizesOf(ROOT, made.fetched);
    return [
      { label: 'signed PDF in Chromium, click → dvc-pdf-ready, cold (1st)', stats: summarize([made.cold]) },
      { label: '  warm (new page, code and fonts from the HTTP cache)', stats: summarize(made.warm) },
      { label: '  target (issue)', note: '≤ 1.5 s in Chromium' },
      { label: '  PDF size (dvc-pdf-ready bytes)', note: `${sizeNote(made.sizes)}; target ≤ 80 KB per PDF` },
      { label: '  fetched by the cold click (service worker off)', note: weight(fetched, made.fetched.join(', ')) },
    ];
  });
  await measure('signed PDF in Node', async () => {
    const made = await measureNodePdf(ROOT, { runs: PDF_NODE_RUNS });
    return [
      { label: 'signed PDF in Node, createSubmissionPdf (device signer)', stats: summarize(made.times) },
      { label: '  PDF size', note: `${sizeNote([made.size])}; target ≤ 80 KB per PDF` },
    ];
  });
  await measure('lazy PDF code', async () => {
    const { pdf, fonts } = pdfAssetSizes(ROOT);
    const names = (files) => files.map((file) => file.split('/').pop()).join(', ');
    return [
      { label: 'lazy chunks of src/pdf/index.ts (manifest)', note: weight(pdf, names(pdf.files)) },
      { label: 'PDF fonts (2 TTF, Be Vietnam Pro 400 + 700)', note: weight(fonts, names(fonts.files)) },
    ];
  });
} finally {
  await browser.close();
  await server.close();
}

const cpu = cpus();
const title =
  `dvc-kit benchmarks (Chromium ${version}, ${cpu.length} cores ${cpu[0]?.model.trim() ?? ''}, ` +
  `${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${load.toFixed(2)})`;
console.log(table(title, rows));
console.log(
  `(bench took ${Math.round((performance.now() - began) / 1000)} s; times are page times from performance.now())`,
);
