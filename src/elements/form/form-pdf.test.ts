import { expect, fixture, html } from '@open-wc/testing';
import { ReferenceData } from '../../controllers/reference-data.js';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { verifySubmissionPdf } from '../../pdf/verify.js';
import type { Signer } from '../../pdf/types.js';
import { deepActiveElement, deepQuery, deepQueryAll, until } from '../../../test/browser/deep.js';
import './form.js';
import type { DvcForm } from './form.js';
import type { DvcPdfReadyEvent } from './form-events.js';
import { fetchDefinition } from '../../../test/browser/definition.js';
import { referenceLabels, signerName } from './pdf-panel.js';

const URL_ = '/forms/birth-registration/definition.json';
const definition: ProcedureDefinition = await fetchDefinition(URL_);
const example = (await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json()).data;
const provinces = (await (await fetch('/forms/data/provinces.json')).json()).items as { code: string; name: string }[];
const namespaces: string[] = [];

after(async () => {
  for (const name of namespaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

const button = (el: DvcForm, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const status = (el: DvcForm) => el.shadowRoot!.querySelector('.pdf [role=status]')!.textContent!.trim();

/** Opens the form on the example's answers, ticks the declaration on the check page and submits, as a person does. */
async function completedForm(): Promise<DvcForm> {
  const namespace = `pdf-test-${Date.now()}-${namespaces.length}`;
  namespaces.push(namespace);
  const el = await fixture<DvcForm>(
    html`<dvc-form
      procedure=${URL_}
      namespace=${namespace}
      .value=${{ ...example, declaration: undefined }}
    ></dvc-form>`,
  );
  await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the form');
  await el.goTo(-1);
  const declaration = deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[type=checkbox]')!;
  expect(declaration.checked).to.equal(false);
  declaration.click();
  await el.updateComplete;
  button(el, 'Đồng ý và nộp')!.click();
  await until(() => Boolean(button(el, 'Tạo và ký PDF')), 'the Create and sign PDF button');
  return el;
}

function sha256Hex(bytes: Uint8Array): Promise<string> {
  return crypto.subtle
    .digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
    .then((hash) => [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join(''));
}

describe('dvc-form: create and sign PDF', function () {
  // The first run loads the PDF code unbundled and makes the device key: give it time on a slow CI machine.
  this.timeout(90_000);

  it('makes a signed PDF of the confirmed answers, offers it for download and tells the page', async () => {
    const el = await completedForm();
    await expect(el).to.be.accessible();
    const ready: DvcPdfReadyEvent[] = [];
    el.addEventListener('dvc-pdf-ready', (event) => ready.push(event));
    button(el, 'Tạo và ký PDF')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Đang tải công cụ ký…');
    await until(() => ready.length === 1, 'dvc-pdf-ready', 60_000);

    const { bytes, submissionId, sha256 } = ready[0];
    const head = new TextDecoder('latin1').decode(bytes);
    expect(head.startsWith('%PDF-')).to.equal(true);
    expect(head).to.contain('/ETSI.CAdES.detached').and.contain('submission.json');
    expect(sha256).to.equal(await sha256Hex(bytes));
    const report = await verifySubmissionPdf(bytes);
    expect(report.problems).to.deep.equal([]);
    expect(report.valid).to.equal(true);
    expect(report.submission!.submissionId).to.equal(submissionId);
    expect(report.submission!.procedure.id).to.equal('birth-registration');
    expect((report.submission!.data.child as Record<string, unknown>).fullName).to.equal(example.child.fullName);
    expect(report.signature.signerName).to.equal(example.requester.fullName);

    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).to.match(/^birth-registration-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(link.href).to.match(/^blob:/);
    expect(link.textContent!.trim()).to.match(/^Tải tờ khai PDF \(\d+ KB\)$/);
    expect(new Uint8Array(await (await fetch(link.href)).arrayBuffer())).to.deep.equal(bytes);
    expect(deepActiveElement()).to.equal(link, 'focus moves to the download');
    const facts = el.shadowRoot!.querySelector('.pdf dl')!.textContent!;
    expect(facts).to.contain(example.requester.fullName).and.contain(sha256);
    const preview = el.shadowRoot!.querySelector('iframe')!;
    expect(preview.title).to.equal('Xem trước tờ khai PDF');
    expect(preview.src).to.equal(link.href);
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();

    // Leaving the page frees the PDF's object URL.
    el.remove();
    const gone = await fetch(link.href).then(
      () => false,
      () => true,
    );
    expect(gone).to.equal(true);
  });

  it('shows a failure in place with a retry, keeps the answers, and uses the portal signer it is given', async () => {
    const el = await completedForm();
    const answers = el.value;
    let calls = 0;
    const failing: Signer = {
      certificate: new Uint8Array([1]),
      displayName: 'Cổng dịch vụ công',
      sign: () => {
        calls++;
        return Promise.reject(new Error('the remote signer is unavailable'));
      },
    };
    el.signer = failing;
    const ready: DvcPdfReadyEvent[] = [];
    el.addEventListener('dvc-pdf-ready', (event) => ready.push(event));
    button(el, 'Tạo và ký PDF')!.click();
    await until(() => Boolean(el.shadowRoot!.querySelector('.pdf [role=alert]')), 'the error', 60_000);
    expect(calls).to.equal(1);
    expect(ready).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.pdf [role=alert]')!.textContent).to.contain('Không tạo được tờ khai PDF');
    expect(el.value).to.equal(answers);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Bạn đã khai xong');
    await expect(el).to.be.accessible();

    el.signer = undefined;
    button(el, 'Thử lại')!.click();
    await until(() => ready.length === 1, 'dvc-pdf-ready after the retry', 60_000);
    expect(el.shadowRoot!.querySelector('.pdf [role=alert]')).to.equal(null);
    expect(deepQueryAll(el.shadowRoot!, 'a[download]')).to.have.length(1);
  });

  it('names reference-data codes for the PDF and the signer from the definition’s submitterName', async () => {
    const reference = new ReferenceData(new URL('/forms/data/', location.href));
    const labels = await referenceLabels(definition, example, reference, 'vi');
    const hanoi = provinces.find((item) => item.code === example.authority.province)!;
    expect(labels['authority.province']).to.contain(hanoi.name);
    expect(labels['child.ethnicity']).to.equal('Kinh');
    expect(labels['authority.commune']).to.be.a('string').and.not.equal(example.authority.commune);
    expect(definition.submitterName).to.equal('requester.fullName');
    expect(signerName(definition, example, 'vi')).to.equal('Trần Văn Hùng');
    expect(signerName({ ...definition, submitterName: undefined }, example, 'en')).to.equal('Applicant');
  });
});
