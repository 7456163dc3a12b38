import { expect, fixture, html } from '@open-wc/testing';
import { verifySubmissionPdf } from '../../pdf/verify.js';
import type { Signer } from '../../pdf/types.js';
import { deepActiveElement, deepQuery, until } from '../../../test/browser/deep.js';
import './form.js';
import type { DvcForm } from './form.js';
import type { DvcPdfReadyEvent } from './form-events.js';

// The fixture is a test-only EC P-256 key and self-signed certificate for "Nguyễn Văn Ký", made once with OpenSSL 3
// (AES-256 bags, password "mật khẩu 123"): a browser cannot run openssl (see test/fixtures/README.md).
const P12 = new Uint8Array(await (await fetch('/test/fixtures/signer-ec.p12')).arrayBuffer());
const PASSWORD = 'mật khẩu 123';
const URL_ = '/forms/birth-registration/definition.json';
const example = (await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json()).data;
const namespaces: string[] = [];

after(async () => {
  for (const name of namespaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

const root = (el: DvcForm) => el.shadowRoot!;
const button = (el: DvcForm, name: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
const input = (el: DvcForm, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`);
const alerts = (el: DvcForm) => [...root(el).querySelectorAll('.pdf [role=alert]')].map((a) => a.textContent!.trim());

/** Opens the form on the example's answers, ticks the declaration and submits, as a person does. */
async function completedForm(): Promise<{ el: DvcForm; namespace: string }> {
  const namespace = `p12-test-${Date.now()}-${namespaces.length}`;
  namespaces.push(namespace);
  const el = await fixture<DvcForm>(
    html`<dvc-form
      procedure=${URL_}
      namespace=${namespace}
      .value=${{ ...example, declaration: undefined }}
    ></dvc-form>`,
  );
  await until(() => Boolean(root(el).querySelector('h2')), 'the form');
  await el.goTo(-1);
  deepQuery<HTMLInputElement>(root(el), 'input[type=checkbox]')!.click();
  await el.updateComplete;
  button(el, 'Đồng ý và nộp')!.click();
  await until(() => Boolean(button(el, 'Tạo và ký PDF')), 'the Create and sign PDF button');
  return { el, namespace };
}

async function chooseCertificate(el: DvcForm): Promise<void> {
  input(el, 'pdf-sign-p12')!.click();
  await el.updateComplete;
}

/** Puts a file in the file input, as choosing it in the file picker does. */
async function pickFile(el: DvcForm, file: File): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const picker = input(el, 'pdf-p12-file')!;
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function typePassword(el: DvcForm, password: string): void {
  const field = input(el, 'pdf-p12-password')!;
  field.value = password;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Every value in every store of the form's IndexedDB database, to show what was (not) kept on the device. */
async function storedRecords(namespace: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`dvc-kit:${namespace}`);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) {
    out[name] = await new Promise((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return out;
}

/** The sizes of every binary value (Blob, ArrayBuffer, typed array) in a stored record. */
function binarySizes(value: unknown, found: number[] = []): number[] {
  if (value instanceof Blob) found.push(value.size);
  else if (value instanceof ArrayBuffer) found.push(value.byteLength);
  else if (ArrayBuffer.isView(value)) found.push(value.byteLength);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) binarySizes(item, found);
  return found;
}

describe('dvc-form: sign the PDF with my own certificate (.p12 / .pfx)', function () {
  // The first run loads the PDF code unbundled: give it time on a slow CI machine.
  this.timeout(90_000);

  it('offers “Ký bằng” with the device key by default, and the certificate inputs are in keyboard order', async () => {
    const { el } = await completedForm();
    await expect(el).to.be.accessible();
    const legend = root(el).querySelector('.pdf fieldset legend')!;
    expect(legend.textContent!.trim()).to.equal('Ký bằng');
    const device = input(el, 'pdf-sign-device')!;
    const p12 = input(el, 'pdf-sign-p12')!;
    expect(device.labels![0].textContent!.trim()).to.equal('Khóa trên thiết bị này (mặc định)');
    expect(p12.labels![0].textContent!.trim()).to.equal('Chứng thư số của tôi (tệp .p12 / .pfx)');
    expect([device.checked, p12.checked]).to.deep.equal([true, false]);
    expect(root(el).querySelector('input[type=file], input[type=password]')).to.equal(null);

    // Native radios: arrow keys move between them as everywhere; choosing the certificate is what matters here.
    p12.click();
    await el.updateComplete;
    expect(p12.checked).to.equal(true);
    const file = input(el, 'pdf-p12-file')!;
    const password = input(el, 'pdf-p12-password')!;
    expect(file.accept).to.equal('.p12,.pfx,application/x-pkcs12');
    expect(file.labels![0].textContent!.trim()).to.equal('Tệp chứng thư số (.p12 hoặc .pfx)');
    expect(root(el).getElementById(file.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'không được gửi đi và không được lưu lại',
    );
    expect(password.type).to.equal('password');
    expect(password.autocomplete).to.equal('off');
    expect(password.labels![0].textContent!.trim()).to.equal('Mật khẩu của tệp chứng thư số');
    expect(password.value).to.equal('', 'never pre-filled');
    await expect(el).to.be.accessible();

    // Keyboard order is document order: the choice, the file, the password, then the button, none skipped. (Real Tab
    // presses are not used here: a stray key on a file input opens the system file chooser, which stalls headless
    // Chromium.)
    const create = button(el, 'Tạo và ký PDF')!;
    const order = [p12, file, password, create];
    for (const [index, element] of order.entries()) {
      expect(element.tabIndex, element.id || element.textContent!).to.equal(0);
      expect((element as HTMLInputElement).disabled).to.equal(false);
      if (index > 0) {
        const previous = order[index - 1];
        expect(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      }
    }

    // Going back to the device key hides the certificate inputs again.
    device.click();
    await el.updateComplete;
    expect(input(el, 'pdf-p12-file')).to.equal(null);
  });

  it('a wrong password is told at the password input; the right one signs with the certificate’s name', async () => {
    const { el, namespace } = await completedForm();
    const answers = el.value;
    const ready: DvcPdfReadyEvent[] = [];
    el.addEventListener('dvc-pdf-ready', (event) => ready.push(event));
    await chooseCertificate(el);
    await pickFile(el, new File([P12], 'chu-ky-so.p12', { type: 'application/x-pkcs12' }));
    typePassword(el, 'sai mật khẩu');
    button(el, 'Tạo và ký PDF')!.click();
    await until(() => alerts(el).length > 0, 'the wrong-password message', 60_000);

    expect(alerts(el)).to.deep.equal(['Mật khẩu không mở được tệp chứng thư số này. Hãy nhập lại mật khẩu.']);
    const password = input(el, 'pdf-p12-password')!;
    const message = root(el).querySelector('.pdf [role=alert]')!;
    expect(password.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(password.value).to.equal('', 'the password is cleared after use');
    expect(deepActiveElement()).to.equal(password, 'focus goes to the input to fix');
    expect(input(el, 'pdf-p12-file')!.files).to.have.length(1, 'the chosen file stays for the retry');
    expect(ready).to.have.length(0);
    expect(el.value).to.equal(answers);
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Bạn đã khai xong');
    await expect(el).to.be.accessible();

    typePassword(el, PASSWORD);
    button(el, 'Thử lại')!.click();
    await until(() => ready.length === 1, 'dvc-pdf-ready', 60_000);
    const report = await verifySubmissionPdf(ready[0].bytes);
    expect(report.problems).to.deep.equal([]);
    expect(report.valid).to.equal(true);
    expect(report.signature.signerName).to.equal('Nguyễn Văn Ký');
    await el.updateComplete;
    expect(root(el).querySelector('.pdf dl dd')!.textContent!.trim()).to.equal('Nguyễn Văn Ký');
    expect(alerts(el)).to.deep.equal([]);
    expect(el.value).to.equal(answers);
    await expect(el).to.be.accessible();

    // Nothing of the certificate is kept on the device: no password, no file, and no device key was made.
    const stored = await storedRecords(namespace);
    expect(JSON.stringify(stored)).not.to.contain(PASSWORD);
    expect(binarySizes(stored)).not.to.include(P12.length);
    expect(stored.keys ?? []).to.deep.equal([]);
  });

  it('a missing or non-PKCS#12 file is told at the file input, in the form’s language', async () => {
    const { el } = await completedForm();
    await chooseCertificate(el);
    button(el, 'Tạo và ký PDF')!.click();
    await until(() => alerts(el).length > 0, 'the no-file message');
    expect(alerts(el)).to.deep.equal(['Hãy chọn tệp chứng thư số của bạn (.p12 hoặc .pfx).']);
    const file = input(el, 'pdf-p12-file')!;
    expect(deepActiveElement()).to.equal(file);
    await expect(el).to.be.accessible();

    await pickFile(el, new File(['%PDF-1.7 không phải chứng thư số'], 'to-khai.pdf', { type: 'application/pdf' }));
    typePassword(el, PASSWORD);
    button(el, 'Thử lại')!.click();
    await until(() => alerts(el)[0]?.includes('không phải'), 'the not-a-p12 message', 60_000);
    expect(alerts(el)).to.deep.equal(['Tệp đã chọn không phải là tệp chứng thư số .p12 hoặc .pfx. Hãy chọn đúng tệp.']);
    const message = root(el).querySelector('.pdf [role=alert]')!;
    expect(file.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    expect(file.getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'pdf-p12-password')!.hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await el.updateComplete;
    expect(alerts(el)).to.deep.equal([
      'The chosen file is not a .p12 or .pfx certificate file. Choose the right file.',
    ]);
    expect(root(el).querySelector('.pdf fieldset legend')!.textContent!.trim()).to.equal('Sign with');

    // Choosing the device key again: the certificate message no longer applies.
    input(el, 'pdf-sign-device')!.click();
    await el.updateComplete;
    expect(alerts(el)).to.deep.equal([]);
  });

  it('a portal’s signer wins over the certificate choice, which is then not offered', async () => {
    const { el } = await completedForm();
    await chooseCertificate(el);
    let calls = 0;
    const portal: Signer = {
      certificate: new Uint8Array([1]),
      displayName: 'Cổng dịch vụ công',
      sign: () => {
        calls++;
        return Promise.reject(new Error('the remote signer is unavailable'));
      },
    };
    el.signer = portal;
    await el.updateComplete;
    expect(root(el).querySelector('.pdf fieldset')).to.equal(null);
    expect(input(el, 'pdf-p12-file')).to.equal(null);
    button(el, 'Tạo và ký PDF')!.click();
    await until(() => alerts(el).length > 0, 'the error', 60_000);
    expect(calls).to.equal(1);
    expect(alerts(el)[0]).to.contain('Không tạo được tờ khai PDF');
  });
});
