import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel, Option } from '../../core/model/types.js';
import type { RenderContext } from '../shared/render-context.js';
import './select-field.js';
import type { DvcSelectField } from './select-field.js';

const ethnicity: FieldModel = {
  path: 'child.ethnicity',
  key: 'child.ethnicity',
  widget: 'select',
  label: { vi: 'Dân tộc', en: 'Ethnic group' },
  hint: { vi: 'Theo dân tộc của cha hoặc mẹ', en: "The father's or the mother's" },
  required: true,
  schema: { type: 'integer' },
  valueType: 'integer',
  options: [
    { value: '1', label: { vi: 'Kinh', en: 'Kinh' } },
    { value: '2', label: { vi: 'Tày', en: 'Tay' } },
    { value: '3', label: { vi: 'Thái', en: 'Thai' } },
  ],
};

const commune: FieldModel = {
  path: 'address.commune',
  key: 'address.commune',
  widget: 'select',
  label: { vi: 'Xã, phường', en: 'Commune or ward' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  source: { data: 'communes', dependsOn: 'province' },
  dependsOnPath: 'address.province',
};

const communesByProvince: Record<string, Option[]> = {
  '01': [
    { value: '00004', label: { vi: 'Phường Ba Đình', en: 'Ba Dinh Ward' } },
    { value: '00008', label: { vi: 'Phường Ngọc Hà', en: 'Ngoc Ha Ward' } },
  ],
  '79': [{ value: '26734', label: { vi: 'Phường Sài Gòn', en: 'Sai Gon Ward' } }],
};

/** A render context over plain data, as the form builds it; `load` decides how options arrive. */
function contextFor(data: Record<string, unknown>, load?: (field: FieldModel) => Promise<Option[]>): RenderContext {
  return {
    lang: 'vi',
    valueAt: (path) => data[path],
    errorAt: () => '',
    warningAt: () => '',
    loadOptions: load ?? (async () => communesByProvince[String(data['address.province'])] ?? []),
    attachment: async () => undefined,
  };
}

function optionTexts(el: DvcSelectField): string[] {
  return [...el.shadowRoot!.querySelectorAll('option')].map((option) => option.textContent!.trim());
}

describe('dvc-select-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcSelectField>(html`<dvc-select-field .field=${ethnicity}></dvc-select-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Chọn dân tộc';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels the select, names it by path and links hint and error', async () => {
    const el = await fixture<DvcSelectField>(
      html`<dvc-select-field .field=${ethnicity} lang="en" .error=${'Choose the ethnic group'}></dvc-select-field>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.contain('Ethnic group');
    expect(select.name).to.equal('child.ethnicity');
    const texts = select
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(texts).to.deep.equal(["The father's or the mother's", 'Error: Choose the ethnic group']);
  });

  it('starts on the empty "Choose…" option, never on a real choice', async () => {
    const el = await fixture<DvcSelectField>(html`<dvc-select-field .field=${ethnicity}></dvc-select-field>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(optionTexts(el)).to.deep.equal(['Chọn…', 'Kinh', 'Tày', 'Thái']);
    expect(select.value).to.equal('');
    expect(select.selectedIndex).to.equal(0);
    expect(el.value).to.equal(undefined);
  });

  it('shows a stored value and stores picks in the field type, the placeholder as undefined', async () => {
    const el = await fixture<DvcSelectField>(
      html`<dvc-select-field .field=${ethnicity} .value=${2}></dvc-select-field>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.selectedOptions[0]!.text).to.equal('Tày');
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${JSON.stringify(el.value)}`));
    el.addEventListener('change', () => seen.push(`change:${JSON.stringify(el.value)}`));
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(3);
    expect(seen).to.deep.equal(['input:3', 'change:3']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(el.value).to.equal(undefined);
  });

  it('converts yes/no options to booleans', async () => {
    const yesNo: FieldModel = {
      ...ethnicity,
      valueType: 'boolean',
      schema: { type: 'boolean' },
      options: [
        { value: 'true', label: { vi: 'Có', en: 'Yes' } },
        { value: 'false', label: { vi: 'Không', en: 'No' } },
      ],
    };
    const el = await fixture<DvcSelectField>(html`<dvc-select-field .field=${yesNo}></dvc-select-field>`);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'false';
    select.dispatchEvent(new Event('change'));
    expect(el.value).to.equal(false);
    select.value = 'true';
    select.dispatchEvent(new Event('change'));
    expect(el.value).to.equal(true);
  });

  it('shows "loading" while reference data loads, then its options', async () => {
    let resolve!: (options: Option[]) => void;
    const ctx = contextFor({ 'address.province': '01' }, () => new Promise((r) => (resolve = r)));
    const el = await fixture<DvcSelectField>(
      html`<dvc-select-field .field=${commune} .context=${ctx} .value=${'00008'}></dvc-select-field>`,
    );
    expect(optionTexts(el)).to.deep.equal(['Đang tải danh sách…']);
    expect(el.shadowRoot!.querySelector('select')!.getAttribute('aria-busy')).to.equal('true');
    resolve(communesByProvince['01']!);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Chọn…', 'Phường Ba Đình', 'Phường Ngọc Hà']);
    expect(el.shadowRoot!.querySelector('select')!.selectedOptions[0]!.text).to.equal('Phường Ngọc Hà');
    expect(el.value).to.equal('00008');
  });

  it('shows a failed load in place, linked to the select, without throwing', async () => {
    const ctx = contextFor({ 'address.province': '01' }, () =>
      Promise.reject(new Error('forms/data/communes-01.json: 404')),
    );
    const el = await fixture<DvcSelectField>(
      html`<dvc-select-field .field=${commune} .context=${ctx}></dvc-select-field>`,
    );
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(message.textContent).to.equal('Không tải được danh sách để chọn (forms/data/communes-01.json: 404)');
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    await expect(el).to.be.accessible();
  });

  it('reloads when the province changes and drops a commune the new list does not have', async () => {
    const data: Record<string, unknown> = { 'address.province': '01' };
    const el = await fixture<DvcSelectField>(
      html`<dvc-select-field .field=${commune} .context=${contextFor(data)} .value=${'00004'}></dvc-select-field>`,
    );
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.value).to.equal('00004');
    data['address.province'] = '79';
    const changed = oneEvent(el, 'change');
    el.context = contextFor(data);
    await changed;
    expect(el.value).to.equal(undefined);
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Chọn…', 'Phường Sài Gòn']);
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('');
  });

  it('fits a 320 px wide screen even with long option labels', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const long: FieldModel = {
        ...ethnicity,
        options: [{ value: '9', label: { vi: 'Một lựa chọn có nhãn rất dài '.repeat(4), en: 'Long '.repeat(20) } }],
      };
      await fixture(html`<dvc-select-field .field=${long} .value=${9}></dvc-select-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
