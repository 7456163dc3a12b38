import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './radio-field.js';
import type { DvcRadioField } from './radio-field.js';

const sex: FieldModel = {
  path: 'child.sex',
  key: 'child.sex',
  widget: 'radio',
  label: { vi: 'Giới tính', en: 'Sex' },
  hint: { vi: 'Như trên giấy chứng sinh', en: 'As on the birth certificate' },
  required: true,
  schema: { type: 'integer', enum: [1, 2] },
  valueType: 'integer',
  options: [
    { value: '1', label: { vi: 'Nam', en: 'Male' } },
    { value: '2', label: { vi: 'Nữ', en: 'Female' } },
  ],
};

const bornAbroad: FieldModel = {
  path: 'child.bornAbroad',
  key: 'child.bornAbroad',
  widget: 'radio',
  label: { vi: 'Trẻ sinh ra ở nước ngoài?', en: 'Was the child born abroad?' },
  required: true,
  schema: { type: 'boolean' },
  valueType: 'boolean',
};

function radios(el: DvcRadioField): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

describe('dvc-radio-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcRadioField>(html`<dvc-radio-field .field=${sex}></dvc-radio-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Chọn giới tính';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a fieldset whose legend is the question, with labelled radios sharing the path as name', async () => {
    const el = await fixture<DvcRadioField>(
      html`<dvc-radio-field .field=${sex} lang="en" .error=${'Choose the sex'}></dvc-radio-field>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Sex');
    expect(radios(el).map((r) => el.shadowRoot!.querySelector(`label[for="${r.id}"]`)!.textContent)).to.deep.equal([
      'Male',
      'Female',
    ]);
    expect(radios(el).every((r) => r.name === 'child.sex')).to.equal(true);
    const described = fieldset
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => fieldset.querySelector(`#${id}`)!.textContent);
    expect(described).to.deep.equal(['As on the birth certificate', 'Error: Choose the sex']);
  });

  it('checks nothing until the person chooses, and checks a stored value', async () => {
    const el = await fixture<DvcRadioField>(html`<dvc-radio-field .field=${sex}></dvc-radio-field>`);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    el.value = 2;
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true]);
  });

  it('stores the choice in the field type and moves with arrow keys', async () => {
    const el = await fixture<DvcRadioField>(html`<dvc-radio-field .field=${sex}></dvc-radio-field>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${JSON.stringify(el.value)}`));
    el.addEventListener('change', () => seen.push(`change:${JSON.stringify(el.value)}`));
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(2);
    expect(seen).to.deep.equal(['input:1', 'change:1', 'input:2', 'change:2']);
  });

  it('offers yes/no for a boolean question and stores true or false', async () => {
    const el = await fixture<DvcRadioField>(html`<dvc-radio-field .field=${bornAbroad} lang="vi"></dvc-radio-field>`);
    expect(radios(el).map((r) => el.shadowRoot!.querySelector(`label[for="${r.id}"]`)!.textContent)).to.deep.equal([
      'Có',
      'Không',
    ]);
    radios(el)[1]!.click();
    expect(el.value).to.equal(false);
    radios(el)[0]!.click();
    expect(el.value).to.equal(true);
    el.value = false;
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true]);
  });

  it('has targets of at least 24 by 24 px and focuses the checked radio', async () => {
    const el = await fixture<DvcRadioField>(html`<dvc-radio-field .field=${sex} .value=${2}></dvc-radio-field>`);
    for (const radio of radios(el)) {
      const box = radio.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const long: FieldModel = {
        ...sex,
        options: [{ value: '1', label: { vi: 'Mộtlựachọncónhãnrấtdàikhôngcókhoảngtrắngnàocả', en: 'x' } }],
      };
      await fixture(html`<dvc-radio-field .field=${long} .error=${'Chọn giới tính'}></dvc-radio-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
