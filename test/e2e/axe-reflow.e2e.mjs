// Reflow and text spacing, which axe cannot judge: every step of every procedure (filled with a valid example that
// shows it), check your answers, and the home page's lists are laid out
// - at 320 CSS px wide (WCAG 1.4.10: a 1280 px window at 400 %), and
// - at 200 % browser zoom of a 1280×800 window (a 640×400 CSS px viewport at device scale factor 2), with the WCAG
//   1.4.12 text spacing applied on top (line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraph
//   spacing 2em, injected with !important into the page and into every shadow root, as the usual bookmarklets do),
// and in each: nothing scrolls sideways, no text, label, control or button pokes out of the viewport, no clipped
// (overflow-hidden) box hides part of its text, and no two buttons overlap.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { t, visibleSteps, waitForStep } from './fill.mjs';
import { newPage, procedures, startApp, validExamples } from './harness.mjs';

const LANG = 'vi';
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

/** Applies the text-spacing sheet to the document and every open shadow root (again after each render). */
async function applySpacing(page) {
  await page.evaluate((css) => {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(css);
    const visit = (root) => {
      if (!root.adoptedStyleSheets.some((s) => s.__spacing)) {
        sheet.__spacing = true;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
  }, SPACING);
}

/** What does not fit, described for the failure message (empty when the page reflows). */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
    const width = root.clientWidth;
    const elements = [];
    const visit = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    const describe = (element) =>
      `<${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}> "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const shown = (element, rect) =>
      rect.width > 0 && rect.height > 0 && window.getComputedStyle(element).visibility !== 'hidden';
    const visuallyHidden = (element) => {
      for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
        const style = window.getComputedStyle(node);
        if (
          style.clip !== 'auto' ||
          style.clipPath !== 'none' ||
          (style.position === 'absolute' && parseFloat(style.width) <= 1)
        )
          return true;
      }
      return false;
    };
    const buttons = [];
    for (const element of elements) {
      const rect = element.getBoundingClientRect();
      if (!shown(element, rect) || visuallyHidden(element)) continue;
      const kind = element.localName;
      const text = [
        'label',
        'legend',
        'button',
        'a',
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'li',
        'dt',
        'dd',
        'summary',
      ].includes(kind);
      const control = ['input', 'select', 'textarea'].includes(kind);
      if ((text || control) && (rect.right > width + 1 || rect.left < -1)) {
        problems.push(
          `${describe(element)} goes past the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width})`,
        );
      }
      if (text) {
        const style = window.getComputedStyle(element);
        const clipsX = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const clipsY = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        if (clipsX || clipsY) problems.push(`${describe(element)} is clipped`);
      }
      if (kind === 'button') buttons.push([element, rect]);
    }
    for (const [i, [a, ra]] of buttons.entries()) {
      for (const [b, rb] of buttons.slice(i + 1)) {
        const overlap =
          ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1;
        if (overlap && !a.contains(b) && !b.contains(a)) problems.push(`${describe(a)} overlaps ${describe(b)}`);
      }
    }
    return problems;
  });
}

const VIEWS = [
  { name: '320 px', options: { viewport: { width: 320, height: 640 } }, spacing: false },
  {
    name: '200 % zoom + text spacing',
    options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    spacing: true,
  },
];

for (const view of VIEWS) {
  test(`every step, check your answers and the lists reflow at ${view.name}`, async (t_) => {
    const { context, page, errors } = await newPage(app.browser, view.options);
    const problems = [];
    const check = async (where) => {
      if (view.spacing) await applySpacing(page);
      problems.push(...(await layoutProblems(page)).map((problem) => `[${where}] ${problem}`));
    };
    let pages = 0;
    for (const { id, definition } of procedures()) {
      const examples = validExamples(id);
      const seen = new Set();
      for (const { name, data } of examples) {
        const fresh = visibleSteps(definition, data).filter((step) => !seen.has(step.id));
        if (fresh.length === 0) continue;
        await page.goto(app.url);
        await page.goto(`${app.url}#/${id}/new`);
        await waitForStep(page, visibleSteps(definition, {})[0], LANG);
        await page.evaluate((answers) => (document.querySelector('dvc-form').value = answers), data);
        for (const step of fresh) {
          seen.add(step.id);
          await page.evaluate(
            (index) => document.querySelector('dvc-form').goTo(index),
            definition.steps.indexOf(step),
          );
          await waitForStep(page, step, LANG);
          await check(`${id} / ${step.id} (${name})`);
          pages += 1;
        }
      }
      // Check your answers (goTo(-1), the form's own way there), with the long summary of a whole example.
      await page.goto(app.url);
      await page.goto(`${app.url}#/${id}/new`);
      await waitForStep(page, visibleSteps(definition, {})[0], LANG);
      await page.evaluate(async (answers) => {
        const form = document.querySelector('dvc-form');
        form.value = answers;
        await form.goTo(-1);
      }, examples[0].data);
      await page.getByRole('heading', { name: t(LANG, 'checkAnswersTitle') }).waitFor();
      await check(`${id} / check your answers`);
      // Saved before leaving, so that the home page below lists it among the drafts.
      await page.locator('dvc-form').locator('.save-status [role="status"]').filter({ hasText: /\S/ }).waitFor();
      pages += 1;
    }
    // The home page with drafts (made above) and its lists.
    await page.goto(app.url);
    await page.locator('dvc-drafts li').first().waitFor();
    await check('home with drafts');
    t_.diagnostic(`${pages + 1} pages laid out`);
    assert.deepEqual(problems, [], problems.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the layout check finds content that does not fit', async () => {
  const { context, page } = await newPage(app.browser, VIEWS[0].options);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const wide = document.createElement('p');
    wide.textContent = 'x';
    wide.style.width = '500px';
    document.querySelector('main')?.append(wide);
  });
  const problems = await layoutProblems(page);
  assert.ok(
    problems.some((problem) => /sideways|past the viewport/.test(problem)),
    problems.join('\n'),
  );
  await context.close();
});
