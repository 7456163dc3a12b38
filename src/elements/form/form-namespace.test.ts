import { expect, fixture, html } from '@open-wc/testing';
import { outboxStore } from '../../storage/outbox-store.js';
import { deepQueryAll, until } from '../../../test/browser/deep.js';
import '../drafts/drafts.js';
import type { DvcDrafts } from '../drafts/drafts.js';
import '../outbox/outbox.js';
import type { DvcOutbox } from '../outbox/outbox.js';
import type { DvcFieldElement } from '../shared/field-element.js';
import './form.js';
import type { DvcForm } from './form.js';

// Two portals (or two procedures) on one origin, each with its own namespace: a form, its drafts list and its outbox
// in each, side by side on one page, as an embedder would place them.
const URL_ = '/forms/birth-registration/definition.json';
const stamp = Date.now();
const spaces = [`portal-a-${stamp}`, `portal-b-${stamp}`];

after(() => {
  for (const name of spaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

const cards = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll(`li.${part}[data-id]`)];

describe('namespaces', () => {
  it('keep two portals on one origin from seeing each other’s drafts and outbox items', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        ${spaces.map(
          (namespace) =>
            html`<section>
              <dvc-form procedure=${URL_} namespace=${namespace}></dvc-form>
              <dvc-drafts namespace=${namespace}></dvc-drafts>
              <dvc-outbox namespace=${namespace}></dvc-outbox>
            </section>`,
        )}
      </div>`,
    );
    const [formA, formB] = [...page.querySelectorAll('dvc-form')] as DvcForm[];
    const [draftsA, draftsB] = [...page.querySelectorAll('dvc-drafts')] as DvcDrafts[];
    const [outboxA, outboxB] = [...page.querySelectorAll('dvc-outbox')] as DvcOutbox[];
    await until(() => Boolean(formA.shadowRoot!.querySelector('h2') && formB.shadowRoot!.querySelector('h2')), 'forms');
    await expect(formA).to.be.accessible();

    // The person answers in portal A only: a draft appears there, and only there.
    const saved = new Promise((resolve) => formA.addEventListener('dvc-draft-saved', resolve, { once: true }));
    const field = deepQueryAll<DvcFieldElement>(formA.shadowRoot!, '*').find((node) => node.field?.widget === 'radio')!;
    const radio = field.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.click();
    await saved;
    await until(() => cards(draftsA, 'draft').length === 1, 'the draft in portal A');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cards(draftsB, 'draft')).to.have.length(0);

    // A submission queued in portal B is listed by portal B's outbox only.
    const store = outboxStore(spaces[1]);
    await store.add({
      id: crypto.randomUUID(),
      procedureId: 'birth-registration',
      procedureVersion: '1.1.0',
      procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
      pdf: new Blob(['%PDF-1.7 test'], { type: 'application/pdf' }),
      pdfSha256: 'a'.repeat(64),
      fileName: 'birth-registration.pdf',
      submissionJson: '{}',
    });
    store.close();
    await until(() => cards(outboxB, 'submission').length === 1, 'the item in portal B');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cards(outboxA, 'submission')).to.have.length(0);

    // A form opened in portal B on portal A's draft id finds nothing there: it starts a new, empty draft.
    const id = (cards(draftsA, 'draft')[0] as HTMLElement).dataset.id!;
    formB.draftId = id;
    await until(() => Boolean(formB.shadowRoot!.querySelector('h2')), 'form B again');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(formB.value).to.deep.equal({});
  });
});
