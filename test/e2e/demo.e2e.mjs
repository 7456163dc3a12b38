// The demo portal around the form: routing by hash (deep links, Back), the language switch, the skip link, the
// theme switch (the theming contract at work: --dvc-* properties and ::part rules from the page's own CSS) and the
// embed snippet a province copies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pressContinue, t, text, visibleSteps, waitForStep } from './fill.mjs';
import { importSource, newPage, readDefinition, ROOT, startApp } from './harness.mjs';

/** The embed section's own words (they load with it, not with the kit's catalog). */
const { MESSAGES: embedText } = await importSource('src/demo/embed.ts');

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

test('the home page lists the procedures, the drafts and the submitted applications', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(app.url);
  await page.getByRole('link', { name: text(definition.title, 'vi'), exact: true }).waitFor();
  await page
    .locator('dvc-drafts')
    .getByRole('heading', { name: t('vi', 'draftsTitle') })
    .waitFor();
  await page
    .locator('dvc-outbox')
    .getByRole('heading', { name: t('vi', 'outboxTitle') })
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** A `#rrggbb` colour as getComputedStyle reports it. */
function rgb(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A custom property's value in the provincial theme, read from the theme itself rather than repeated here. */
function provinceToken(name) {
  const css = readFileSync(join(ROOT, 'src/demo/themes/province.css'), 'utf8');
  const match = new RegExp(`${name}:\\s*(#[0-9a-f]{6});`).exec(css);
  assert.ok(match, `${name} is set by the provincial theme`);
  return match[1];
}

/** What a person sees of the form's Continue button, inside dvc-form's shadow root. */
function continueStyle(page, lang = 'vi') {
  return page.getByRole('button', { name: t(lang, 'continue'), exact: true }).evaluate((button) => {
    const style = window.getComputedStyle(button);
    return { background: style.backgroundColor, weight: style.fontWeight, font: style.fontFamily };
  });
}

test('the theme switch restyles the form live, through tokens and parts, and is remembered', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  const before = await continueStyle(page);
  const themeSwitch = page.getByLabel(t('vi', 'themeLabel'), { exact: true });
  assert.equal(await themeSwitch.inputValue(), 'default');
  const primary = rgb(provinceToken('--dvc-color-primary'));
  assert.notEqual(before.background, primary);
  assert.notEqual(before.weight, '700');

  await themeSwitch.selectOption({ label: t('vi', 'themeProvince') });
  const after = await continueStyle(page);
  // A custom property set on the page reaches the button inside the shadow root...
  assert.equal(after.background, primary);
  assert.match(after.font, /Be Vietnam Pro/);
  // ...and so does a `dvc-form::part(button)` rule, for what no custom property says.
  assert.equal(after.weight, '700');
  // Live: the same form, with what was on screen, not a reloaded page.
  await waitForStep(page, firstStep(), 'vi');

  await page.reload();
  await waitForStep(page, firstStep(), 'vi');
  assert.equal(await page.getByLabel(t('vi', 'themeLabel'), { exact: true }).inputValue(), 'province');
  assert.deepEqual(await continueStyle(page), after);

  await page.getByLabel(t('vi', 'themeLabel'), { exact: true }).selectOption('default');
  assert.deepEqual(await continueStyle(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Reads the snippet shown on the page as HTML, the way a portal page would parse it once pasted. */
function parseSnippet(page, snippet) {
  return page.evaluate((source) => {
    const doc = new window.DOMParser().parseFromString(source, 'text/html');
    const script = doc.querySelector('script');
    const form = doc.querySelector('dvc-form');
    return {
      script: { type: script?.getAttribute('type'), src: script?.getAttribute('src') },
      form: Object.fromEntries([...(form?.attributes ?? [])].map((a) => [a.name, a.value])),
    };
  }, snippet);
}

test('a procedure offers its embed snippet, with its own URLs, and the Copy button puts it on the clipboard', async () => {
  const { context, page, errors } = await newPage(app.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  const copyButton = page.getByRole('button', { name: embedText.vi.copy });
  // Closed by default: a citizen filling in the form is not shown code.
  assert.equal(await copyButton.count(), 0);
  await page.getByText(t('vi', 'embedTitle'), { exact: true }).click();
  const code = page.locator('.embed pre code');
  await code.waitFor();
  const snippet = await code.textContent();
  assert.deepEqual(await parseSnippet(page, snippet), {
    script: { type: 'module', src: `${app.url}embed/dvc-kit.js` },
    form: {
      procedure: `${app.url}packs/${definition.id}/pack.json`,
      lang: 'vi',
      endpoint: 'https://your-portal.example/api/v1',
      namespace: definition.id,
    },
  });
  // The build publishes what the snippet names: the drop-in bundle and this procedure's pack.
  const published = await page.evaluate(
    (urls) => Promise.all(urls.map((url) => fetch(url).then(async (r) => (r.ok ? r.text() : `HTTP ${r.status}`)))),
    [`${app.url}embed/dvc-kit.js`, `${app.url}packs/${definition.id}/pack.json`],
  );
  assert.match(published[0], /\bimport\b/, 'the drop-in bundle is served');
  assert.equal(JSON.parse(published[1]).id, definition.id);
  // The placeholder the province must replace is the highlighted part.
  assert.equal(await code.locator('mark').textContent(), 'https://your-portal.example/api/v1');

  // The clipboard is only written from a focused document.
  await page.bringToFront();
  await copyButton.click();
  await page.getByRole('status').filter({ hasText: embedText.vi.copied }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

  // The snippet follows the page's language.
  await page.getByLabel(t('vi', 'languageLabel'), { exact: true }).selectOption('en');
  await page.getByRole('button', { name: embedText.en.copy }).waitFor();
  assert.equal((await parseSnippet(page, await code.textContent())).form.lang, 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a clipboard, Copy selects the snippet and says how to copy it', async () => {
  const { context, page, errors } = await newPage(app.browser);
  // As on a page served over plain HTTP, where browsers offer no clipboard API.
  await context.addInitScript(() =>
    Object.defineProperty(window.Navigator.prototype, 'clipboard', { get: () => undefined }),
  );
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  await page.getByText(t('vi', 'embedTitle'), { exact: true }).click();
  await page.getByRole('button', { name: embedText.vi.copy }).click();
  await page.getByRole('status').filter({ hasText: embedText.vi.copyFailed }).waitFor();
  const snippet = await page.locator('.embed pre code').textContent();
  assert.equal(await page.evaluate(() => window.getSelection()?.toString()), snippet);
  assert.deepEqual(errors, []);
  await context.close();
});

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe over the whole page; axe.e2e.mjs sweeps the default theme, this checks the second one's colours and shapes. */
async function axeViolations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  }, AXE_TAGS);
  return violations.map((violation) => `[${where}] ${violation}`);
}

test('the provincial theme has no axe violations: list, form with errors, embed snippet', async () => {
  // Without the page's CSP: axe is injected as an inline script, which the demo's policy rightly blocks.
  const { context, page, errors } = await newPage(app.browser, { bypassCSP: true });
  await page.goto(app.url);
  await page.getByLabel(t('vi', 'themeLabel'), { exact: true }).selectOption('province');
  await page
    .locator('dvc-outbox')
    .getByRole('heading', { name: t('vi', 'outboxTitle') })
    .waitFor();
  const violations = await axeViolations(page, 'list');
  await page.goto(`${app.url}#/${definition.id}`);
  await waitForStep(page, firstStep(), 'vi');
  await pressContinue(page, 'vi');
  await page.getByRole('heading', { name: t('vi', 'errorSummaryTitle') }).waitFor();
  await page.getByText(t('vi', 'embedTitle'), { exact: true }).click();
  await page.getByRole('button', { name: embedText.vi.copy }).waitFor();
  violations.push(...(await axeViolations(page, 'form with errors, snippet open')));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
