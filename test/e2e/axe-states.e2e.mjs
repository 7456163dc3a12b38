// The accessibility sweep, continued: axe-core over the STATES a person meets after the first render, which
// axe.e2e.mjs (every step as first rendered, with errors, and check your answers) does not reach:
// - every step of every procedure filled with each of its valid examples, once per new set of fields shown
//   (conditional sections open, repeated items added, files attached, the foreign-parent branch of the abroad
//   procedure, …);
// - a file refused and a file attached; a "same as" copy made; prefilled locked fields; a definition that cannot load;
// - the completed form, the signed PDF with its preview, the submission queued;
// - the home page's drafts and outbox with items in every state (queued, sending, retrying, waiting for
//   sign-in, sent back with the authority's message, accepted with its receipt), offline, with a confirmation dialog
//   open, and the update banner shown.
// Pages come from the reference receiver (the submission really goes somewhere). axe is injected, so the contexts
// bypass the demo's CSP; csp.e2e.mjs checks the policy itself.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildFields, completeProcedure, fillStep, pressContinue, t, visibleSteps, waitForStep } from './fill.mjs';
import { axeAudit, axeReport, newPage, procedures, readDefinition, ROOT, startApp, validExamples } from './harness.mjs';
import { appWithDriver, startReceiverApp } from './submissions-app.mjs';

const LANG = 'vi';
const birth = readDefinition('forms/birth-registration/definition.json');
const birthExamples = Object.fromEntries(validExamples('birth-registration').map((e) => [e.name, e.data]));
const AUDIT_CONTEXT = { bypassCSP: true };

/** A page-side seeder: puts submissions in any state into the device's outbox, through the kit's own store. */
const SEEDER = `
import { outboxStore } from './src/storage/outbox-store.ts';
export async function seed(items) {
  const store = outboxStore('default');
  try {
    for (const { patch, ...item } of items) {
      await store.add({ ...item, pdf: new Blob(['%PDF-1.4\\n%%EOF\\n'], { type: 'application/pdf' }) });
      if (!patch) continue;
      await store.update(item.id, () => patch);
    }
  } finally {
    store.close();
  }
}
`;

let app;
let server;
let appDir;
before(async () => {
  app = await startApp();
  appDir = await appWithDriver();
  await build({
    stdin: { contents: SEEDER, resolveDir: ROOT, loader: 'ts' },
    outfile: join(appDir, 'e2e', 'seed.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  server = await startReceiverApp({ appDir });
});
after(async () => {
  await server?.close();
  await app?.close();
  if (appDir) rmSync(appDir, { recursive: true, force: true });
});

/** Everything audited and found, for one assertion at the end of each test (so one run lists every problem). */
function collector(page) {
  const violations = [];
  const seen = [];
  return {
    seen,
    violations,
    async audit(where) {
      seen.push(where);
      violations.push(...(await axeAudit(page, where)));
    },
  };
}

const form = (page) => page.locator('dvc-form');

/** A new, empty form: the demo's list first (a full load), then the procedure's route, as completeProcedure does. */
async function newForm(page, url, id) {
  await page.goto(url);
  await page.goto(`${url}#/${id}/new`);
}
const flatten = (fields) =>
  fields.flatMap((field) => [field, ...flatten(field.children ?? []), ...flatten((field.items ?? []).flat())]);

/** The fields a step shows for `data`, with repeated items counted: a new signature is a new state to audit. */
function signature(definition, step, data) {
  return `${step.id}:${flatten(buildFields(definition, data, step.fields))
    .map((field) => field.path)
    .join(',')}`;
}

test('every step filled with every valid example (conditional sections, items, files) has no axe violations', async (t_) => {
  const { context, page, errors } = await newPage(app.browser, AUDIT_CONTEXT);
  const { audit, seen, violations } = collector(page);
  const audited = new Set();
  for (const { id, definition } of procedures()) {
    for (const { name, data } of validExamples(id)) {
      const fresh = visibleSteps(definition, data).filter((step) => !audited.has(signature(definition, step, data)));
      if (fresh.length === 0) continue;
      // The answers are put in whole (filling by labels is procedures.e2e.mjs's job); each step showing a new set
      // of fields is opened through the form's own navigation and audited as the person would see it filled.
      await newForm(page, app.url, id);
      await waitForStep(page, visibleSteps(definition, {})[0], LANG);
      await page.evaluate((answers) => (document.querySelector('dvc-form').value = answers), data);
      for (const step of fresh) {
        audited.add(signature(definition, step, data));
        const index = definition.steps.indexOf(step);
        await page.evaluate((index) => document.querySelector('dvc-form').goTo(index), index);
        await waitForStep(page, step, LANG);
        await audit(`${id} / ${name} / ${step.id}: filled`);
      }
    }
  }
  t_.diagnostic(`${seen.length} filled states audited`);
  // The abroad procedure's foreign-parent branch and the visa's repeated relatives are among the states seen.
  assert.ok(
    seen.some((where) => where.includes('french-father')),
    'the foreign-parent branch was audited',
  );
  assert.ok(
    seen.some((where) => where.includes('family-with-children')),
    'repeated items were audited',
  );
  assert.equal(violations.length, 0, axeReport(violations));
  assert.deepEqual(errors, []);
  await context.close();
});

/** Puts answers into the demo's form and moves it to the step `stepId` (the form's own navigation). */
async function openAt(page, data, stepId) {
  await newForm(page, server.receiver.url, 'birth-registration');
  await waitForStep(page, birth.steps[0], LANG);
  const index = birth.steps.findIndex((step) => step.id === stepId);
  await page.evaluate(
    async ({ answers, index }) => {
      const element = document.querySelector('dvc-form');
      element.value = answers;
      await element.goTo(index);
    },
    { answers: data, index },
  );
  await waitForStep(page, birth.steps[index], LANG);
}

/** Replaces the demo's form by one made here (the page keeps its <h1> and landmarks). */
async function ownForm(page, attributes, properties = {}) {
  await page.evaluate(
    ({ attributes, properties }) => {
      const element = document.createElement('dvc-form');
      Object.assign(element, properties);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('dvc-form').replaceWith(element);
    },
    { attributes, properties },
  );
}

test('files, same-as copies, locked fields, a load error, the signed PDF and the submission have no axe violations', async () => {
  const { context, page, errors } = await newPage(app.browser, AUDIT_CONTEXT);
  const { audit, violations } = collector(page);
  const base = birthExamples['valid-both-parents-known.json'];

  // A file refused (wrong type), then one attached.
  const withoutScan = { ...base, birthEvidenceScan: undefined, declaration: undefined };
  await openAt(page, withoutScan, 'documents');
  const input = page.locator('input[type=file][name="birthEvidenceScan"]');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a scan') });
  await form(page)
    .getByText(/notes\.txt/)
    .first()
    .waitFor();
  await audit('file refused');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await input.setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await form(page).getByText('giay-chung-sinh.pdf', { exact: true }).waitFor();
  await audit('file attached');

  // "Giống nơi cư trú của bạn" copies the requester's residence into the mother's, and says so.
  const grandmother = birthExamples['valid-grandmother-late-partial-dates.json'];
  const requester = {
    ...grandmother.requester,
    idDocument: {
      type: 'passport',
      documentNumber: 'C1234567',
      issueDate: '2020-01-02',
      issuer: 'Cục Quản lý xuất nhập cảnh',
    },
    residenceType: 'permanent',
    residence: grandmother.mother.residence,
  };
  const mother = { ...grandmother.mother, residence: undefined };
  await openAt(page, { ...grandmother, requester, mother }, 'mother');
  const sameAs = form(page)
    .getByRole('button', { name: /^Giống / })
    .first();
  await sameAs.click();
  await form(page)
    .getByText(t(LANG, 'sameAsCopied', { label: 'nơi cư trú của bạn' }))
    .waitFor();
  await audit('same-as copied');

  // Prefilled, locked fields (a portal that knows who is signed in).
  const url = await page.evaluate(() => document.querySelector('dvc-form').getAttribute('procedure'));
  await ownForm(
    page,
    { procedure: url, drafts: 'off', locked: 'requester.fullName requester.dateOfBirth' },
    { prefill: { 'requester.fullName': 'Trần Văn Hùng', 'requester.dateOfBirth': '1990-04-12' } },
  );
  await waitForStep(page, birth.steps[0], LANG);
  await page.evaluate(() => document.querySelector('dvc-form').goTo(1));
  await waitForStep(page, birth.steps[1], LANG);
  await form(page).locator('input[readonly]').first().waitFor();
  await audit('locked prefilled fields');

  // A definition that cannot be loaded: the error is shown in place.
  await ownForm(page, { procedure: new URL('forms/no-such-procedure/definition.json', server.receiver.url).href });
  await form(page).getByRole('alert').waitFor();
  await audit('load error');

  // Completed, signed (the preview shown), submitted.
  await page.goto(server.receiver.url);
  await completeProcedure(page, server.receiver.url, birth, base);
  await audit('completed');
  await form(page)
    .getByRole('button', { name: t(LANG, 'signCreate'), exact: true })
    .click();
  await form(page)
    .getByRole('link', { name: /^Tải tờ khai PDF/ })
    .waitFor({ timeout: 60_000 });
  await form(page).locator('iframe.pdf-preview').waitFor();
  await audit('PDF ready with preview');
  await form(page)
    .getByRole('button', { name: t(LANG, 'submitButton'), exact: true })
    .click();
  await form(page).getByText(t(LANG, 'submitSeeOutbox')).waitFor({ timeout: 30_000 });
  await audit('submission queued');

  assert.equal(violations.length, 0, axeReport(violations));
  assert.deepEqual(errors, []);
  await context.close();
});

test('drafts, the outbox in every state, offline, the dialogs and the update banner have no axe violations', async () => {
  // No service worker: its Background Sync would make the waiting submissions due at once, changing what is shown.
  const { context, page, errors } = await newPage(app.browser, { ...AUDIT_CONTEXT, serviceWorkers: 'block' });
  const { audit, violations } = collector(page);
  const url = server.receiver.url;

  // A draft of each kind: one started, one further on.
  for (const { id, definition } of procedures().slice(0, 2)) {
    await newForm(page, url, id);
    const data = validExamples(id)[0].data;
    const step = visibleSteps(definition, data)[0];
    await waitForStep(page, step, LANG);
    await fillStep(page, definition, step, data, LANG);
    await pressContinue(page, LANG);
    await waitForStep(page, visibleSteps(definition, data)[1], LANG);
  }

  // Nothing is sent while this test looks at the list: another tab holds the outbox's lock for good.
  const holder = await context.newPage();
  await holder.goto(url);
  await holder.evaluate(() => {
    void navigator.locks.request('dvc-kit:default:outbox', () => new Promise(() => {}));
  });
  const now = Date.now();
  const item = (n, status, patch = {}) => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    procedureId: 'birth-registration',
    procedureVersion: birth.version,
    procedureTitle: birth.title,
    pdfSha256: 'a'.repeat(64),
    fileName: `to-khai-${n}.pdf`,
    submissionJson: '{}',
    endpoint: '/api/v1',
    patch: { status, createdAt: now - n * 60_000, ...patch },
  });
  const message = { vi: 'Số giấy chứng sinh không khớp với dữ liệu của bệnh viện.', en: 'The number does not match.' };
  const items = [
    item(1, 'queued'),
    item(2, 'sending', { attempts: 1 }),
    item(3, 'retrying', { attempts: 3, nextAttemptAt: now + 240_000, lastError: 'HTTP 503' }),
    item(4, 'waiting-auth', { attempts: 1, lastError: 'HTTP 401' }),
    item(5, 'needs-fix', {
      draftId: '00000000-0000-4000-8000-0000000000ff',
      serverMessage: {
        status: 422,
        code: 'invalid-data',
        message,
        problems: [{ path: 'child.fullName', message: { vi: 'Nhập họ tên của trẻ', en: 'Enter the name' } }],
      },
    }),
    item(6, 'accepted', {
      receipt: {
        submissionId: '00000000-0000-4000-8000-000000000006',
        reference: 'DVC-20261128-000042',
        receivedAt: new Date(now).toISOString(),
        pdfSha256: 'a'.repeat(64),
      },
    }),
  ];
  await page.goto(url);
  await page.evaluate(async (items) => (await import('/e2e/seed.js')).seed(items), items);
  await page.reload();
  const outbox = page.locator('dvc-outbox');
  for (const key of ['outboxStatusQueued', 'outboxStatusWaitingAuth', 'outboxStatusNeedsFix', 'outboxStatusAccepted']) {
    await outbox.getByText(t(LANG, key), { exact: true }).first().waitFor();
  }
  await outbox.getByText(message.vi).waitFor();
  await outbox.getByText(t(LANG, 'outboxStatusSending'), { exact: true }).waitFor();
  await outbox
    .getByText(t(LANG, 'outboxStatusRetrying', { time: '' }).trim())
    .first()
    .waitFor();
  await outbox.getByText('DVC-20261128-000042').waitFor();
  await page.locator('dvc-drafts li').first().waitFor();
  await audit('drafts and outbox');

  await context.setOffline(true);
  await outbox.getByText(t(LANG, 'outboxOffline')).waitFor();
  await audit('outbox offline');
  await context.setOffline(false);

  await outbox
    .getByRole('button', { name: new RegExp(`^${t(LANG, 'outboxDiscard')}`) })
    .first()
    .click();
  await outbox.locator('dialog[open]').waitFor();
  await audit('outbox discard dialog');
  await page.keyboard.press('Escape');
  await page.locator('dvc-drafts button.delete').first().click();
  await page.locator('dvc-drafts dialog[open]').waitFor();
  await audit('draft delete dialog');
  await page.keyboard.press('Escape');

  await page.evaluate(() => {
    const banner = document.querySelector('dvc-update-banner');
    banner.open = true;
  });
  await page.locator('dvc-update-banner').getByRole('button').first().waitFor();
  await audit('update banner');
  await page.evaluate(() => {
    document.querySelector('dvc-update-banner').error = 'Không tải được phiên bản mới.';
  });
  await audit('update banner with an error');

  assert.equal(violations.length, 0, axeReport(violations));
  assert.deepEqual(errors, []);
  await holder.close();
  await context.close();
});

// WCAG 1.3.5: the person's own details carry autofill tokens, details about others (the child, the parents) say
// `off`, as the definitions ask; checked on the rendered controls, where the browser reads them.
test('autofill tokens reach the controls: the requester’s own details, and off for the child', async () => {
  const { context, page, errors } = await newPage(app.browser);
  await newForm(page, app.url, 'birth-registration');
  await waitForStep(page, birth.steps[0], LANG);
  const tokens = async (stepId) => {
    await page.evaluate(
      (index) => document.querySelector('dvc-form').goTo(index),
      birth.steps.findIndex((s) => s.id === stepId),
    );
    await waitForStep(
      page,
      birth.steps.find((s) => s.id === stepId),
      LANG,
    );
    return page.evaluate(() => {
      const found = {};
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches('input, select, textarea') && element.name) found[element.name] = element.autocomplete;
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      return found;
    });
  };
  const requester = await tokens('requester');
  assert.equal(requester['requester.fullName'], 'name');
  for (const part of ['day', 'month', 'year']) assert.equal(requester[`requester.dateOfBirth-${part}`], `bday-${part}`);
  const child = await tokens('child');
  assert.equal(child['child.fullName'], 'off');
  assert.equal(child['child.placeOfBirth.detail'] ?? 'off', 'off');
  assert.deepEqual(errors, []);
  await context.close();
});
