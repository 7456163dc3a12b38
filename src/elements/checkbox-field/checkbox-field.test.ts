import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './checkbox-field.js';
import type { DvcCheckboxField } from './checkbox-field.js';

const declaration: FieldModel = {
  path: 'declaration.truthful',
  key: 'declaration.truthful',
  widget: 'checkbox',
  label: {
    vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật',
    en: 'I declare that the information above is true',
  },
  required: true,
  schema: { const: true },
  valueType: 'boolean',
};

const withStatement: FieldModel = {
  ...declaration,
  label: { vi: 'Lời cam đoan', en: 'Declaration' },
  hint: { vi: 'Khai sai là vi phạm pháp luật', en: 'A false declaration breaks the law' },
  checkboxLabel: {
    vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật',
    en: 'I declare that the information above is true',
  },
};

function box(el: DvcCheckboxField): HTMLInputElement {
  return el.shadowRoot!.querySelector('input[type="checkbox"]')!;
}

describe('dvc-checkbox-field', () => {
  it('is accessible, with and without an error, in both layouts', async () => {
    for (const field of [declaration, withStatement]) {
      const el = await fixture<DvcCheckboxField>(html`<dvc-checkbox-field .field=${field}></dvc-checkbox-field>`);
      await expect(el).to.be.accessible();
      el.error = 'Hãy đánh dấu vào ô cam đoan';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('is never ticked at first, even for a const: true declaration', async () => {
    const el = await fixture<DvcCheckboxField>(html`<dvc-checkbox-field .field=${declaration}></dvc-checkbox-field>`);
    expect(box(el).checked).to.equal(false);
    expect(el.value).to.equal(undefined);
  });

  it('puts the label beside the box and names the box by its path', async () => {
    const el = await fixture<DvcCheckboxField>(
      html`<dvc-checkbox-field .field=${declaration} lang="en" .error=${'Tick the declaration'}></dvc-checkbox-field>`,
    );
    expect(el.shadowRoot!.querySelector(`label[for="${box(el).id}"]`)!.textContent).to.contain(
      'I declare that the information above is true',
    );
    expect(box(el).name).to.equal('declaration.truthful');
    expect(el.shadowRoot!.getElementById(box(el).getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Error: Tick the declaration',
    );
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });

  it('with a checkbox label, makes the label a legend over the statement beside the box', async () => {
    const el = await fixture<DvcCheckboxField>(
      html`<dvc-checkbox-field
        .field=${withStatement}
        lang="en"
        .error=${'Tick the declaration'}
      ></dvc-checkbox-field>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Declaration');
    expect(el.shadowRoot!.querySelector(`label[for="${box(el).id}"]`)!.textContent).to.equal(
      'I declare that the information above is true',
    );
    const described = fieldset
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => fieldset.querySelector(`#${id}`)!.textContent);
    expect(described).to.deep.equal(['A false declaration breaks the law', 'Error: Tick the declaration']);
  });

  it('stores true when ticked and undefined when unticked, one input and one change each time', async () => {
    const el = await fixture<DvcCheckboxField>(html`<dvc-checkbox-field .field=${declaration}></dvc-checkbox-field>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${String(el.value)}`));
    el.addEventListener('change', () => seen.push(`change:${String(el.value)}`));
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(undefined);
    expect(seen).to.deep.equal(['input:true', 'change:true', 'input:undefined', 'change:undefined']);
  });

  it('shows a stored tick and has a target of at least 24 by 24 px', async () => {
    const el = await fixture<DvcCheckboxField>(
      html`<dvc-checkbox-field .field=${declaration} .value=${true}></dvc-checkbox-field>`,
    );
    expect(box(el).checked).to.equal(true);
    const rect = box(el).getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<dvc-checkbox-field .field=${withStatement} .error=${'Lỗi'}></dvc-checkbox-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
