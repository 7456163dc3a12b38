// The accessibility sweep: axe-core over the demo's list and over every step of every procedure in forms/, as
// first rendered, with the errors of an empty Continue shown, and on the check-your-answers page. Also checks that
// nothing scrolls sideways at 320 CSS pixels (WCAG 1.4.10), which axe cannot see. Procedures are found and loaded as
// the app loads them (harness.mjs `procedures()`), so a folder dropped into forms/ is swept too. Each is walked in
// Vietnamese; procedures.e2e.mjs fills each one in its own first language (English for the e-visa).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fillStep, openProcedure, pressContinue, t, text, visibleSteps, waitForStep } from './fill.mjs';
import { axeAudit, axeReport, newPage, procedures, startApp, validExamples } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

const audit = axeAudit;
const report = axeReport;

/** A context without the page's CSP: axe is injected as an inline script, which the demo's policy rightly blocks. */
const AUDIT_CONTEXT = { bypassCSP: true };

test('every procedure in forms/ is offered by the demo', async () => {
  const { context, page } = await newPage(app.browser);
  await page.goto(app.url);
  for (const { definition } of procedures()) {
    await page.getByRole('link', { name: text(definition.title, 'vi'), exact: true }).waitFor();
  }
  await context.close();
});

test('the procedure list has no axe violations', async () => {
  const { context, page, errors } = await newPage(app.browser, AUDIT_CONTEXT);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('list').getByRole('link').first().waitFor();
  const violations = await audit(page, 'procedure list');
  assert.equal(violations.length, 0, report(violations));
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Walks a procedure with one valid example: audits each step not audited yet (first render, then with the errors of
 * an empty Continue), fills it and moves on; audits check your answers when `auditCheckPage` says so.
 */
async function walk(page, definition, data, audited, auditCheckPage) {
  const violations = [];
  const errorTitle = page.getByRole('heading', { name: t('vi', 'errorSummaryTitle') });
  const steps = visibleSteps(definition, data);
  for (const [index, step] of steps.entries()) {
    const title = text(step.title, 'vi');
    await waitForStep(page, step, 'vi');
    if (!audited.has(step.id)) {
      audited.add(step.id);
      violations.push(...(await audit(page, `${title}: first render`)));
      await pressContinue(page, 'vi');
      const next = steps[index + 1];
      const nextTitle = next ? text(next.title, 'vi') : t('vi', 'checkAnswersTitle');
      await errorTitle
        .or(page.getByRole('heading', { name: nextTitle, exact: true }))
        .first()
        .waitFor();
      if (await errorTitle.isVisible()) {
        violations.push(...(await audit(page, `${title}: errors shown`)));
      } else {
        // A step with nothing required lets an empty Continue through; go back to fill it like the others.
        await page.getByRole('button', { name: t('vi', 'back'), exact: true }).click();
        await waitForStep(page, step, 'vi');
      }
    }
    await fillStep(page, definition, step, data, 'vi');
    await pressContinue(page, 'vi');
  }
  await page.getByRole('heading', { name: t('vi', 'checkAnswersTitle') }).waitFor();
  if (auditCheckPage) violations.push(...(await audit(page, 'check your answers')));
  return violations;
}

for (const { id, definition } of procedures()) {
  test(`${id}: every step, its errors and check your answers have no axe violations`, async (testContext) => {
    const examples = validExamples(id);
    assert.ok(examples.length > 0, `forms/${id}/examples/valid-*.json is needed to walk through the steps`);
    const { context, page, errors } = await newPage(app.browser, AUDIT_CONTEXT);
    const audited = new Set();
    const violations = [];
    // Different examples show different steps (the mother's and father's steps depend on the case): walk as many
    // as it takes to see every step once.
    for (const [index, { name, data }] of examples.entries()) {
      if (definition.steps.every((step) => audited.has(step.id))) break;
      if (!visibleSteps(definition, data).some((step) => !audited.has(step.id)) && index > 0) continue;
      testContext.diagnostic(`walking with ${name}`);
      await openProcedure(page, app.url, definition);
      violations.push(...(await walk(page, definition, data, audited, index === 0)));
    }
    const missed = definition.steps.filter((step) => !audited.has(step.id)).map((step) => step.id);
    assert.deepEqual(missed, [], 'every step is shown by at least one valid example');
    assert.equal(violations.length, 0, report(violations));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the audit itself reports a violation when there is one', async () => {
  const { context, page } = await newPage(app.browser, AUDIT_CONTEXT);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  const violations = await audit(page, 'control');
  assert.ok(
    violations.some((violation) => violation.id === 'image-alt'),
    'an image without alt text is reported',
  );
  await context.close();
});

test('nothing scrolls sideways at 320 CSS pixels', async () => {
  const { context, page, errors } = await newPage(app.browser, { viewport: { width: 320, height: 640 } });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(app.url);
  await page.getByRole('list').getByRole('link').first().waitFor();
  assert.equal(await overflow(), 0, 'the procedure list fits 320 px');
  for (const { id, definition } of procedures()) {
    await openProcedure(page, app.url, definition);
    await waitForStep(page, visibleSteps(definition, {})[0], 'vi');
    assert.equal(await overflow(), 0, `the first step of ${id} fits 320 px`);
    await pressContinue(page, 'vi');
    await page.getByRole('heading', { name: t('vi', 'errorSummaryTitle') }).waitFor();
    assert.equal(await overflow(), 0, `the first step of ${id} with errors fits 320 px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
