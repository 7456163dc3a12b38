// The drop-in, cross-origin: a "CDN" origin serves the drop-in bundle (dist/embed, what scripts/build-lib.mjs builds
// for dist-lib/cdn) and procedure packs made by `dvc-kit build`; a "portal" origin serves the plain HTML example a
// province would copy (docs/examples/html/) under its strict Content-Security-Policy; the reference receiver is the
// portal's endpoint, allowing the portal's origin only. The form renders from the pack, keeps a draft across a
// reload, and a completed, signed submission is stored exactly once, with zero CSP violations. A pack whose data
// file was changed, or whose pack.json has the wrong shape, is refused in place with a message naming the problem.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve-demo.mjs';
import { completeOpenForm, t, text, visibleSteps, waitForStep } from './fill.mjs';
import {
  escapeRegExp,
  expectInlineScriptBlocked,
  newPage,
  readDefinition,
  ROOT,
  startApp,
  validExamples,
  watchViolations,
} from './harness.mjs';
import { startReceiverApp } from './submissions-app.mjs';

const EXAMPLE = join(ROOT, 'docs/examples/html');
const definition = readDefinition('forms/birth-registration/definition.json');
const example = validExamples('birth-registration').find((e) => e.name === 'valid-both-parents-known.json').data;

let app; // only its Chromium is used
let cdn;
let portal;
let receiverApp;
let cdnDir;

/** The CDN's folder: the drop-in under dvc-kit/, packs under packs/ (one tampered, one of the wrong shape). */
function makeCdn() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-e2e-cdn-'));
  // serve-demo.mjs wants an index.html; it sends CORS headers for /embed/, /packs/ and /forms/ only.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>CDN</title>');
  cpSync(join(ROOT, 'dist/embed'), join(dir, 'embed/dvc-kit'), { recursive: true });
  const cli = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/dvc-kit.mjs'), 'build', 'forms/birth-registration/definition.json', '--out', join(dir, 'packs')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const good = join(dir, 'packs/birth-registration');
  cpSync(good, join(dir, 'packs/tampered'), { recursive: true });
  const provinces = join(dir, 'packs/tampered/data/provinces.json');
  writeFileSync(provinces, readFileSync(provinces, 'utf8').replace('"items"', '"items" '));
  const manifest = JSON.parse(readFileSync(join(good, 'pack.json'), 'utf8'));
  cpSync(good, join(dir, 'packs/wrong-shape'), { recursive: true });
  delete manifest.files;
  writeFileSync(join(dir, 'packs/wrong-shape/pack.json'), JSON.stringify({ ...manifest, formatVersion: 2 }));
  return dir;
}

/** The example page with the placeholder hosts replaced, served with the same policy as a header. */
function startPortal(cdnOrigin, apiUrl) {
  const apiOrigin = new URL(apiUrl).origin;
  const rewrite = (body) =>
    body
      .replaceAll('https://cdn.example.gov.vn/dvc-kit/', `${cdnOrigin}/embed/dvc-kit/`)
      .replaceAll('https://cdn.example.gov.vn', cdnOrigin)
      .replaceAll('https://dvc.example.gov.vn/api/v1', apiUrl)
      .replaceAll('https://dvc.example.gov.vn', apiOrigin);
  const html = rewrite(readFileSync(join(EXAMPLE, 'index.html'), 'utf8'));
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)[1];
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (!['index.html', 'portal.js', 'portal.css'].includes(name)) {
      res.writeHead(404).end();
      return;
    }
    const body = name === 'index.html' ? html : readFileSync(join(EXAMPLE, name));
    res.writeHead(200, {
      'Content-Type': types[extname(name)],
      'Content-Security-Policy': policy,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () =>
      resolve({
        url: `http://localhost:${server.address().port}/`,
        policy,
        close: () => new Promise((done) => server.close(() => done(), server.closeAllConnections())),
      }),
    ),
  );
}

before(async () => {
  app = await startApp();
  cdnDir = makeCdn();
  cdn = await startServer({ root: cdnDir, port: 0 });
  // The receiver's port is needed for the portal's policy, and the portal's origin for the receiver's CORS: the
  // receiver is started first on a free port, then restarted on that port with the portal's origin allowed.
  const probe = await startReceiverApp();
  const port = probe.receiver.port;
  await probe.close();
  portal = await startPortal(cdn.url.slice(0, -1), `http://localhost:${port}/api/v1`);
  receiverApp = await startReceiverApp({ port, corsOrigins: [portal.url.slice(0, -1)] });
});

after(async () => {
  await receiverApp?.close();
  await portal?.close();
  await cdn?.close();
  await app?.close();
  if (cdnDir) rmSync(cdnDir, { recursive: true, force: true });
});

/** The message a form shows in place of the procedure when it cannot load it. */
const loadError = (page) => page.locator('dvc-form').locator('[part~="load-error"]');

test('the drop-in on another origin renders a pack, keeps a draft, and submits under the strict CSP', async () => {
  const { context, page, errors } = await newPage(app.browser);
  const violations = await watchViolations(page);
  const response = await page.goto(portal.url);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' http:\/\/localhost:\d+;/);
  assert.doesNotMatch(portal.policy, /unsafe-/);

  const steps = visibleSteps(definition, example);
  await waitForStep(page, steps[0], 'vi');
  // Answering saves a draft (the example page keeps its id in the address); a reload brings the answer back.
  const onTime = () =>
    page.getByRole('radio', {
      name: new RegExp(`^${escapeRegExp(text(definition.ui.registrationType.options.onTime, 'vi'))}`),
    });
  await onTime().check();
  await page.waitForURL(/#draft=/);
  await page.reload();
  await waitForStep(page, steps[0], 'vi');
  assert.equal(await onTime().isChecked(), true, 'the answer came back from the draft after a reload');

  // Complete it (the answers put in as completeProcedure does, the declaration ticked by hand), sign and submit.
  await completeOpenForm(page, definition, example);
  await page.getByRole('button', { name: t('vi', 'signCreate'), exact: true }).click();
  await page.getByRole('link', { name: /^Tải tờ khai PDF/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: t('vi', 'submitButton'), exact: true }).click();
  await page
    .locator('dvc-outbox')
    .getByText(t('vi', 'outboxStatusAccepted'), { exact: true })
    .waitFor({ timeout: 30_000 });
  assert.equal((await receiverApp.receiver.storedSubmissions()).length, 1, 'exactly one submission stored');

  assert.deepEqual(await violations(), [], 'no CSP violation on the portal page');
  assert.deepEqual(errors, [], 'no uncaught error in the page');
  // Positive control: an inline script is blocked and reported, so the zero above means something.
  await expectInlineScriptBlocked(page, violations);
  await context.close();
});

test('a pack with a changed data file, or a pack.json of the wrong shape, is refused in place', async () => {
  const { context, page } = await newPage(app.browser);
  await page.goto(portal.url);
  await waitForStep(page, visibleSteps(definition, example)[0], 'vi');
  const load = (url) => page.evaluate((procedure) => (document.querySelector('dvc-form').procedure = procedure), url);

  await load(`${cdn.url}packs/tampered/pack.json`);
  await loadError(page).waitFor();
  const tampered = await loadError(page).textContent();
  assert.match(tampered, new RegExp(`${cdn.url}packs/tampered/data/provinces\\.json`));
  assert.match(tampered, /SHA-256 differs/);
  assert.match(tampered, new RegExp(t('vi', 'loadFailed')));

  // The folder URL form of the same address.
  await load(`${cdn.url}packs/wrong-shape/`);
  await page.waitForFunction(() =>
    document
      .querySelector('dvc-form')
      .shadowRoot.querySelector('[part~="load-error"]')
      ?.textContent.includes('wrong-shape'),
  );
  const wrong = await loadError(page).textContent();
  assert.match(wrong, new RegExp(`${cdn.url}packs/wrong-shape/pack\\.json`));
  assert.match(wrong, /\/formatVersion: must be 1/);
  assert.match(wrong, /\/files: must be an object/);

  // And the good pack loads again in the same form.
  await load(`${cdn.url}packs/birth-registration/pack.json`);
  await waitForStep(page, visibleSteps(definition, example)[0], 'vi');
  await context.close();
});
