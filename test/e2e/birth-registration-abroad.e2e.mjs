// Birth registration abroad as a person does it, by labels in the built app: the parents' agreement on Vietnamese
// nationality is asked exactly when one parent is not Vietnamese, and the form does not go on without it. Labels,
// steps and values come from the definition (bundled with forms/common, as the app loads it) and its examples.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fillStep, openProcedure, pressContinue, t, text, visibleSteps, waitForStep } from './fill.mjs';
import { newPage, readDefinition, startApp, validExamples } from './harness.mjs';

const definition = readDefinition('forms/birth-registration-abroad/definition.json');
const example = (name) => structuredClone(validExamples('birth-registration-abroad').find((e) => e.name === name).data);
const agreement = definition.ui.nationalityAgreement;

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

/** Opens a new form and fills every step by label up to (not including) the step with the agreement's field. */
async function fillUpToDocuments(page, data) {
  await openProcedure(page, app.url, definition);
  const steps = visibleSteps(definition, data);
  const documents = steps.find((step) => step.fields.includes('nationalityAgreement'));
  for (const step of steps.slice(0, steps.indexOf(documents))) {
    await waitForStep(page, step, 'vi');
    await fillStep(page, definition, step, data, 'vi');
    await pressContinue(page, 'vi');
  }
  await waitForStep(page, documents, 'vi');
  return documents;
}

test('with two Vietnamese parents, the nationality agreement is not asked', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await fillUpToDocuments(page, example('valid-both-vietnamese-parents-in-japan.json'));
  assert.equal(await page.getByText(text(agreement.label, 'vi')).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a French father, the agreement is asked, required, and the form goes on once it is attached', async () => {
  const data = example('valid-vietnamese-mother-french-father.json');
  const attached = data.nationalityAgreement;
  delete data.nationalityAgreement;
  const { context, page, errors } = await newPage(app.browser);
  const documents = await fillUpToDocuments(page, data);
  await fillStep(page, definition, documents, data, 'vi');
  const input = page.locator('input[type=file][name="nationalityAgreement"]');
  assert.equal(await input.count(), 1, 'the agreement field is on the page');

  await pressContinue(page, 'vi');
  const summary = page.getByRole('heading', { name: t('vi', 'errorSummaryTitle') });
  await summary.waitFor();
  await page.getByRole('link', { name: text(agreement.messages.required, 'vi') }).waitFor();

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await input.setInputFiles({ name: attached.name, mimeType: attached.type, buffer: pdf });
  await page.getByText(attached.name).first().waitFor();
  await pressContinue(page, 'vi');
  await page.getByRole('heading', { name: t('vi', 'checkAnswersTitle') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
