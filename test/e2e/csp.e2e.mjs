// The demo works under a strict Content-Security-Policy (no inline or evaluated script, no inline style): the
// precompiled validators and Lit's constructable stylesheets must not need any exception.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  expectInlineScriptBlocked,
  importSource,
  newPage,
  readDefinition,
  startApp,
  watchViolations,
} from './harness.mjs';

let app;
let i18n;
before(async () => {
  app = await startApp();
  i18n = await importSource('src/i18n/all.ts');
});
after(() => app?.close());

test('birth registration opens, validates and shows errors with zero CSP violations', async () => {
  const definition = readDefinition('forms/birth-registration/definition.json');
  const { context, page, errors } = await newPage(app.browser);
  const violations = await watchViolations(page);

  const response = await page.goto(app.url);
  const policy = response.headers()['content-security-policy'] ?? '';
  assert.match(policy, /script-src 'self'(;|$)/, 'the page must be served with a strict script-src');
  assert.doesNotMatch(policy, /unsafe-(inline|eval)/, 'the policy must not allow inline or evaluated code');

  await page.getByRole('link', { name: definition.title.vi, exact: true }).click();
  await page.waitForURL(/#\/birth-registration$/);

  const form = page.locator('dvc-form');
  const firstField = form.getByRole('textbox').or(form.getByRole('combobox')).first();
  await firstField.fill('Hà');
  await firstField.fill('');
  await page.getByRole('button', { name: i18n.t('vi', 'continue') }).click();
  await page.getByRole('heading', { name: i18n.t('vi', 'errorSummaryTitle') }).waitFor();

  assert.deepEqual(await violations(), [], 'no CSP violation while the form runs');
  assert.deepEqual(errors, [], 'no uncaught error in the page');

  // Positive control: an inline script must be blocked and reported, or the zero above proves nothing.
  await expectInlineScriptBlocked(page, violations);
  await context.close();
});
