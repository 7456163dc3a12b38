import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './email-field.js';
import type { DvcEmailField } from './email-field.js';

const field: FieldModel = {
  path: 'requester.email',
  key: 'requester.email',
  widget: 'email',
  label: { vi: 'Thư điện tử', en: 'Email address' },
  hint: { vi: 'Để nhận thông báo kết quả', en: 'To receive the outcome' },
  required: false,
  schema: { type: 'string', format: 'email' },
  valueType: 'string',
  autocomplete: 'email',
};

describe('dvc-email-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcEmailField>(html`<dvc-email-field .field=${field}></dvc-email-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Nhập địa chỉ thư điện tử đúng định dạng, ví dụ ten@example.com';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is an email input labelled, named and described like a text field', async () => {
    const el = await fixture<DvcEmailField>(
      html`<dvc-email-field .field=${field} lang="en" .error=${'Enter a real email address'}></dvc-email-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('email');
    expect(input.name).to.equal('requester.email');
    expect(input.autocomplete).to.equal('email');
    expect(input.spellcheck).to.equal(false);
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Email address');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => el.shadowRoot!.getElementById(id)!.textContent)).to.deep.equal([
      'To receive the outcome',
      'Error: Enter a real email address',
    ]);
  });

  it('emits input while typing and change on leaving, with the typed text as value', async () => {
    const el = await fixture<DvcEmailField>(html`<dvc-email-field .field=${field}></dvc-email-field>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${String(el.value)}`));
    el.addEventListener('change', () => seen.push(`change:${String(el.value)}`));
    el.focus();
    await sendKeys({ type: 'a@b.vn' });
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('a@b.vn');
    expect(seen.filter((s) => s.startsWith('input:'))).to.have.length(6);
    expect(seen.at(-1)).to.equal('change:a@b.vn');
    expect(seen.filter((s) => s.startsWith('change:'))).to.have.length(1);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<dvc-email-field .field=${field} .error=${'Lỗi'}></dvc-email-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
