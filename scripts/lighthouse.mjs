#!/usr/bin/env node
// Lighthouse (12.2.3, pinned) over the built demo, served the way `npm start` and the end-to-end tests serve it
// (scripts/serve-demo.mjs, with its strict CSP, which Lighthouse does not need lifted): the procedure list with the
// drafts and outbox, and the birth registration form. `npm run lighthouse` prints the four category scores per page
// (the closing notes quote them); test/e2e/lighthouse.e2e.mjs requires accessibility = 1 on each page.
// Desktop preset (no simulated phone CPU: the numbers describe the app, not the CI machine's slowness), and only the
// four categories, to keep the run short.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The performance metrics printed beside the scores (the performance score is made of them). */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
];

/** The pages audited: the demo's home (procedure list, drafts, outbox) and a procedure's form. */
export const PAGES = [
  { name: 'Procedure list, drafts and outbox', path: '' },
  { name: 'Birth registration form', path: '#/birth-registration' },
];

// The headless flags of the other browser suites (see /work/shared/research/toolchain.md §8).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

/**
 * Audits each page of `pages` at `baseUrl` in one Chromium. Returns `[{ name, url, scores: {category: 0..1},
 * failing: {category: [audit ids scoring below 1]}, metrics: {metric id: display value} }]`.
 */
export async function audit(baseUrl, pages = PAGES) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs` for the ways to get one.');
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const results = [];
    for (const page of pages) {
      const url = new URL(page.path, baseUrl).href;
      const runner = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        desktopConfig,
      );
      const { categories, audits, runtimeError } = runner.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const scores = {};
      const failing = {};
      for (const id of CATEGORIES) {
        scores[id] = categories[id].score;
        failing[id] = categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .map((ref) => ref.id);
      }
      const metrics = Object.fromEntries(
        METRICS.map((id) => [id, audits[id]?.displayValue ?? audits[id]?.numericValue ?? '?']),
      );
      results.push({ name: page.name, url, scores, failing, metrics });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

/** A plain-text table of the scores (0–100), one row per page. */
export function table(results) {
  const header = ['Page', ...CATEGORIES];
  const rows = results.map((r) => [r.name, ...CATEGORIES.map((id) => String(Math.round(r.scores[id] * 100)))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ root: join(ROOT, 'dist'), port: 0 });
  try {
    const started = Date.now();
    const results = await audit(server.url);
    console.log(table(results));
    for (const r of results) {
      console.log(`${r.name}: ${METRICS.map((id) => `${id} ${r.metrics[id]}`).join(', ')}`);
      for (const id of CATEGORIES)
        if (r.failing[id].length) console.log(`${r.name} — ${id} below 1: ${r.failing[id].join(', ')}`);
    }
    console.log(`(Lighthouse 12.2.3, desktop preset, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await server.close();
  }
}
