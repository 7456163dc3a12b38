// The React and Vue examples of docs/examples/, as built by scripts/build-examples.mjs (dvc-kit resolved through the
// package's own `exports`, i.e. dist-lib/), each served with its forms/ by the reference receiver under the demo's
// strict CSP. Each proves the wiring a portal copies: attributes and properties reach the form, the form's events
// reach the framework's state, the framework's state reaches the form's `value`, and the app's namespace and draft id
// bring a draft back after a reload.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import {
  buildFields,
  eventually,
  fillField,
  fillStep,
  nameOf,
  pressContinue,
  t,
  text,
  visibleSteps,
  waitForStep,
} from './fill.mjs';
import { CHROMIUM_ARGS, newPage, readDefinition, readJson, ROOT, validExamples } from './harness.mjs';
import { startReceiverApp } from './submissions-app.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const example = validExamples('birth-registration').find((e) => e.name === 'valid-both-parents-known.json').data;
const stepOf = (id) => definition.steps.find((step) => step.id === id);
const labelOf = (path, lang) => nameOf(text(definition.ui[path].label, lang), lang);
const hanoi = readJson('forms/data/provinces.json').items.find((item) => item.code === '01').fullName;
// The account the examples fill in (docs/examples/*/src/portal.ts) is the example's requester, and the receiver
// accepts only requests with the examples' session token: a submission that arrives proves the `headers` hook.
const account = example.requester;
const SESSION_TOKEN = 'example-session-token';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** The app's own state, as it shows it beside the form (`<dd id="app-step">` and so on). */
const shown = (page, what) => page.locator(`#app-${what}`);

for (const name of ['react', 'vue']) {
  test(`${name}: properties, events and value round-trip between the app and <dvc-form>; the draft survives a reload`, async () => {
    const appDir = join(ROOT, 'dist-examples', name);
    assert.ok(existsSync(join(appDir, 'index.html')), `build the examples first: node scripts/build-examples.mjs`);
    const server = await startReceiverApp({ appDir, token: SESSION_TOKEN });
    const { context, page, errors } = await newPage(browser);
    const violations = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) violations.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(server.receiver.url);
      // Rendered in Vietnamese, the province prefilled (the `prefill` property).
      await waitForStep(page, stepOf('registration'), 'vi');
      // The province's name shows once its reference list has loaded (a moment after the step).
      const province = page.getByRole('combobox', { name: labelOf('authority.province', 'vi') });
      await eventually(async () => (await province.inputValue()) === hanoi, 'the prefilled province is shown');

      // The app's language switch reaches the form's `lang`.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await waitForStep(page, stepOf('registration'), 'en');
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await waitForStep(page, stepOf('registration'), 'vi');

      // dvc-step-change → the app's "current step".
      await fillStep(page, definition, stepOf('registration'), example, 'vi');
      await pressContinue(page, 'vi');
      await waitForStep(page, stepOf('requester'), 'vi');
      await assertText(shown(page, 'step'), 'requester');

      // The app's button sets `value`: the form shows the account's name and keeps it.
      await page.getByRole('button', { name: 'Điền từ tài khoản của tôi' }).click();
      assert.equal(await page.getByLabel(labelOf('requester.fullName', 'vi')).inputValue(), account.fullName);
      const relationship = buildFields(definition, example, ['requester.relationship'])[0];
      await fillField(page, relationship, example, 'vi');
      await pressContinue(page, 'vi');
      await waitForStep(page, stepOf('child'), 'vi');
      await assertText(shown(page, 'step'), 'child');

      // dvc-change → the app's "child's name"; dvc-draft-saved → its "last saved" and the draft id in the address.
      await page.getByLabel(labelOf('child.fullName', 'vi')).pressSequentially('Trần Minh Khang', { delay: 5 });
      await assertText(shown(page, 'child'), 'Trần Minh Khang');
      await page.waitForURL(/[?&]draft=[0-9a-f-]{36}/);
      await page.waitForFunction(() => document.querySelector('#app-saved')?.textContent !== '—');

      // A reload: the app gives the form its namespace and the draft id; the draft is back where it was.
      await page.reload();
      await waitForStep(page, stepOf('child'), 'vi');
      assert.equal(await page.getByLabel(labelOf('child.fullName', 'vi')).inputValue(), 'Trần Minh Khang');
      await page.getByRole('button', { name: t('vi', 'back'), exact: true }).click();
      await waitForStep(page, stepOf('requester'), 'vi');
      assert.equal(await page.getByLabel(labelOf('requester.fullName', 'vi')).inputValue(), account.fullName);

      // <dvc-drafts> lists it under the app's namespace, by the child's name; <dvc-outbox> is there, empty.
      await page.locator('dvc-drafts').getByText('Trần Minh Khang').first().waitFor();
      await page.locator('dvc-outbox').getByRole('heading').first().waitFor();

      // dvc-complete and dvc-pdf-ready → the app. Submitting goes to the app's `endpoint` with the `headers` hook's
      // token; dvc-submission-queued → the app.
      await submit(page);
      await assertText(shown(page, 'completed'), `${definition.id}@${definition.version}`);
      await assertText(shown(page, 'pdf'), / KB$/);
      const submissionId = (await shown(page, 'submission').textContent()).trim();
      assert.match(submissionId, /^[0-9a-f-]{36}$/);
      await eventually(
        async () => (await server.receiver.storedSubmissions()).includes(submissionId),
        'the receiver stores the submission',
        30_000,
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

/** Puts the rest of the example's answers in, walks to check-your-answers, confirms, signs and submits. */
async function submit(page) {
  await page.evaluate((answers) => {
    const form = document.querySelector('dvc-form');
    form.value = { ...form.value, ...answers, declaration: undefined };
  }, example);
  const steps = visibleSteps(definition, example);
  for (const step of steps.slice(steps.indexOf(stepOf('requester')))) {
    await waitForStep(page, step, 'vi');
    await pressContinue(page, 'vi');
  }
  await page.getByRole('heading', { name: t('vi', 'checkAnswersTitle') }).waitFor();
  await page.getByRole('checkbox', { name: nameOf(text(definition.ui.declaration.checkboxLabel, 'vi'), 'vi') }).check();
  await page.getByRole('button', { name: t('vi', 'submit'), exact: true }).click();
  await page.getByRole('button', { name: t('vi', 'signCreate'), exact: true }).click();
  await page.getByRole('button', { name: t('vi', 'submitButton'), exact: true }).click({ timeout: 60_000 });
  await page.getByText(t('vi', 'submitSeeOutbox')).waitFor({ timeout: 30_000 });
  await page
    .locator('#app-submission')
    .filter({ hasText: /[0-9a-f-]{36}/ })
    .waitFor();
}

async function assertText(locator, expected) {
  await locator.filter({ hasText: expected }).waitFor();
}
