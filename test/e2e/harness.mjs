// Shared set-up of the end-to-end suites: the built app served by scripts/serve-demo.mjs (the same server and CSP
// people get from `npm start`), a Chromium driven by playwright-core, and access to the definitions and to the
// project's own TypeScript (core, i18n) so that tests read labels and messages instead of repeating them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { startServer } from '../../scripts/serve-demo.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves `dist/` on a free port and launches Chromium. Call `close()` when the file's tests are done. */
export async function startApp() {
  const server = await startServer({ root: join(ROOT, 'dist'), port: 0 });
  const executablePath = findChromium();
  if (!executablePath) {
    await server.close();
    throw new Error('No Chromium found: run `node scripts/chromium.mjs` for the ways to get one.');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page in its own context that fails the test on any uncaught error in the page. `errors` collects them; the
 * caller asserts it is empty at the end.
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  // Short waits: a step that does not come within 20 s is a failure, and CI should say so quickly.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** One of the project's TypeScript modules (core, i18n), compiled for Node by the build scripts' own loader. */
export const importSource = importTs;

export function readJson(relativePath) {
  return JSON.parse(readFileSync(join(ROOT, relativePath), 'utf8'));
}

const bundler = await importTs('src/core/definition/bundle.ts');

/**
 * A definition as the app sees it: parsed and bundled (the shared `$defs` it refers to in forms/common/ copied in).
 * Tests read labels from it, and hand it to the core, which expects a self-contained definition.
 */
export function readDefinition(relativePath) {
  const load = (path) => readJson(join(dirname(relativePath), path));
  return bundler.bundleDefinitionSync(readJson(relativePath), load, relativePath);
}

/** Every procedure in `forms/`: `{ id, definition }` (bundled), sorted by id. */
export function procedures() {
  return readdirSync(join(ROOT, 'forms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'forms', entry.name, 'definition.json')))
    .map((entry) => ({ id: entry.name, definition: readDefinition(`forms/${entry.name}/definition.json`) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The valid examples of a procedure (`forms/<id>/examples/valid-*.json`), as `{ name, data }`. */
export function validExamples(id) {
  const dir = join(ROOT, 'forms', id, 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^valid-.*\.json$/.test(name))
    .sort()
    .map((name) => {
      // An example is `{ description, data }`; the answers are in `data`.
      const example = readJson(`forms/${id}/examples/${name}`);
      return { name, data: example.data ?? example };
    });
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The axe rule sets of the accessibility suites: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the whole document (axe walks open shadow roots) and returns readable violations, each with `where`.
 * axe is injected as a script: the page's context needs `bypassCSP: true`, since the demo's policy rightly blocks it.
 */
export async function axeAudit(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
    }));
  }, AXE_TAGS);
  return violations.map((violation) => ({ where, ...violation }));
}

/** The violations of `axeAudit`, as an assertion message. */
export function axeReport(violations) {
  return violations.map((v) => `\n[${v.where}] ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

/**
 * Records every CSP violation from the first script on, through a DOM listener and the console. Returns a function
 * that reads them. Init scripts are injected by the browser itself, before the page's own scripts, and are not
 * subject to the page's CSP; `expectInlineScriptBlocked` proves the listener really runs and reports.
 */
export async function watchViolations(page) {
  const consoleReports = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`,
      );
    });
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations)), ...consoleReports];
}

/** The positive control of a zero-violation check: an inline script is blocked, and reported as script-src. */
export async function expectInlineScriptBlocked(page, violations) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
  });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  if ((await page.evaluate(() => window.__inlineRan)) !== undefined) throw new Error('an inline script ran');
  const reported = await violations();
  if (!/^script-src/.test(reported[0] ?? '')) throw new Error(`not reported as script-src: ${reported[0]}`);
}
