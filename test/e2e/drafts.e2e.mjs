/* global OffscreenCanvas, File, DataTransfer, Event, createImageBitmap -- used inside page.evaluate, which runs in the browser */
// Drafts survive what happens to real devices: a reload, a lost connection, a crashed tab, two tabs on one draft,
// a big photo, a full disk. Everything runs against the built app, in Chromium, with its real IndexedDB.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually, fillStep, nameOf, pressContinue, t, text, waitForStep } from './fill.mjs';
import { newPage, readDefinition, startApp, validExamples } from './harness.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const example = validExamples('birth-registration').find((e) => e.name === 'valid-both-parents-known.json').data;
const stepOf = (id) => definition.steps.find((step) => step.id === id);
const label = (path) => nameOf(text(definition.ui[path].label, 'vi'), 'vi');

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

/** Opens a new birth registration and fills its first step; returns the draft's URL (the demo puts the id in it). */
async function startDraft(page) {
  await page.goto(`${app.url}#/birth-registration/new`);
  await waitForStep(page, stepOf('registration'), 'vi');
  await fillStep(page, definition, stepOf('registration'), example, 'vi');
  await pressContinue(page, 'vi');
  await waitForStep(page, stepOf('requester'), 'vi');
  await page.waitForURL(/#\/birth-registration\/[0-9a-f-]{36}$/);
  return page.url();
}

const nameBox = (page) => page.getByLabel(label('requester.fullName'));

test('a half-filled form comes back after a reload, on the same step', async () => {
  const { context, page, errors } = await newPage(app.browser);
  const url = await startDraft(page);
  await nameBox(page).fill('Phạm Thị Lan');
  await page
    .getByRole('status')
    .filter({ hasText: t('vi', 'savedOnDevice', { time: '' }).trim() })
    .first()
    .waitFor();
  await page.reload();
  assert.equal(page.url(), url);
  await waitForStep(page, stepOf('requester'), 'vi');
  assert.equal(await nameBox(page).inputValue(), 'Phạm Thị Lan');
  assert.equal(
    await page.getByRole('radio', { name: text(definition.ui.birthCase.options[example.birthCase], 'vi') }).count(),
    0,
  );
  await page.goto(`${app.url}#/`);
  await page
    .locator('dvc-drafts')
    .getByRole('button', { name: new RegExp(`^${t('vi', 'draftContinue')}`) })
    .first()
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a renderer crash ~300 ms after the last keystroke loses nothing (20 times)', async () => {
  const { context, page } = await newPage(app.browser);
  const url = await startDraft(page);
  let losses = 0;
  let current = page;
  for (let round = 1; round <= 20; round++) {
    const typed = `Nguyễn Văn Thử ${round}`;
    await nameBox(current).fill('');
    await nameBox(current).pressSequentially(typed, { delay: 10 });
    await current.waitForTimeout(300);
    const cdp = await context.newCDPSession(current);
    // Page.crash answers only with the renderer's death, so its reply is not awaited.
    void cdp.send('Page.crash').catch(() => undefined);
    await current.waitForEvent('crash', { timeout: 5000 });
    await current.close().catch(() => undefined);
    current = await context.newPage();
    await current.goto(url);
    await waitForStep(current, stepOf('requester'), 'vi');
    if ((await nameBox(current).inputValue()) !== typed) losses++;
  }
  console.log(`crash loop: 20 crashes, ${losses} lost`);
  assert.equal(losses, 0);
  await context.close();
});

test('two tabs on one draft: both edits survive, each shows the other within a second, one draft in the list', async () => {
  const { context, page } = await newPage(app.browser);
  const url = await startDraft(page);
  const other = await context.newPage();
  await other.goto(url);
  await waitForStep(other, stepOf('requester'), 'vi');
  await nameBox(page).fill('Đỗ Minh Châu');
  const relationship = text(definition.ui['requester.relationship'].options.mother, 'vi');
  await other.getByRole('radio', { name: relationship, exact: true }).check();
  await eventually(
    async () => (await nameBox(other).inputValue()) === 'Đỗ Minh Châu',
    'the name in the other tab',
    1500,
  );
  await eventually(
    async () => page.getByRole('radio', { name: relationship, exact: true }).isChecked(),
    'the relationship in the first tab',
    1500,
  );
  await page.reload();
  await waitForStep(page, stepOf('requester'), 'vi');
  assert.equal(await nameBox(page).inputValue(), 'Đỗ Minh Châu');
  assert.ok(await page.getByRole('radio', { name: relationship, exact: true }).isChecked());
  await page.goto(`${app.url}#/`);
  const items = page.locator('dvc-drafts').getByRole('listitem');
  await items.first().waitFor();
  assert.equal(await items.count(), 1);
  await context.close();
});

/** Makes a file inside the page (a big noisy photo or a PDF of a given size) and gives it to the file field. */
async function chooseFile(page, kind, bytes) {
  return page.evaluate(
    async ({ kind, bytes }) => {
      let file;
      if (kind === 'photo') {
        const canvas = new OffscreenCanvas(4000, 3000);
        const ctx = canvas.getContext('2d');
        const image = ctx.createImageData(4000, 3000);
        for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 2654435761) >>> 24;
        ctx.putImageData(image, 0, 0);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 });
        file = new File([blob], 'giay-chung-sinh.jpg', { type: 'image/jpeg' });
      } else {
        const body = new Uint8Array(bytes).fill(32);
        file = new File(['%PDF-1.4\n', body, '\n%%EOF\n'], 'ban-quet.pdf', { type: 'application/pdf' });
      }
      const find = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches('input[type=file]')) return el;
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return undefined;
      };
      const input = find(document);
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return file.size;
    },
    { kind, bytes },
  );
}

/** Goes to the documents step of a draft whose other answers are the example's. */
async function toDocuments(page) {
  const url = await startDraft(page);
  await page.evaluate((data) => {
    const form = document.querySelector('dvc-form');
    form.value = { ...data, birthEvidenceScan: undefined };
  }, example);
  await page.evaluate(
    (index) => document.querySelector('dvc-form').goTo(index),
    definition.steps.indexOf(stepOf('documents')),
  );
  await waitForStep(page, stepOf('documents'), 'vi');
  return url;
}

test('a 6 MB photo is stored reduced and survives a reload; a file over the limit is refused', async () => {
  const { context, page, errors } = await newPage(app.browser);
  const url = await toDocuments(page);
  const original = await chooseFile(page, 'photo');
  assert.ok(original > 5_000_000, `the test photo is big (${original} bytes)`);
  await page.getByText('giay-chung-sinh.jpg').first().waitFor();
  await page.evaluate(() => document.querySelector('dvc-form').saveNow());
  await page.reload();
  await waitForStep(page, stepOf('documents'), 'vi');
  await page.getByText('giay-chung-sinh.jpg').first().waitFor();
  const stored = await page.evaluate(() => document.querySelector('dvc-form').value.birthEvidenceScan);
  assert.equal(stored.type, 'image/jpeg');
  assert.ok(stored.size < original / 3, `stored ${stored.size} bytes`);
  const blob = await page.evaluate(async (id) => {
    const form = document.querySelector('dvc-form');
    const file = await form.draft.attachment(id);
    const bitmap = await createImageBitmap(file);
    return { size: file.size, width: bitmap.width, height: bitmap.height };
  }, stored.id);
  assert.deepEqual([blob.size, Math.max(blob.width, blob.height)], [stored.size, 1600]);
  assert.equal(page.url(), url);
  await chooseFile(page, 'pdf', 6_000_000);
  await page.getByText(/5 MB/).first().waitFor();
  const after = await page.evaluate(() => document.querySelector('dvc-form').value.birthEvidenceScan);
  assert.equal(after.id, stored.id, 'the refused file replaced nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full disk: the file is refused with a message and the typed answers are still saved', async () => {
  // No service worker here: its caches would count against the small quota this test sets. Chromium applies a quota
  // override to storage opened after it, so it is set before the app starts.
  const { context, page } = await newPage(app.browser, { serviceWorkers: 'block' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin, quotaSize: 1_500_000 });
  const url = await toDocuments(page);
  const copies = page.getByLabel(nameOf(text(definition.ui.copiesRequested.label, 'vi'), 'vi'));
  await copies.fill('4');
  await chooseFile(page, 'pdf', 3_000_000);
  await page.getByText(t('vi', 'attachmentNoSpace')).first().waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('dvc-form').value.birthEvidenceScan), undefined);
  await page.evaluate(() =>
    document
      .querySelector('dvc-form')
      .saveNow()
      .catch(() => undefined),
  );
  await page.reload();
  await waitForStep(page, stepOf('documents'), 'vi');
  assert.equal(await copies.inputValue(), '4');
  assert.equal(await page.evaluate(() => document.querySelector('dvc-form').value.birthEvidenceScan), undefined);
  assert.equal(page.url(), url);
  await context.close();
});
