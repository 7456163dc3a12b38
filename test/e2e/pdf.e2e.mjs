// "Create and sign PDF" in the built app, checked with tools we did not write: the person completes the birth
// registration, makes the PDF and downloads it; poppler's pdfsig must find a valid signature over the whole file and
// pdftotext the child's name, exactly. All of it under the strict CSP, and again with the network off.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { completeProcedure, t } from './fill.mjs';
import { newPage, readDefinition, ROOT, startApp, validExamples } from './harness.mjs';
import { precacheManifest, waitForPrecache } from './service-worker.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const example = validExamples('birth-registration').find((e) => e.name === 'valid-both-parents-known.json').data;
const temp = mkdtempSync(join(tmpdir(), 'dvc-pdf-e2e-'));

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** Records CSP violations in the page and its frames (the preview), from the first script on. */
async function watchViolations(page) {
  const reports = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (line) => reports.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return reports;
}

/** Presses "Tạo và ký PDF", waits for the download link and saves what it downloads; returns the file and facts. */
async function createAndDownload(page, name) {
  const ready = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener(
          'dvc-pdf-ready',
          (event) => resolve({ sha256: event.sha256, submissionId: event.submissionId, size: event.bytes.length }),
          { once: true },
        ),
      ),
  );
  await page.getByRole('button', { name: t('vi', 'signCreate'), exact: true }).click();
  const link = page.getByRole('link', { name: /^Tải tờ khai PDF \(\d+ KB\)$/ });
  await link.waitFor({ timeout: 60_000 });
  const event = await ready;
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = join(temp, name);
  await download.saveAs(file);
  return { file, event, suggested: download.suggestedFilename() };
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}\n${result.stderr}`;
}

/** The checks of a downloaded PDF by poppler: valid signature over the whole file, and the child's name as text. */
function assertSignedPdf({ file, event, suggested }) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal(bytes.length, event.size);
  assert.equal(createHash('sha256').update(bytes).digest('hex'), event.sha256, 'the event names the bytes downloaded');
  assert.match(suggested, /^birth-registration-\d{4}-\d{2}-\d{2}\.pdf$/);
  const signature = run('pdfsig', [file]);
  assert.match(signature, /Signature is Valid/, signature);
  assert.match(signature, /Total document signed/, signature);
  const words = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  assert.ok(words.includes(example.child.fullName), `pdftotext finds "${example.child.fullName}"`);
  assert.ok(words.includes(event.submissionId), 'the PDF carries the submission id');
}

test('a completed birth registration becomes a signed PDF that pdfsig and pdftotext accept, with zero CSP violations', async () => {
  const { context, page, errors } = await newPage(app.browser, { acceptDownloads: true });
  const violations = await watchViolations(page);
  await completeProcedure(page, app.url, definition, example);
  const made = await createAndDownload(page, 'online.pdf');
  assertSignedPdf(made);
  // The preview frame shows the same object URL the link downloads.
  const frame = page.locator('dvc-form').locator('iframe');
  assert.equal(
    await frame.getAttribute('src'),
    await page.getByRole('link', { name: /^Tải tờ khai PDF/ }).getAttribute('href'),
  );
  await page.waitForTimeout(500);
  assert.deepEqual(violations, [], 'no CSP violation while signing and previewing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the network off, after one online visit, the PDF is still made and signed', async () => {
  const manifest = precacheManifest(join(ROOT, 'dist'));
  assert.ok(
    manifest.some((entry) => entry.url.endsWith('.ttf')),
    'the PDF font is precached',
  );
  const { context, page, errors } = await newPage(app.browser, { acceptDownloads: true });
  const violations = await watchViolations(page);
  await page.goto(app.url);
  await waitForPrecache(page, manifest.length);
  await context.setOffline(true);
  const failed = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await completeProcedure(page, app.url, definition, example);
  const made = await createAndDownload(page, 'offline.pdf');
  assertSignedPdf(made);
  assert.deepEqual(failed, [], 'no request failed while offline');
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a person signs with their own certificate file (.p12): pdfsig finds a valid signature and its name', async () => {
  const { context, page, errors } = await newPage(app.browser, { acceptDownloads: true });
  const violations = await watchViolations(page);
  await completeProcedure(page, app.url, definition, example);
  await page.getByRole('radio', { name: t('vi', 'signWithP12'), exact: true }).check();
  await page
    .getByLabel(t('vi', 'signP12File'), { exact: true })
    .setInputFiles(join(ROOT, 'test/fixtures/signer-ec.p12'));
  // The fixture's test-only password (test/fixtures/README.md).
  await page.getByLabel(t('vi', 'signP12Password'), { exact: true }).fill('mật khẩu 123');
  const made = await createAndDownload(page, 'p12.pdf');
  assertSignedPdf(made);
  const signature = run('pdfsig', [made.file]);
  assert.match(signature, /Signer Certificate Common Name: Nguyễn Văn Ký/, signature);
  assert.match(await page.locator('dvc-form .pdf-facts dd').first().innerText(), /^Nguyễn Văn Ký$/);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
