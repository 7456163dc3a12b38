// The whole birth registration completed with the keyboard only (WCAG 2.1.1): the procedure is opened from the demo's
// list, every field of one valid example is reached by Tab from the previous focus and checked to be the expected
// field (by its accessible name) before anything is typed, choices are made with arrows, Space and Enter, the
// attachment is chosen through the file dialog opened by the keyboard, and the answers are confirmed, signed and
// submitted to the reference receiver, all by key presses. No click, no `fill`, no `focus()` from the test.
// Along the way it checks what a keyboard user relies on: focus moves to the new step's heading on Continue and Back,
// to the error summary on an empty Continue, and from a summary link to its field; every control reached shows a
// visible focus indicator (2.4.7) and is at least 24×24 CSS px (2.5.8); status messages sit in live regions (4.1.3).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildFields, getAt, nameOf, t, text, visibleSteps } from './fill.mjs';
import { escapeRegExp, newPage, readDefinition, readJson, startApp } from './harness.mjs';
import { startReceiverApp } from './submissions-app.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const example = readJson('forms/birth-registration/examples/valid-with-birth-evidence-scan.json').data;
const LANG = 'vi';

let app;
let server;
before(async () => {
  // The browser of startApp, the pages served by the receiver (which also takes the submission).
  app = await startApp();
  server = await startReceiverApp();
});
after(async () => {
  await server?.close();
  await app?.close();
});

/** What a failure message should say about the focused element (looking through open shadow roots). */
async function describeFocus(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '(nothing)';
    const name = element.getAttribute('name') ?? element.id ?? '';
    return `<${element.localName}${name ? ` ${name}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/** Whether the element of `locator` is the focused one, looking through open shadow roots. */
const isFocused = (locator) =>
  locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });

/**
 * Whether the focused control shows where focus is: an outline or a box shadow on it, on its <label> (a visually
 * hidden file input shows focus on its "Choose file" label), or on one of their ::before/::after boxes. Also
 * measures the target: the control or its label must be at least 24×24 CSS pixels, except links inside text.
 */
async function focusFacts(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return { visible: false, big: false };
    const root = element.getRootNode();
    const labels = element.id ? [...root.querySelectorAll(`label[for="${CSS.escape(element.id)}"]`)] : [];
    const boxes = [element, ...labels];
    const shows = (style) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow && style.boxShadow !== 'none');
    const visible = boxes.some(
      (box) =>
        shows(window.getComputedStyle(box)) ||
        shows(window.getComputedStyle(box, '::before')) ||
        shows(window.getComputedStyle(box, '::after')),
    );
    const inline = element.localName === 'a' && window.getComputedStyle(element).display === 'inline';
    const big =
      inline ||
      boxes.some((box) => {
        const rect = box.getBoundingClientRect();
        return rect.width >= 24 && rect.height >= 24;
      });
    return { visible, big };
  });
}

/**
 * Presses Tab (at most `max` times) until `locator` has focus, then checks the focus is visible and the target big
 * enough. Fails naming every element focus passed through, so a control out of order or unreachable is obvious.
 */
const stats = { controls: 0, tabs: 0 };
async function tabTo(page, locator, what, { max = 4, problems }) {
  const passed = [];
  stats.controls += 1;
  for (let presses = 0; ; presses += 1) {
    if (await isFocused(locator)) break;
    if (presses === max) {
      throw new Error(`${what} was not reached by Tab (${max} presses); focus went to: ${passed.join(' → ')}`);
    }
    await page.keyboard.press('Tab');
    stats.tabs += 1;
    passed.push(await describeFocus(page));
  }
  const { visible, big } = await focusFacts(page);
  if (!visible) problems.push(`no visible focus indicator on ${what}`);
  if (!big) problems.push(`target smaller than 24×24 px: ${what}`);
}

/** Asserts that the heading of the page (the step's title, or the check page's) has focus. */
async function expectHeadingFocused(page, title) {
  const heading = page.getByRole('heading', { name: title, exact: true }).first();
  await heading.waitFor();
  // The form moves focus after it has rendered the new step: wait a moment for it.
  for (let tries = 0; tries < 50 && !(await isFocused(heading)); tries += 1) await page.waitForTimeout(50);
  assert.ok(await isFocused(heading), `focus is on the heading "${title}", not on ${await describeFocus(page)}`);
}

function referenceLabel(field, code) {
  const file =
    field.source.data === 'communes'
      ? `forms/data/communes/${getAt(example, field.dependsOnPath)}.json`
      : `forms/data/${field.source.data}.json`;
  const item = readJson(file).items.find((entry) => entry.code === String(code));
  return item.fullName ?? item.nameVi ?? item.name;
}

function optionIndex(field, value) {
  const index = field.options.findIndex((option) => option.value === String(value));
  assert.ok(index >= 0, `${field.path}: option ${value}`);
  return index;
}

/** The control of `field` named `label` in `scope` (the field's own when a group repeats a label). */
async function control(scope, field, label) {
  const controls = scope.getByLabel(nameOf(label, LANG));
  return (await controls.count()) > 1 ? controls.and(scope.locator(`[name="${field.path}"]`)) : controls;
}

/** A small PDF, the scan of the birth certificate. */
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Fills one field (groups: their children) from the keyboard, reaching each control by Tab. */
async function keyField(page, scope, field, problems) {
  const value = getAt(example, field.path);
  if (value === undefined || value === null) return;
  const label = text(field.label, LANG);
  const what = `${field.path} ("${label}")`;
  switch (field.widget) {
    case 'text':
    case 'email':
    case 'tel':
    case 'textarea':
    case 'number': {
      const box = await control(scope, field, label);
      await tabTo(page, box, what, { problems });
      await page.keyboard.type(String(value));
      assert.equal(await box.inputValue(), String(value), what);
      return;
    }
    case 'date': {
      const group = scope.getByRole('group', { name: nameOf(label, LANG) });
      const [year, month, day] = String(value).split('-');
      const parts = [
        ['day', day],
        ['month', month],
        ['year', year],
      ];
      for (const [part, typed] of parts) {
        if (!typed) continue;
        await tabTo(page, group.getByLabel(t(LANG, part), { exact: true }), `${what} ${part}`, { problems });
        await page.keyboard.type(String(part === 'year' ? typed : Number(typed)));
      }
      return;
    }
    case 'radio': {
      const group = scope
        .getByRole('radiogroup', { name: nameOf(label, LANG) })
        .or(scope.getByRole('group', { name: nameOf(label, LANG) }));
      const radios = group.getByRole('radio');
      // Tab enters a group with nothing chosen on its first radio; Space chooses it, arrows move and choose.
      await tabTo(page, radios.first(), what, { problems });
      const index = optionIndex(field, value);
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      const chosen = radios.nth(index);
      assert.ok((await chosen.isChecked()) && (await isFocused(chosen)), `${what}: option ${value} chosen`);
      return;
    }
    case 'select': {
      const box = await control(scope, field, label);
      await tabTo(page, box, what, { problems });
      const wanted = text(field.options[optionIndex(field, value)].label, LANG);
      for (let i = 0; i < 60 && (await box.evaluate((s) => s.selectedOptions[0]?.label)) !== wanted; i += 1) {
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await box.evaluate((s) => s.selectedOptions[0]?.label), wanted, what);
      return;
    }
    case 'combobox': {
      const choice = field.source
        ? referenceLabel(field, value)
        : text(field.options[optionIndex(field, value)].label, LANG);
      const box = scope.getByRole('combobox', { name: nameOf(label, LANG) });
      await tabTo(page, box, what, { problems });
      await page.keyboard.type(choice);
      const active = () =>
        box.evaluate((input) => {
          const id = input.getAttribute('aria-activedescendant');
          return id ? input.getRootNode().getElementById(id)?.textContent.trim() : null;
        });
      // Down through the filtered list to the exact name (the list may still be loading: then try again).
      for (let i = 0; i < 40 && (await active()) !== choice; i += 1) {
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(20);
      }
      assert.equal(await active(), choice, `${what}: "${choice}" highlighted by the arrows`);
      await page.keyboard.press('Enter');
      assert.equal(await box.inputValue(), choice, what);
      assert.equal(await box.getAttribute('aria-expanded'), 'false', `${what}: the list closes on Enter`);
      return;
    }
    case 'checkbox': {
      if (value !== true) return;
      const name = field.checkboxLabel ? text(field.checkboxLabel, LANG) : label;
      const box = scope.getByRole('checkbox', { name: nameOf(name, LANG) });
      await tabTo(page, box, what, { problems, max: 120 });
      await page.keyboard.press('Space');
      assert.ok(await box.isChecked(), what);
      return;
    }
    case 'fieldset': {
      const group = scope.getByRole('group', { name: nameOf(label, LANG) });
      for (const child of field.children ?? []) await keyField(page, group, child, problems);
      return;
    }
    case 'file': {
      const input = scope.locator(`input[type=file][name="${field.path}"]`);
      await tabTo(page, input, what, { problems });
      assert.match((await input.getAttribute('aria-labelledby')) ?? '', /\S/, `${what} is named`);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles({ name: value.name, mimeType: value.type, buffer: SCAN });
      await scope.getByText(value.name, { exact: true }).waitFor();
      return;
    }
    default:
      throw new Error(`${field.path}: no keyboard way for a "${field.widget}" field in this test`);
  }
}

async function keyStep(page, step, problems) {
  for (const field of buildFields(definition, example, step.fields)) await keyField(page, page, field, problems);
}

const button = (page, key) => page.getByRole('button', { name: t(LANG, key), exact: true });

async function press(page, key, locator, what, options) {
  await tabTo(page, locator, what, options);
  await page.keyboard.press(key);
}

test('the whole birth registration can be completed, signed and submitted with the keyboard only', async (t_) => {
  const problems = [];
  const { context, page, errors } = await newPage(app.browser);
  const steps = visibleSteps(definition, example);
  const title = (step) => text(step.title, LANG);

  // The list of procedures: Tab to the birth registration, Enter.
  await page.goto(server.receiver.url);
  const link = page.getByRole('link', { name: text(definition.title, LANG), exact: true });
  await link.waitFor();
  await press(page, 'Enter', link, 'the procedure link', { max: 40, problems });
  await page.getByRole('heading', { name: title(steps[0]), exact: true }).waitFor();

  // An empty Continue: focus goes to the error summary, which is announced (an alert inside it); its first link
  // takes focus to the field it names.
  await press(page, 'Enter', button(page, 'continue'), 'Continue (empty step)', { max: 60, problems });
  const summary = page.locator('dvc-error-summary');
  await summary.getByRole('heading', { name: t(LANG, 'errorSummaryTitle') }).waitFor();
  const summaryBox = summary.locator('.summary');
  for (let tries = 0; tries < 50 && !(await isFocused(summaryBox)); tries += 1) await page.waitForTimeout(50);
  assert.ok(await isFocused(summaryBox), `focus is on the error summary, not on ${await describeFocus(page)}`);
  assert.equal(await summary.getByRole('alert').count(), 1, 'the summary is announced');
  const firstField = buildFields(definition, {}, steps[0].fields)[0].children?.[0];
  const firstLink = summary.getByRole('link').first();
  await press(page, 'Enter', firstLink, 'the first error link', { max: 1, problems });
  const firstBox = page.getByRole('combobox', { name: nameOf(text(firstField.label, LANG), LANG) });
  for (let tries = 0; tries < 50 && !(await isFocused(firstBox)); tries += 1) await page.waitForTimeout(50);
  assert.ok(await isFocused(firstBox), `the link moved focus to its field, not to ${await describeFocus(page)}`);

  for (const [index, step] of steps.entries()) {
    if (index === 1) {
      // Back (after Continue in the tab order) returns to the previous step, focus on its heading; Continue again.
      await press(page, 'Enter', button(page, 'back'), 'Back', { max: 80, problems });
      await expectHeadingFocused(page, title(steps[0]));
      await press(page, 'Enter', button(page, 'continue'), 'Continue', { max: 80, problems });
      await expectHeadingFocused(page, title(step));
    }
    await keyStep(page, step, problems);
    if (index === 1) {
      // Shift+Tab goes back to the previous control, Tab returns; the save status is a live region with news.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const saved = page.locator('dvc-form').locator('.save-status [role="status"]');
      const pattern = new RegExp(escapeRegExp(t(LANG, 'savedOnDevice', { time: '§' })).replace('§', '.+'));
      await saved.filter({ hasText: pattern }).waitFor();
    }
    await press(page, 'Enter', button(page, 'continue'), `Continue on "${title(step)}"`, { problems });
    await expectHeadingFocused(page, steps[index + 1] ? title(steps[index + 1]) : t(LANG, 'checkAnswersTitle'));
  }

  // Check your answers: past the "Change" links to the declaration, then "Đồng ý và nộp".
  for (const field of buildFields(definition, example, definition.declaration)) {
    await keyField(page, page, field, problems);
  }
  await press(page, 'Enter', button(page, 'submit'), 'Đồng ý và nộp', { problems });
  await expectHeadingFocused(page, t(LANG, 'completedTitle'));
  assert.ok(await page.locator('dvc-form').getByRole('status').filter({ hasText: /\S/ }).count(), 'completion said');

  // "Tạo và ký PDF" (the device signs): progress is announced; then focus is on the download link.
  await press(page, 'Enter', button(page, 'signCreate'), 'Tạo và ký PDF', { max: 10, problems });
  const download = page.getByRole('link', { name: /^Tải tờ khai PDF/ });
  await download.waitFor({ timeout: 60_000 });
  for (let tries = 0; tries < 50 && !(await isFocused(download)); tries += 1) await page.waitForTimeout(50);
  assert.ok(await isFocused(download), `focus is on the download link, not on ${await describeFocus(page)}`);

  // "Nộp hồ sơ": the submission state is announced in a status region, and the receiver stores it.
  await press(page, 'Enter', button(page, 'submitButton'), 'Nộp hồ sơ', { max: 8, problems });
  await page.getByText(t(LANG, 'submitSeeOutbox')).waitFor({ timeout: 30_000 });
  const status = page.locator('dvc-form').locator('.submit-status[role="status"]');
  await status.filter({ hasText: /\S/ }).waitFor();
  const deadline = Date.now() + 30_000;
  while ((await server.receiver.storedSubmissions()).length === 0 && Date.now() < deadline) {
    await page.waitForTimeout(200);
  }
  assert.equal((await server.receiver.storedSubmissions()).length, 1, 'the receiver stored the submission');

  t_.diagnostic(`${stats.controls} controls reached with ${stats.tabs} Tab presses`);
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the focus check notices a control whose focus cannot be seen', async () => {
  // The page's CSP would rightly refuse the test's inline style.
  const { context, page } = await newPage(app.browser, { bypassCSP: true });
  await page.goto(app.url);
  const link = page.getByRole('link', { name: text(definition.title, LANG), exact: true });
  await link.waitFor();
  await page.addStyleTag({
    content: 'a:focus, a:focus-visible { outline: none !important; box-shadow: none !important }',
  });
  const problems = [];
  await tabTo(page, link, 'the procedure link', { max: 40, problems });
  assert.deepEqual(problems, ['no visible focus indicator on the procedure link']);
  await context.close();
});
