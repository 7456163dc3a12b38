import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './number-field.js';
import { parseNumber, type DvcNumberField } from './number-field.js';

const children: FieldModel = {
  path: 'mother.childrenCount',
  key: 'mother.childrenCount',
  widget: 'number',
  label: { vi: 'Số con đã sinh', en: 'Number of children born' },
  hint: { vi: 'Từ 1 đến 20', en: 'From 1 to 20' },
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: 20 },
  valueType: 'integer',
};

const weight: FieldModel = {
  path: 'child.weightKg',
  key: 'child.weightKg',
  widget: 'number',
  label: { vi: 'Cân nặng (kg)', en: 'Weight (kg)' },
  required: false,
  schema: { type: 'number', minimum: 0 },
  valueType: 'number',
};

describe('dvc-number-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcNumberField>(html`<dvc-number-field .field=${children}></dvc-number-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Nhập một số';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a labelled text input with the numeric keypad and no min/max attributes', async () => {
    const el = await fixture<DvcNumberField>(
      html`<dvc-number-field .field=${children} lang="en" .error=${'Enter a number'}></dvc-number-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('text');
    expect(input.inputMode).to.equal('numeric');
    expect(input.name).to.equal('mother.childrenCount');
    expect(input.hasAttribute('min') || input.hasAttribute('max')).to.equal(false);
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Number of children born');
    const texts = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(texts).to.deep.equal(['From 1 to 20', 'Error: Enter a number']);
  });

  it('gives decimals that cannot be negative the decimal keypad', async () => {
    const el = await fixture<DvcNumberField>(html`<dvc-number-field .field=${weight}></dvc-number-field>`);
    expect(el.shadowRoot!.querySelector('input')!.inputMode).to.equal('decimal');
  });

  it('converts text to the value the schema checks', () => {
    expect(parseNumber('', 'integer')).to.equal(undefined);
    expect(parseNumber('   ', 'integer')).to.equal(undefined);
    expect(parseNumber(' 3 ', 'integer')).to.equal(3);
    expect(parseNumber('-2', 'integer')).to.equal(-2);
    expect(parseNumber('007', 'integer')).to.equal(7);
    expect(parseNumber('3.5', 'integer')).to.equal('3.5');
    expect(parseNumber('ba', 'integer')).to.equal('ba');
    expect(parseNumber('1e3', 'integer')).to.equal('1e3');
    expect(parseNumber('99999999999999999999', 'integer')).to.equal('99999999999999999999');
    expect(parseNumber('3.25', 'number')).to.equal(3.25);
    expect(parseNumber('3,25', 'number')).to.equal(3.25);
    expect(parseNumber('.5', 'number')).to.equal(0.5);
    expect(parseNumber('3,2,1', 'number')).to.equal('3,2,1');
    expect(parseNumber('0x10', 'number')).to.equal('0x10');
    expect(parseNumber('Infinity', 'number')).to.equal('Infinity');
  });

  it('keeps the typed text on screen and emits input then change', async () => {
    const el = await fixture<DvcNumberField>(html`<dvc-number-field .field=${weight}></dvc-number-field>`);
    const seen: unknown[] = [];
    el.addEventListener('input', () => seen.push(el.value));
    el.addEventListener('change', () => seen.push(`change:${String(el.value)}`));
    el.focus();
    await sendKeys({ type: '3,50' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('3,50');
    expect(seen).to.deep.equal([3, '3,', 3.5, 3.5, 'change:3.5']);
  });

  it('shows a value restored from outside and never loses text that is not a number', async () => {
    const el = await fixture<DvcNumberField>(
      html`<dvc-number-field .field=${children} .value=${2}></dvc-number-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('2');
    el.value = 'hai';
    await el.updateComplete;
    expect(input.value).to.equal('hai');
    el.value = undefined;
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<dvc-number-field .field=${children} .error=${'Nhập một số'}></dvc-number-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
