import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './textarea-field.js';
import type { DvcTextareaField } from './textarea-field.js';

const field: FieldModel = {
  path: 'reason',
  key: 'reason',
  widget: 'textarea',
  label: { vi: 'Lý do đăng ký muộn', en: 'Reason for late registration' },
  hint: { vi: 'Viết ngắn gọn', en: 'Keep it short' },
  required: true,
  schema: { type: 'string', maxLength: 500 },
  valueType: 'string',
};

describe('dvc-textarea-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcTextareaField>(html`<dvc-textarea-field .field=${field}></dvc-textarea-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Nhập lý do đăng ký muộn';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a four-row textarea labelled, named by its path and described by hint and error', async () => {
    const el = await fixture<DvcTextareaField>(
      html`<dvc-textarea-field .field=${field} lang="en" .error=${'Enter the reason'}></dvc-textarea-field>`,
    );
    const box = el.shadowRoot!.querySelector('textarea')!;
    expect(box.rows).to.equal(4);
    expect(box.name).to.equal('reason');
    expect(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent).to.contain(
      'Reason for late registration',
    );
    const texts = box
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(texts).to.deep.equal(['Keep it short', 'Error: Enter the reason']);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
  });

  it('shows a restored value and keeps line breaks the person types', async () => {
    const el = await fixture<DvcTextareaField>(
      html`<dvc-textarea-field .field=${field} .value=${'Ở xa'}></dvc-textarea-field>`,
    );
    const box = el.shadowRoot!.querySelector('textarea')!;
    expect(box.value).to.equal('Ở xa');
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'ốm' });
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('Ở xa\nốm');
    expect(seen).to.deep.equal(['input', 'input', 'input', 'change']);
  });

  it('stores an emptied box as undefined', async () => {
    const el = await fixture<DvcTextareaField>(
      html`<dvc-textarea-field .field=${field} .value=${'a'}></dvc-textarea-field>`,
    );
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal(undefined);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(
        html`<dvc-textarea-field .field=${field} .error=${'Nhập lý do đăng ký muộn'}></dvc-textarea-field>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('does not rewrite text an input method is composing when the form stores it precomposed', async () => {
    const el = await fixture<DvcTextareaField>(html`<dvc-textarea-field .field=${field}></dvc-textarea-field>`);
    const box = el.shadowRoot!.querySelector('textarea')!;
    const typed = 'Ở xa quá'.normalize('NFD');
    box.value = typed;
    box.setSelectionRange(2, 2);
    el.value = typed.normalize('NFC');
    await el.updateComplete;
    expect(box.value).to.equal(typed);
    expect(box.selectionStart).to.equal(2);
    el.value = 'Đi công tác';
    await el.updateComplete;
    expect(box.value).to.equal('Đi công tác');
  });
});
