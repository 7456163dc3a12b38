// Fills a procedure the way a person does: finds each control by its label (as the accessibility tree names it,
// through the elements' open shadow roots) and types, picks or ticks the value taken from a valid example. Which
// fields are on a step is asked of the real core (`buildFields`), so the walk follows the definition as it changes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, escapeRegExp, importSource, readJson } from './harness.mjs';

const [core, steps, paths, i18n] = await Promise.all([
  importSource('src/core/model/build.ts'),
  importSource('src/core/model/steps.ts'),
  importSource('src/core/data/paths.ts'),
  importSource('src/i18n/all.ts'),
]);
export const { buildFields } = core;
export const { getAt, setAt } = paths;
export const { t, text } = i18n;

/** The steps shown for `data`, as the form decides it (a step whose fields are all hidden is skipped). */
export function visibleSteps(definition, data) {
  return steps.visibleSteps(definition, data).map((index) => definition.steps[index]);
}

/**
 * The accessible name of a control labelled `label`: the label itself, perhaps followed by the "(optional)" text
 * or a required marker, and nothing else (so "Họ và tên" does not also match "Họ và tên cha").
 */
export function nameOf(label, lang) {
  const suffix = [t(lang, 'optional'), t(lang, 'requiredMark'), '*'].map(escapeRegExp).join('|');
  return new RegExp(`^\\s*${escapeRegExp(label)}(\\s*(${suffix}))*\\s*$`);
}

function referenceFile(field, data) {
  if (field.source.data !== 'communes') return `forms/data/${field.source.data}.json`;
  const province = getAt(data, field.dependsOnPath);
  return `forms/data/communes/${province}.json`;
}

/**
 * The label a person sees for a reference-data code: the files are `{ items: [{ code, … }] }`, named the way the
 * form's reference-data loader names them (full name first, then the Vietnamese or English name).
 */
function referenceLabel(field, data, code, lang) {
  const file = referenceFile(field, data);
  if (!existsSync(join(ROOT, file))) throw new Error(`Reference data ${file} is missing`);
  const item = readJson(file).items.find((entry) => entry.code === String(code));
  if (!item) throw new Error(`No entry ${code} in ${file}`);
  const vi = item.fullName ?? item.nameVi ?? item.name;
  return lang === 'vi' ? vi : (item.fullNameEn ?? item.nameEn ?? vi);
}

function optionLabel(field, value, lang) {
  const option = field.options?.find((item) => item.value === String(value));
  if (!option) throw new Error(`${field.path}: no option ${JSON.stringify(value)}`);
  return text(option.label, lang);
}

/** A 600×800 picture of the given image type, encoded by the page's own canvas. */
async function picture(page, type) {
  const dataUrl = await page.evaluate((mime) => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 800;
    const context = canvas.getContext('2d');
    context.fillStyle = '#dfe7f2';
    context.fillRect(0, 0, 600, 800);
    context.fillStyle = '#0b3d91';
    context.fillRect(150, 200, 300, 400);
    return canvas.toDataURL(mime);
  }, type);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/**
 * The control labelled `label` in `scope`. A group on the same page may hold a field with the same label (the
 * emergency contact's "Telephone number" under the person's own): then the one of this field's path is meant.
 */
async function labelled(scope, field, label, lang) {
  const controls = scope.getByLabel(nameOf(label, lang));
  return (await controls.count()) > 1 ? controls.and(scope.locator(`[name="${field.path}"]`)) : controls;
}

/** Fills one field (and, for groups, its children) inside `scope` with its value in `data`. */
export async function fillField(scope, field, data, lang) {
  const value = getAt(data, field.path);
  if (value === undefined || value === null) return;
  const label = text(field.label, lang);
  switch (field.widget) {
    case 'text':
    case 'email':
    case 'tel':
    case 'textarea':
    case 'number': {
      // Leaving the box, as a person does before the next field: a message shown on leaving (a warning) moves what
      // is below it, and a click that started before the move would land elsewhere.
      const box = await labelled(scope, field, label, lang);
      await box.fill(String(value));
      await box.blur();
      return;
    }
    case 'date': {
      const group = scope.getByRole('group', { name: nameOf(label, lang) });
      const [year, month, day] = String(value).split('-');
      if (day) await group.getByLabel(t(lang, 'day'), { exact: true }).fill(String(Number(day)));
      if (month) await group.getByLabel(t(lang, 'month'), { exact: true }).fill(String(Number(month)));
      await group.getByLabel(t(lang, 'year'), { exact: true }).fill(year);
      return;
    }
    case 'radio': {
      const group = scope
        .getByRole('radiogroup', { name: nameOf(label, lang) })
        .or(scope.getByRole('group', { name: nameOf(label, lang) }));
      await group.getByRole('radio', { name: optionLabel(field, value, lang), exact: true }).check();
      return;
    }
    case 'select':
      await scope.getByLabel(nameOf(label, lang)).selectOption({ label: optionLabel(field, value, lang) });
      return;
    case 'combobox': {
      const choice = field.source ? referenceLabel(field, data, value, lang) : optionLabel(field, value, lang);
      const box = scope.getByRole('combobox', { name: nameOf(label, lang) });
      await box.fill(choice);
      const page = typeof scope.page === 'function' ? scope.page() : scope;
      await page.getByRole('option', { name: choice, exact: true }).click();
      return;
    }
    case 'checkbox':
      if (value === true) {
        const name = field.checkboxLabel ? text(field.checkboxLabel, lang) : label;
        await scope.getByRole('checkbox', { name: nameOf(name, lang) }).check();
      }
      return;
    case 'fieldset': {
      const group = scope.getByRole('group', { name: nameOf(label, lang) });
      for (const child of field.children ?? []) await fillField(group, child, data, lang);
      return;
    }
    case 'array': {
      const group = scope.getByRole('group', { name: nameOf(label, lang) });
      const noun = text(field.itemLabel ?? field.label, lang);
      const add = group.getByRole('button', {
        name: new RegExp(`^${escapeRegExp(t(lang, 'addItem', { item: noun }))}$`, 'i'),
      });
      for (const [index, children] of (field.items ?? []).entries()) {
        const name = t(lang, 'itemNumbered', { item: noun, n: index + 1 });
        const item = group.getByRole('group', { name, exact: true });
        if ((await item.count()) === 0) await add.click();
        for (const child of children) await fillField(item, child, data, lang);
      }
      return;
    }
    case 'file': {
      // A person picks a file; its content here is a small PDF, or for an image type a real picture drawn by the
      // browser (the device decodes and reduces photos), under the example's name. The stored description, id and
      // hash, are made on the device, so they differ from the example's and need not match.
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const page = typeof scope.page === 'function' ? scope.page() : scope;
      const buffer = value.type.startsWith('image/') ? await picture(page, value.type) : pdf;
      const input = scope.locator(`input[type=file][name="${field.path}"]`);
      await input.setInputFiles({ name: value.name, mimeType: value.type, buffer });
      return;
    }
    default:
      throw new Error(`${field.path}: no way to fill a "${field.widget}" field`);
  }
}

/** Fills every field of `step` that is shown for `data`. Fields are built from the final data, in step order. */
export async function fillStep(page, definition, step, data, lang) {
  for (const field of buildFields(definition, data, step.fields)) await fillField(page, field, data, lang);
}

/** Waits until the step's title is a heading on the page. */
export async function waitForStep(page, step, lang) {
  await page
    .getByRole('heading', { name: text(step.title, lang), exact: true })
    .first()
    .waitFor();
}

export async function pressContinue(page, lang) {
  await page.getByRole('button', { name: t(lang, 'continue'), exact: true }).click();
}

/** Opens a procedure from the demo's list, as a person would. */
export async function openProcedure(page, url, definition, lang = 'vi') {
  await page.goto(url);
  await page.getByRole('link', { name: text(definition.title, lang), exact: true }).click();
  await page.waitForURL(new RegExp(`#/${definition.id}$`));
}

/** Polls `check` until it returns true, for conditions that Playwright's locators cannot wait for directly. */
export async function eventually(check, message, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out: ${message}`);
}

/**
 * Opens a new form of `definition` at `appUrl` and completes it (see completeOpenForm).
 */
export async function completeProcedure(page, appUrl, definition, data, options = {}) {
  await page.goto(`${appUrl}#/${definition.id}/new`);
  await completeOpenForm(page, definition, data, options);
}

/**
 * In the form the page shows, puts `data` in as the answers (the declaration left for the person), walks Continue
 * through every step shown — calling `onStep(step)` first on each, e.g. to choose a file — and confirms the
 * declaration on the check page, which must not be pre-ticked.
 */
export async function completeOpenForm(page, definition, data, { onStep } = {}) {
  const steps = visibleSteps(definition, data);
  await waitForStep(page, steps[0], 'vi');
  await page.evaluate((answers) => {
    document.querySelector('dvc-form').value = { ...answers, declaration: undefined };
  }, data);
  for (const step of steps) {
    await waitForStep(page, step, 'vi');
    await onStep?.(step);
    await pressContinue(page, 'vi');
  }
  await page.getByRole('heading', { name: t('vi', 'checkAnswersTitle') }).waitFor();
  const declaration = page.getByRole('checkbox', {
    name: nameOf(text(definition.ui.declaration.checkboxLabel, 'vi'), 'vi'),
  });
  if (await declaration.isChecked()) throw new Error('the declaration must never be pre-ticked');
  await declaration.check();
  await page.getByRole('button', { name: t('vi', 'submit'), exact: true }).click();
  await page.getByRole('heading', { name: t('vi', 'completedTitle') }).waitFor();
}
