import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './tel-field.js';
import type { DvcTelField } from './tel-field.js';

const field: FieldModel = {
  path: 'requester.phone',
  key: 'requester.phone',
  widget: 'tel',
  label: { vi: 'Số điện thoại', en: 'Phone number' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  autocomplete: 'tel',
};

describe('dvc-tel-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcTelField>(html`<dvc-tel-field .field=${field}></dvc-tel-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Nhập số điện thoại, ví dụ 0912 345 678';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a tel input with the phone keypad, autofill token, label and name', async () => {
    const el = await fixture<DvcTelField>(html`<dvc-tel-field .field=${field} lang="en"></dvc-tel-field>`);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('tel');
    expect(input.inputMode).to.equal('tel');
    expect(input.autocomplete).to.equal('tel');
    expect(input.name).to.equal('requester.phone');
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Phone number');
    expect(input.getAttribute('aria-required')).to.equal('true');
  });

  it('lets the definition choose another input mode', async () => {
    const el = await fixture<DvcTelField>(
      html`<dvc-tel-field .field=${{ ...field, inputmode: 'numeric' }}></dvc-tel-field>`,
    );
    expect(el.shadowRoot!.querySelector('input')!.inputMode).to.equal('numeric');
  });

  it('emits input while typing and one change on leaving; an emptied box is undefined', async () => {
    const el = await fixture<DvcTelField>(html`<dvc-tel-field .field=${field}></dvc-tel-field>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push(`change:${String(el.value)}`));
    el.focus();
    await sendKeys({ type: '0912' });
    await sendKeys({ press: 'Tab' });
    expect(seen).to.deep.equal(['input', 'input', 'input', 'input', 'change:0912']);
    el.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal(undefined);
  });

  it('shows a value set from outside, as the text field does', async () => {
    const el = await fixture<DvcTelField>(
      html`<dvc-tel-field .field=${field} .value=${'0912 345 678'}></dvc-tel-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('0912 345 678');
    el.value = undefined;
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<dvc-tel-field .field=${field} .error=${'Lỗi'}></dvc-tel-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
