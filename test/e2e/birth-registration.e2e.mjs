// Birth registration as a person does it: by labels, in Vietnamese, with the language switch and the parentage case
// that removes the father's step. Labels, steps and values are read from the definition and its valid examples, so
// this suite follows the procedure as it is edited. Filling a whole form by labels, for every procedure, is in
// procedures.e2e.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  buildFields,
  eventually,
  fillStep,
  nameOf,
  openProcedure,
  pressContinue,
  setAt,
  t,
  text,
  visibleSteps,
  waitForStep,
} from './fill.mjs';
import { newPage, readDefinition, startApp, validExamples } from './harness.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const examples = validExamples('birth-registration');

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

function flatten(fields) {
  return fields.flatMap((field) => [field, ...flatten(field.children ?? []), ...flatten((field.items ?? []).flat())]);
}

/** The stored value of an option, typed as the schema wants it. */
function typed(field, value) {
  if (field.valueType === 'boolean') return value === 'true';
  if (field.valueType === 'number' || field.valueType === 'integer') return Number(value);
  return value;
}

/** A step about the father: its id or every one of its fields says so. */
function isFatherStep(step) {
  return /father/i.test(step.id) || step.fields.every((path) => /^father\b/i.test(path));
}

/**
 * Finds, in the examples, a case where the father's step is shown and one choice on an earlier step (the parentage
 * case, "father unknown") hides it. Returns what the test needs to act it out.
 */
function findFatherUnknownCase() {
  for (const { name, data } of examples) {
    const shown = visibleSteps(definition, data);
    const fatherStep = shown.find(isFatherStep);
    if (!fatherStep) continue;
    for (const step of shown.slice(0, shown.indexOf(fatherStep))) {
      for (const field of flatten(buildFields(definition, data, step.fields))) {
        if (!field.options || !['radio', 'select'].includes(field.widget)) continue;
        for (const option of field.options) {
          const changed = setAt(data, field.path, typed(field, option.value));
          if (!visibleSteps(definition, changed).includes(fatherStep)) {
            return { example: name, data, step, field, option, fatherStep, stepsBefore: shown };
          }
        }
      }
    }
  }
  return undefined;
}

test('the definition has valid examples to fill the form with', () => {
  assert.ok(examples.length > 0, 'forms/birth-registration/examples/valid-*.json');
});

test('switching the language to English shows the step in English, and back', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await openProcedure(page, app.url, definition);
  const first = definition.steps[0];
  await waitForStep(page, first, 'vi');

  await page.getByLabel(t('vi', 'languageLabel'), { exact: true }).selectOption('en');
  await waitForStep(page, first, 'en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  for (const field of buildFields(definition, examples[0]?.data ?? {}, first.fields)) {
    const label = text(field.label, 'en');
    const byLabel = page.getByLabel(nameOf(label, 'en'));
    const byGroup = page.getByRole('group', { name: nameOf(label, 'en') });
    assert.ok((await byLabel.count()) + (await byGroup.count()) > 0, `English label "${label}" is on the page`);
  }
  await page.getByRole('button', { name: t('en', 'continue'), exact: true }).waitFor();

  await page.getByLabel(t('en', 'languageLabel'), { exact: true }).selectOption('vi');
  await waitForStep(page, first, 'vi');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing "father unknown" removes the father\'s step from the steps', async () => {
  const found = findFatherUnknownCase();
  assert.ok(found, "a valid example with a father, and a choice on an earlier step that hides the father's step");
  const { data, step, field, option, fatherStep, stepsBefore } = found;
  const { context, page, errors } = await newPage(app.browser);
  await openProcedure(page, app.url, definition);
  for (const earlier of stepsBefore.slice(0, stepsBefore.indexOf(step))) {
    await waitForStep(page, earlier, 'vi');
    await fillStep(page, definition, earlier, data, 'vi');
    await pressContinue(page, 'vi');
  }
  await waitForStep(page, step, 'vi');
  await fillStep(page, definition, step, data, 'vi');

  // The step list is read from the DOM even where CSS hides it on narrow layouts; "Bước x/y" is checked as well.
  const nav = page.getByRole('navigation', { name: t('vi', 'stepsNav') });
  const items = nav.getByRole('listitem', { includeHidden: true });
  const fatherTitle = text(fatherStep.title, 'vi');
  const listsFather = async () => (await items.allTextContents()).some((item) => item.includes(fatherTitle));
  const counts = (data) =>
    t('vi', 'stepOf', { current: stepsBefore.indexOf(step) + 1, total: visibleSteps(definition, data).length + 1 });
  await eventually(listsFather, `the steps list "${fatherTitle}" while the father is known`);
  await nav.getByText(counts(data), { exact: true }).waitFor();

  const label = text(field.label, 'vi');
  const choice = text(option.label, 'vi');
  if (field.widget === 'radio') {
    await page
      .getByRole('radiogroup', { name: nameOf(label, 'vi') })
      .or(page.getByRole('group', { name: nameOf(label, 'vi') }))
      .getByRole('radio', { name: choice, exact: true })
      .check();
  } else {
    await page.getByLabel(nameOf(label, 'vi')).selectOption({ label: choice });
  }
  await eventually(async () => !(await listsFather()), `"${fatherTitle}" leaves the steps after choosing "${choice}"`);
  const changed = setAt(data, field.path, typed(field, option.value));
  await nav.getByText(counts(changed), { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
