// Every procedure in forms/ as a person does it: chosen from the demo's list in the procedure's first language,
// filled by labels step by step with one of its valid examples, up to check your answers, which shows what was typed.
// Procedures are found and loaded as the app loads them (harness.mjs `procedures()`: bundled with forms/common), so a
// new folder is swept without touching this file. One example each keeps the run short; the axe sweep walks as
// many examples as it takes to see every step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  buildFields,
  fillStep,
  getAt,
  openProcedure,
  pressContinue,
  t,
  text,
  visibleSteps,
  waitForStep,
} from './fill.mjs';
import { ROOT, newPage, procedures, startApp, validExamples } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

function flatten(fields) {
  return fields.flatMap((field) => [field, ...flatten(field.children ?? []), ...flatten((field.items ?? []).flat())]);
}

/** The valid example that shows the most steps (the first of those): one walk sees as much as one walk can. */
function widestExample(definition, examples) {
  return examples.reduce((best, example) =>
    visibleSteps(definition, example.data).length > visibleSteps(definition, best.data).length ? example : best,
  );
}

/** The answers typed as text on the steps walked: the check page must show each of them as typed. */
function typedAnswers(definition, data) {
  return visibleSteps(definition, data)
    .flatMap((step) => flatten(buildFields(definition, data, step.fields)))
    .filter((field) => ['text', 'textarea'].includes(field.widget))
    .map((field) => getAt(data, field.path))
    .filter((value) => typeof value === 'string' && value.trim() !== '');
}

test('the built index lists every procedure folder, sorted, with its title: the demo offers them all', async () => {
  const index = JSON.parse(readFileSync(join(ROOT, 'dist/forms/index.json'), 'utf8'));
  const all = procedures();
  assert.deepEqual(
    index.procedures.map(({ id, definition }) => [id, definition]),
    all.map(({ id }) => [id, `${id}/definition.json`]),
  );
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(app.url);
  const links = page.getByRole('list').getByRole('heading', { level: 2 }).getByRole('link');
  await links.first().waitFor();
  assert.deepEqual(
    await links.allTextContents(),
    all.map(({ definition }) => text(definition.title, 'vi')),
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the list of procedures cannot be loaded, the page says so', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.route('**/forms/index.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(app.url);
  await page
    .getByRole('alert')
    .filter({ hasText: t('vi', 'proceduresLoadFailed') })
    .waitFor();
  await page.goto(`${app.url}#/birth-registration`);
  await page.getByRole('heading', { level: 1, name: t('vi', 'proceduresLoadFailed') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('there are procedures to sweep, each with valid examples', () => {
  const all = procedures();
  assert.ok(all.some(({ id }) => id === 'birth-registration'));
  for (const { id } of all) assert.ok(validExamples(id).length > 0, `forms/${id}/examples/valid-*.json`);
});

for (const { id, definition } of procedures()) {
  const lang = definition.primaryLanguage ?? 'vi';
  test(`${id}: a person fills every step by label (${lang}) and reaches check your answers`, async (testContext) => {
    const examples = validExamples(id);
    assert.ok(examples.length > 0, `forms/${id}/examples/valid-*.json is needed to fill the form`);
    const { name, data } = widestExample(definition, examples);
    testContext.diagnostic(`filling with ${name}`);
    const { context, page, errors } = await newPage(app.browser);
    if (lang !== 'vi') {
      // The demo opens in Vietnamese; the person switches first, and the demo remembers it for the next page.
      await page.goto(app.url);
      await page.getByLabel(t('vi', 'languageLabel'), { exact: true }).selectOption(lang);
      await page.getByRole('heading', { level: 1, name: t(lang, 'procedures') }).waitFor();
    }
    await openProcedure(page, app.url, definition, lang);
    const steps = visibleSteps(definition, data);
    for (const step of steps) {
      await waitForStep(page, step, lang);
      await fillStep(page, definition, step, data, lang);
      await pressContinue(page, lang);
    }
    await page.getByRole('heading', { name: t(lang, 'checkAnswersTitle') }).waitFor();
    assert.equal(await page.getByRole('heading', { name: t(lang, 'errorSummaryTitle') }).count(), 0);
    const answers = typedAnswers(definition, data);
    assert.ok(answers.length > 0, `${name} has text answers to look for`);
    for (const answer of answers) await page.getByText(answer, { exact: true }).first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}
