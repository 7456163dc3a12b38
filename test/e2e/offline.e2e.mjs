// Offline first: after one online visit the demo and every procedure open and work with the network off, including
// a deep link, the reference data of any province, and after the browser is closed and the server is gone.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve-demo.mjs';
import { buildFields, fillStep, getAt, nameOf, pressContinue, t, text, visibleSteps, waitForStep } from './fill.mjs';
import {
  CHROMIUM_ARGS,
  newPage,
  procedures,
  readDefinition,
  readJson,
  ROOT,
  startApp,
  validExamples,
} from './harness.mjs';
import { precacheManifest, waitForPrecache } from './service-worker.mjs';

const DIST = join(ROOT, 'dist');
const definition = readDefinition('forms/birth-registration/definition.json');
const { data } = validExamples('birth-registration')[0];
const [firstStep, secondStep] = visibleSteps(definition, data);
const manifest = precacheManifest(DIST);
const flatten = (fields) => fields.flatMap((field) => [field, ...flatten(field.children ?? [])]);
// The first step asks for a province and then one of its communes, which come from that province's own file.
const provinceField = flatten(buildFields(definition, data, firstStep.fields)).find(
  (field) => field.source?.data === 'provinces',
);

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The files of the build a page may ask for: scripts, styles, pages, icons, fonts, the procedures and their data. The
 * drop-in (`embed/`) and the packs (`packs/`) are there for other portals' pages, not for the demo app: not precached.
 */
function filesTheAppNeeds() {
  return filesIn(DIST)
    .filter((file) => !file.startsWith('.vite/') && !file.endsWith('.map'))
    .filter((file) => !file.startsWith('embed/') && !file.startsWith('packs/'))
    .filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file))
    .filter(
      (file) =>
        /\.(js|css|html|svg|png|woff2|ttf|webmanifest)$/.test(file) ||
        (file.startsWith('forms/') && file.endsWith('.json')),
    )
    .sort();
}

test('the service worker precaches, once each, every file the app and the procedures need', () => {
  const urls = manifest.map((entry) => entry.url);
  assert.equal(new Set(urls).size, urls.length, 'no entry is listed twice');
  assert.deepEqual([...urls].sort(), filesTheAppNeeds());
  for (const { id } of procedures()) assert.ok(urls.includes(`forms/${id}/definition.json`), id);
  const provinces = readJson('forms/data/provinces.json').items;
  assert.equal(provinces.length, 34);
  for (const { code } of provinces) assert.ok(urls.includes(`forms/data/communes/${code}.json`), `communes of ${code}`);
  assert.ok(urls.includes('index.html') && urls.includes('manifest.webmanifest'));
});

test('after one online visit, the list, a procedure, its reference data and a deep link work offline', async () => {
  assert.ok(provinceField, 'the first step has a province to choose');
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: t('vi', 'procedures') }).waitFor();
  // The first visit tells the person, once, that the app now works without a network.
  await page
    .getByRole('status')
    .filter({ hasText: t('vi', 'offlineReady') })
    .waitFor();
  assert.equal(await waitForPrecache(page, manifest.length), manifest.length);

  await context.setOffline(true);
  const responses = [];
  const failed = [];
  page.on('response', (response) => responses.push(response));
  page.on('requestfailed', (request) => failed.push(request.url()));
  const reload = await page.reload();
  assert.ok(reload.fromServiceWorker(), 'the page itself comes from the service worker');
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  // The network is really off: a file the service worker does not store cannot be fetched.
  const robots = await page.evaluate(() =>
    fetch('/robots.txt').then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  assert.equal(robots, 'failed');
  failed.length = 0;

  await page.getByRole('link', { name: text(definition.title, 'vi'), exact: true }).click();
  await waitForStep(page, firstStep, 'vi');
  // Choosing a province loads that province's communes (one file each): all 34 are stored, so any works offline.
  await fillStep(page, definition, firstStep, data, 'vi');
  await pressContinue(page, 'vi');
  await waitForStep(page, secondStep, 'vi');
  const firstText = buildFields(definition, data, secondStep.fields).find((field) => field.widget === 'text');
  const input = page.getByLabel(nameOf(text(firstText.label, 'vi'), 'vi'));
  await input.fill('Nguyễn Văn An');
  await pressContinue(page, 'vi');
  // The step is incomplete, so the precompiled validators (a lazily loaded file) answer with the error summary.
  await page.getByRole('heading', { name: t('vi', 'errorSummaryTitle') }).waitFor();
  assert.equal(await input.inputValue(), 'Nguyễn Văn An');

  const province = getAt(data, provinceField.path);
  const communes = responses.find((response) => response.url().endsWith(`/forms/data/communes/${province}.json`));
  assert.ok(communes?.fromServiceWorker(), `the communes of province ${province} came from the service worker`);
  assert.ok(responses.length > 10, `the walk made requests (${responses.length})`);
  const fromNetwork = responses.filter((response) => !response.fromServiceWorker()).map((r) => r.url());
  assert.deepEqual(fromNetwork, [], 'every response came from the service worker');
  assert.deepEqual(failed, [], 'no request failed');

  // A deep link typed or bookmarked while offline, and a path the server never had (served the app shell).
  const deep = await context.newPage();
  const deepResponse = await deep.goto(`${app.url}#/${definition.id}`);
  assert.ok(deepResponse.fromServiceWorker());
  await waitForStep(deep, firstStep, 'vi');
  const fallback = await deep.goto(`${app.url}thu-tuc/khai-sinh?from=bookmark`);
  assert.ok(fallback.fromServiceWorker());
  await deep.getByRole('heading', { level: 1, name: t('vi', 'procedures') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('after the browser is closed and the server is gone, the app still opens from the service worker', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dvc-offline-'));
  const server = await startServer({ root: DIST, port: 0 });
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: t('vi', 'procedures') }).waitFor();
    await waitForPrecache(page, manifest.length);
    await context.close();
    await server.close();
    await assert.rejects(fetch(server.url), 'the server is really gone');

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${server.url}#/${definition.id}`);
    assert.ok(response.fromServiceWorker());
    await waitForStep(page, firstStep, 'vi');
    await page.getByRole('link', { name: t('vi', 'allProcedures') }).click();
    await page.getByRole('link', { name: text(definition.title, 'vi'), exact: true }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
