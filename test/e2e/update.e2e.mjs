// A new version never takes a page over by itself: the service worker downloads it and keeps it waiting, the page
// offers it, and only when the person accepts (and the open forms have saved) does the page reload, once.
// "Version B" is a copy of the build whose index.html carries a marker and whose sw.js lists the new revision of
// index.html, which is what a redeploy changes; the demo server is restarted on the same port (the same origin,
// so the same service worker registration) to serve it.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve-demo.mjs';
import { buildFields, fillStep, nameOf, pressContinue, t, text, visibleSteps, waitForStep } from './fill.mjs';
import { CHROMIUM_ARGS, newPage, readDefinition, ROOT, validExamples } from './harness.mjs';
import { makeVersionB, precacheManifest, waitForPrecache } from './service-worker.mjs';

const DIST = join(ROOT, 'dist');
const MARKER = 'meta[name="dvc-e2e-build"]';
const definition = readDefinition('forms/birth-registration/definition.json');
const { data } = validExamples('birth-registration')[0];
const [firstStep, secondStep] = visibleSteps(definition, data);
const nameField = buildFields(definition, data, secondStep.fields).find((field) => field.widget === 'text');
const manifest = precacheManifest(DIST);

let distB;
let browser;
let server;
let port;

/** Serves `root` on the port of the first server, so that the page's origin and service worker stay the same. */
async function serve(root) {
  await server?.close();
  server = await startServer({ root, port: port ?? 0 });
  port ??= server.port;
  assert.equal(server.port, port, 'the server came back on the same port');
  return server.url;
}

before(async () => {
  distB = makeVersionB(DIST);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (distB) rmSync(distB, { recursive: true, force: true });
});

/** Opens the procedure, fills the first step and types a name on the second; returns the name's input. */
async function startFilling(page, name) {
  await waitForStep(page, firstStep, 'vi');
  await fillStep(page, definition, firstStep, data, 'vi');
  await pressContinue(page, 'vi');
  await waitForStep(page, secondStep, 'vi');
  const input = page.getByLabel(nameOf(text(nameField.label, 'vi'), 'vi'));
  await input.fill(name);
  return input;
}

function waitingState(page) {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none');
}

test('a new version waits and is offered without a reload; "Cập nhật" reloads the page once, into it', async () => {
  const url = await serve(DIST);
  const { context, page, errors } = await newPage(browser);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${url}#/${definition.id}`);
  await waitForPrecache(page, manifest.length);

  await serve(distB);
  // Opening the page again is when browsers look for a new service worker.
  await page.reload();
  const input = await startFilling(page, 'Nguyễn Thị Mai');
  await page.evaluate(() => {
    window.dvcE2eMark = 'this page was not reloaded';
  });
  const accept = page.getByRole('button', { name: t('vi', 'updateApply'), exact: true });
  await accept.waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: t('vi', 'updateAvailable') })
    .waitFor();
  assert.equal(await waitingState(page), 'installed', 'the new version waits');
  // Room for a wrong, automatic reload to happen before the page is checked.
  await page.waitForTimeout(1000);
  assert.equal(loads, 2, 'no reload besides the one the test made');
  assert.equal(await page.evaluate(() => window.dvcE2eMark), 'this page was not reloaded');
  assert.equal(await input.inputValue(), 'Nguyễn Thị Mai');
  assert.equal(await page.locator(MARKER).count(), 0, 'still the old version');

  await accept.click();
  await page.locator(MARKER).waitFor({ state: 'attached' });
  // The form is back on the step the person was on, with what they typed (saved before the switch).
  await waitForStep(page, secondStep, 'vi');
  assert.equal(await input.inputValue(), 'Nguyễn Thị Mai');
  await page.waitForTimeout(1000);
  assert.equal(loads, 3, 'exactly one reload');
  assert.equal(await waitingState(page), 'none', 'the new version is the active one');
  assert.equal(await accept.count(), 0, 'nothing left to offer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab left open gets the offer when the connection returns; a failed save or "Để sau" keeps the page', async () => {
  const url = await serve(DIST);
  const { context, page, errors } = await newPage(browser);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${url}#/${definition.id}`);
  await waitForPrecache(page, manifest.length);
  const input = await startFilling(page, 'Trần Văn Bình');

  await serve(distB);
  await context.setOffline(true);
  await context.setOffline(false);
  const accept = page.getByRole('button', { name: t('vi', 'updateApply'), exact: true });
  await accept.waitFor();
  assert.equal(await waitingState(page), 'installed');

  // A form that cannot save its draft (a full disk, say) stops the update: no reload, and the page says why.
  await page.locator('dvc-form').evaluate((form) => {
    form.saveNow = () => Promise.reject(new Error('QuotaExceededError'));
  });
  await accept.click();
  await page
    .getByRole('alert')
    .filter({ hasText: t('vi', 'updateSaveFailed') })
    .waitFor();
  await page.waitForTimeout(1000);
  assert.equal(loads, 1);
  assert.equal(await input.inputValue(), 'Trần Văn Bình');
  assert.equal(await waitingState(page), 'installed');

  await page.getByRole('button', { name: t('vi', 'updateLater'), exact: true }).click();
  assert.equal(await accept.count(), 0, 'the banner closed');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('main')?.id), 'main');
  assert.equal(await input.inputValue(), 'Trần Văn Bình');
  assert.equal(loads, 1);
  assert.equal(await page.locator(MARKER).count(), 0, 'still the old version');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when another tab accepts the update, this tab keeps its page and input, and reloads only when asked', async () => {
  const url = await serve(DIST);
  const { context, page: first, errors } = await newPage(browser);
  await first.goto(`${url}#/${definition.id}`);
  await waitForPrecache(first, manifest.length);
  const second = await context.newPage();
  second.on('pageerror', (error) => errors.push(error.message));
  let secondLoads = 0;
  second.on('load', () => secondLoads++);
  await second.goto(`${url}#/${definition.id}`);
  const input = await startFilling(second, 'Lê Thị Hoa');

  await serve(distB);
  await first.reload();
  const acceptIn = (page) => page.getByRole('button', { name: t('vi', 'updateApply'), exact: true });
  await acceptIn(first).click();
  await first.locator(MARKER).waitFor({ state: 'attached' });

  // The new version now controls the second tab too; the tab is told, and nothing else happens to it.
  await acceptIn(second).waitFor();
  await second.waitForTimeout(1000);
  assert.equal(secondLoads, 1);
  assert.equal(await input.inputValue(), 'Lê Thị Hoa');
  await acceptIn(second).click();
  await second.locator(MARKER).waitFor({ state: 'attached' });
  await second.waitForTimeout(500);
  assert.equal(secondLoads, 2, 'exactly one reload');
  assert.deepEqual(errors, []);
  await context.close();
});
