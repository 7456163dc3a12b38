// The demo portal around the form: routing by hash (deep links, Back), the language switch, the skip link.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { t, text, visibleSteps, waitForStep } from './fill.mjs';
import { newPage, readDefinition, startApp } from './harness.mjs';

const definition = readDefinition('forms/birth-registration/definition.json');
const firstStep = () => visibleSteps(definition, {})[0];

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

test('a deep link opens the procedure, and Back returns to the list', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: t('vi', 'procedures') }).waitFor();
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  assert.match(await page.title(), new RegExp(text(definition.title, 'vi')));
  await page.goBack();
  await page.getByRole('link', { name: text(definition.title, 'vi'), exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown procedure says so and links back to the list', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(`${app.url}#/no-such-procedure`);
  await page.getByRole('heading', { level: 1, name: t('vi', 'procedureNotFound') }).waitFor();
  await page.getByRole('link', { name: t('vi', 'allProcedures') }).click();
  await page.getByRole('heading', { level: 1, name: t('vi', 'procedures') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch changes the page language and is remembered', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(app.url);
  await page.getByLabel(t('vi', 'languageLabel'), { exact: true }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: t('en', 'procedures') }).waitFor();
  await page.getByRole('link', { name: text(definition.title, 'en'), exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: t('en', 'procedures') }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the skip link is the first stop and moves focus to the main content', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('vi', 'skipToContent') });
  assert.ok(await skip.evaluate((link) => link === document.activeElement), 'Tab first reaches the skip link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('main')?.id), 'main');
  assert.match(page.url(), new RegExp(`#/${definition.id}$`), 'the route stays in the URL');
  assert.deepEqual(errors, []);
  await context.close();
});
