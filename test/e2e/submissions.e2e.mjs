// Submissions end to end, against the reference receiver (the code `dvc-kit serve` runs) serving the built app:
// an offline submission arrives after a browser restart with no one pressing anything; a 422 stays "needs fixing"
// with the authority's message across reloads and an app update; a 5 MB attachment cut at half way resumes from
// what the receiver acknowledged; and 200 submissions sent from three tabs to a receiver that fails ~30 % of the
// time arrive exactly once each.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { completeProcedure, eventually, t } from './fill.mjs';
import { CHROMIUM_ARGS, newPage, readDefinition, ROOT, validExamples } from './harness.mjs';
import { makePackages } from './packages.mjs';
import { startCuttingProxy } from './proxy.mjs';
import { makeVersionB, precacheManifest, waitForPrecache } from './service-worker.mjs';
import { appWithDriver, driver, startReceiverApp } from './submissions-app.mjs';

const DIST = join(ROOT, 'dist');
const definition = readDefinition('forms/birth-registration/definition.json');
const example = validExamples('birth-registration').find((e) => e.name === 'valid-both-parents-known.json').data;
const manifest = precacheManifest(DIST);
const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Makes and signs the PDF of a completed form, then presses "Nộp hồ sơ". */
async function signAndSubmit(page) {
  await page.getByRole('button', { name: t('vi', 'signCreate'), exact: true }).click();
  await page.getByRole('link', { name: /^Tải tờ khai PDF/ }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    window.__clicks = [];
    document.addEventListener('click', (e) => window.__clicks.push(e.composedPath()[0]?.outerHTML?.slice(0, 80)), true);
  });
  await page.getByRole('button', { name: t('vi', 'submitButton'), exact: true }).click();
  await page
    .getByText(t('vi', 'submitSeeOutbox'))
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      await page.screenshot({ path: join(tmpdir(), 'dvc-submit-failed.png'), fullPage: true });
      const seen = await page.evaluate(() => ({
        clicks: window.__clicks,
        state: JSON.stringify(document.querySelector('dvc-form').submitting.state, (k, v) =>
          k === 'pdf' || k === 'item' ? undefined : v instanceof Error ? `${v.name}: ${v.message}` : v,
        ),
        pdf: document.querySelector('dvc-form').pdf.state.status,
      }));
      console.log('submit did not queue:', JSON.stringify(seen));
      throw error;
    });
}

/** The card of the one submission in the outbox list on the home page. */
const outboxCard = (page) => page.locator('dvc-outbox li.submission');

test('a submission made without a network arrives after a browser restart, with no one pressing anything', async () => {
  const app = await startReceiverApp();
  cleanups.push(() => app.close());
  const profile = mkdtempSync(join(tmpdir(), 'dvc-e2e-profile-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS });

  let context = await launch();
  cleanups.push(() => context.close());
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(app.receiver.url);
  await waitForPrecache(page, manifest.length);
  await completeProcedure(page, app.receiver.url, definition, example);
  // The network is gone: nothing answers at the portal's address any more (the page and the signing code are
  // already on the device). Playwright's offline switch is not used because it stops pages, not the service worker.
  const port = app.receiver.port;
  await app.stop();
  await signAndSubmit(page);
  await page.screenshot({ path: join(tmpdir(), 'dvc-submitted-offline.png'), fullPage: true });
  await context.close();
  assert.deepEqual(readdirSync(join(app.dataDir, 'submissions')), [], 'nothing was stored while unreachable');

  // Later: the portal is reachable again and the browser is started again; the app is opened, nothing is pressed.
  const back = await startReceiverApp({ port, dataDir: app.dataDir });
  cleanups.push(() => back.close());
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(back.receiver.url);
  await outboxCard(page).getByText(t('vi', 'outboxStatusAccepted')).waitFor({ timeout: 30_000 });
  const stored = await back.receiver.storedSubmissions();
  assert.equal(stored.length, 1, 'exactly one copy is stored');
  const receipt = JSON.parse(readFileSync(join(app.dataDir, 'submissions', stored[0], 'receipt.json'), 'utf8'));
  assert.equal(receipt.submissionId, stored[0]);
  assert.equal((await outboxCard(page).locator('.reference').textContent()).trim(), receipt.reference);
  await context.close();
});

test('a 422 stays “needs fixing” with the authority’s message, across a reload and an app update', async () => {
  const app = await startReceiverApp();
  cleanups.push(() => app.close());
  const message = {
    vi: 'Số giấy chứng sinh không khớp với dữ liệu của bệnh viện.',
    en: 'The birth certificate number does not match the hospital’s records.',
  };
  app.receiver.setFaults({ rejectSubmissions: { status: 422, code: 'invalid-data', message } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const { context, page, errors } = await newPage(browser);
  await page.goto(app.receiver.url);
  await waitForPrecache(page, manifest.length);
  await completeProcedure(page, app.receiver.url, definition, example);
  await signAndSubmit(page);
  await page.getByText(`${t('vi', 'outboxStatusNeedsFix')}: ${message.vi}`).waitFor({ timeout: 30_000 });
  assert.deepEqual(await app.receiver.storedSubmissions(), []);

  const expectNeedsFix = async () => {
    await page.goto(app.receiver.url);
    await outboxCard(page).getByText(t('vi', 'outboxStatusNeedsFix'), { exact: true }).waitFor();
    await outboxCard(page).getByText(message.vi).waitFor();
  };
  await expectNeedsFix();
  await page.reload();
  await outboxCard(page).getByText(message.vi).waitFor();

  // A new version of the app is deployed (same origin, same data); the person accepts it.
  const port = app.receiver.port;
  const versionB = makeVersionB(DIST);
  cleanups.push(() => rmSync(versionB, { recursive: true, force: true }));
  await app.stop();
  const next = await startReceiverApp({ appDir: versionB, port, dataDir: app.dataDir });
  cleanups.push(() => next.close());
  await page.reload();
  await page.getByRole('button', { name: t('vi', 'updateApply'), exact: true }).click();
  await page.locator('meta[name="dvc-e2e-build"]').waitFor({ state: 'attached' });
  await expectNeedsFix();
  assert.equal(await outboxCard(page).count(), 1);

  // "Sửa hồ sơ" opens the draft the submission was made from.
  await outboxCard(page)
    .getByRole('button', { name: new RegExp(`^${t('vi', 'outboxFix')}`) })
    .click();
  await page.waitForURL(/#\/birth-registration\/[0-9a-f-]{36}$/);
  assert.deepEqual(errors, []);
  await context.close();
});

// The link is cut by a TCP proxy in the middle of a chunk, wherever the bytes fall: the receiver writes only whole
// chunks, so the device resumes from the last one it acknowledged and no byte is stored twice or out of place.
test('a 5 MB attachment cut half way resumes from the last byte the receiver acknowledged', async (t_) => {
  const log = [];
  const app = await startReceiverApp({ log: (line) => log.push(line) });
  t_.after(() => t_.passed || console.log(`receiver log:\n${log.join('\n')}`));
  cleanups.push(() => app.close());
  const proxy = await startCuttingProxy(app.receiver.port);
  cleanups.push(() => proxy.close());
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const { context, page, errors } = await newPage(browser);

  // A PDF scan of 4,900,000 bytes (the procedure takes up to 5 MB), random so that nothing compresses it.
  const size = 4_900_000;
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9)]);
  for (let i = 9; i < size; i += 4) scan.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, Math.min(i, size - 4));
  const scanSha256 = createHash('sha256').update(scan).digest('hex');
  const data = { ...example, birthEvidence: 'birthCertificate' };
  await completeProcedure(page, proxy.url, definition, data, {
    async onStep(step) {
      if (step.id !== 'documents') return;
      await page.locator('input[type=file][name="birthEvidenceScan"]').setInputFiles({
        name: 'giay-chung-sinh.pdf',
        mimeType: 'application/pdf',
        buffer: scan,
      });
      await page.getByText('giay-chung-sinh.pdf', { exact: true }).waitFor();
    },
  });
  const cut = proxy.cutAfter(Math.round(size / 2));
  await signAndSubmit(page);
  await cut;
  await page.getByText(`${t('vi', 'outboxStatusAccepted')}. ${t('vi', 'outboxReference')}:`).waitFor({
    timeout: 60_000,
  });
  const stats = app.receiver.stats();
  const [id] = await app.receiver.storedSubmissions();
  const attachments = join(app.dataDir, 'submissions', id, 'attachments');
  const stored = readdirSync(attachments);
  assert.deepEqual(stored, [scanSha256], 'the attachment is stored under its SHA-256');
  assert.equal(
    createHash('sha256')
      .update(readFileSync(join(attachments, stored[0])))
      .digest('hex'),
    scanSha256,
  );
  console.log(
    `resumed upload: ${size} bytes; the link was cut once after ${Math.round(size / 2)} bytes sent; ` +
      `the receiver got ${stats.uploadBytesReceived} upload bytes in all (${stats.uploadBytesReceived - size} sent twice)`,
  );
  assert.equal(proxy.cuts, 1);
  assert.ok(stats.uploadBytesReceived >= size);
  assert.ok(stats.uploadBytesReceived <= size + 512 * 1024, 'at most one chunk is sent again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('200 submissions from three tabs to a receiver failing ~30 % of the time arrive exactly once each', async () => {
  const appDir = await appWithDriver();
  cleanups.push(() => rmSync(appDir, { recursive: true, force: true }));
  const started = Date.now();
  const packages = await makePackages(appDir, 200);
  const prepared = Date.now();
  const app = await startReceiverApp({ appDir });
  cleanups.push(() => app.close());
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const context = await browser.newContext();
  const namespace = 'flaky';
  const endpoint = app.receiver.apiUrl;
  const tabs = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.goto(`${app.receiver.url}#/`);
    tabs.push(page);
  }
  // Queued while the receiver is healthy but no sender runs; then the faults, then three senders at once.
  assert.equal(await driver(tabs[0]).call('enqueue', namespace, endpoint, packages), 200);
  app.receiver.setFaults({ failureRate: 0.12, dropRate: 0.1, loseResponseRate: 0.06, stallRate: 0.06, stallMs: 1500 });
  const config = { namespace, endpoint, retryBaseMs: 200, retryCapMs: 5000, requestTimeoutMs: 1200 };
  await Promise.all(tabs.map((page) => driver(page).call('startSender', config)));
  let summary;
  await eventually(
    async () => {
      summary = await driver(tabs[0]).call('summary', namespace);
      return summary.byStatus.accepted === 200;
    },
    'every submission accepted',
    240_000,
  );
  await Promise.all(tabs.map((page) => driver(page).call('stopSenders')));
  const stats = app.receiver.stats();
  const stored = await app.receiver.storedSubmissions();
  console.log(
    `flaky receiver: ${packages.length} queued (prepared in ${prepared - started} ms), sent from 3 tabs in ` +
      `${Date.now() - prepared} ms; receiver stored ${stored.length} (distinct ${new Set(stored).size}), ` +
      `answered ${stats.replayed} replays with the stored receipt, injected ${stats.faultsInjected} faults in ` +
      `${stats.apiRequests} API requests (${Math.round((100 * stats.faultsInjected) / stats.apiRequests)} %); ` +
      `device: ${JSON.stringify(summary.byStatus)}`,
  );
  assert.equal(stored.length, 200);
  assert.deepEqual(new Set(stored), new Set(packages.map((p) => p.id)));
  assert.ok(stats.faultsInjected >= 0.2 * stats.apiRequests, 'a fifth to a third of the requests failed');
  assert.equal(summary.receipts.length, 200);
  assert.ok(summary.receipts.every((r) => r.echoed === r.id));
  assert.equal(new Set(summary.receipts.map((r) => r.reference)).size, 200, 'one receipt number each');
});

test('Background Sync: the service worker sends what waits, with no page of the app open', async () => {
  const app = await startReceiverApp();
  cleanups.push(() => app.close());
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const { context, page } = await newPage(browser);
  await page.goto(app.receiver.url);
  await waitForPrecache(page, manifest.length);
  await completeProcedure(page, app.receiver.url, definition, example);
  const port = app.receiver.port;
  await app.stop();
  await signAndSubmit(page);
  const tags = await page.evaluate(async () => (await navigator.serviceWorker.ready).sync.getTags());
  assert.deepEqual(tags, ['dvc-kit-outbox:default'], 'the page asked for a sync');
  await page.close();

  // No page of the app is open. The portal is back; the browser would now fire the sync on its own schedule (its
  // retry after a failed sync is minutes away), so the test fires it through the DevTools protocol.
  const back = await startReceiverApp({ port, dataDir: app.dataDir });
  cleanups.push(() => back.close());
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  const registrations = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => registrations.push(...list));
  await cdp.send('ServiceWorker.enable');
  await eventually(async () => registrations.some((r) => !r.isDeleted), 'the service worker registration');
  const registration = registrations.find((r) => !r.isDeleted);
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: new URL(back.receiver.url).origin,
    registrationId: registration.registrationId,
    tag: 'dvc-kit-outbox:default',
    lastChance: false,
  });
  await eventually(async () => (await back.receiver.storedSubmissions()).length === 1, 'the worker to send it', 30_000);
  assert.deepEqual(
    context.pages().map((p) => p.url()),
    ['about:blank'],
    'no page of the app was open',
  );
  await context.close();
});
