// The demo works under a strict Content-Security-Policy (no inline or evaluated script, no inline style): the
// precompiled validators and Lit's constructable stylesheets must not need any exception.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importSource, newPage, readDefinition, startApp } from './harness.mjs';

let app;
let i18n;
before(async () => {
  app = await startApp();
  i18n = await importSource('src/i18n/all.ts');
});
after(() => app?.close());

/** Records every CSP violation from the first script on, through a DOM listener and the console. */
async function watchViolations(page) {
  const consoleReports = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  // Init scripts are injected by the browser itself, before the page's own scripts, and are not subject to the
  // page's CSP; the positive control at the end of the test proves the listener really runs and reports.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`,
      );
    });
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations)), ...consoleReports];
}

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
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
  });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'the inline script must not run');
  assert.match((await violations())[0], /^script-src/);
  await context.close();
});
