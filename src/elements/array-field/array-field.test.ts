import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type Axe from 'axe-core';
import type { FieldModel, Option } from '../../core/model/types.js';
import type { RenderContext } from '../shared/render-context.js';
import '../text-field/text-field.js';
import type { DvcTextField } from '../text-field/text-field.js';
import './array-field.js';
import type { DvcArrayField } from './array-field.js';

type Sibling = { fullName?: string; birthYear?: string };

/** The model the core would build for `siblings` holding `count` items (an array of objects). */
function siblingsModel(count: number, extra: Partial<FieldModel> = {}): FieldModel {
  return {
    path: 'siblings',
    key: 'siblings',
    widget: 'array',
    label: { vi: 'Các con khác của người mẹ', en: "The mother's other children" },
    itemLabel: { vi: 'Con', en: 'Child' },
    required: false,
    schema: { type: 'array', items: { type: 'object', properties: { fullName: { type: 'string' } } } },
    valueType: 'array',
    items: Array.from({ length: count }, (_, i) => [
      {
        path: `siblings[${i}].fullName`,
        key: 'siblings[].fullName',
        widget: 'text',
        label: { vi: 'Họ, chữ đệm, tên', en: 'Full name' },
        required: true,
        schema: { type: 'string' },
        valueType: 'string',
      },
      {
        path: `siblings[${i}].birthYear`,
        key: 'siblings[].birthYear',
        widget: 'text',
        label: { vi: 'Năm sinh', en: 'Year of birth' },
        required: false,
        schema: { type: 'string' },
        valueType: 'string',
      },
    ]),
    ...extra,
  };
}

/** An array of scalars: previous nationalities, one text field per item. */
function nationalitiesModel(count: number): FieldModel {
  return {
    path: 'nationalities',
    key: 'nationalities',
    widget: 'array',
    label: { vi: 'Quốc tịch trước đây', en: 'Previous nationalities' },
    itemLabel: { vi: 'Quốc tịch', en: 'Nationality' },
    required: false,
    schema: { type: 'array', items: { type: 'string' } },
    valueType: 'array',
    items: Array.from({ length: count }, (_, i) => [
      {
        path: `nationalities[${i}]`,
        key: 'nationalities[]',
        widget: 'text',
        label: { vi: 'Tên quốc tịch', en: 'Nationality' },
        required: true,
        schema: { type: 'string' },
        valueType: 'string',
      },
    ]),
  };
}

function contextOver(
  root: Record<string, unknown>,
  lang: 'vi' | 'en',
  errors: Record<string, string> = {},
): RenderContext {
  return {
    lang,
    valueAt: (path) =>
      path
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root),
    errorAt: (path) => errors[path] ?? '',
    warningAt: () => '',
    loadOptions: async (): Promise<Option[]> => [],
    attachment: async () => undefined,
  };
}

/**
 * Renders the array as the form would, and plays the form's part: on `change` it stores the new array and hands
 * down a new model with that many items. `changes` records every array the element sent.
 */
async function renderWithForm(
  siblings: Sibling[] | undefined,
  { lang = 'vi', extra = {} }: { lang?: 'vi' | 'en'; extra?: Partial<FieldModel> } = {},
) {
  const data: Record<string, unknown> = { siblings };
  const el = await fixture<DvcArrayField>(
    html`<dvc-array-field
      .field=${siblingsModel(siblings?.length ?? 0, extra)}
      .value=${siblings}
      .context=${contextOver(data, lang)}
      lang=${lang}
    ></dvc-array-field>`,
  );
  const changes: unknown[][] = [];
  el.addEventListener('change', (event) => {
    const target = event.composedPath()[0] as DvcArrayField;
    if (target !== el) return;
    changes.push(el.value as unknown[]);
  });
  const formRerenders = async () => {
    const next = changes[changes.length - 1];
    data.siblings = next;
    el.field = siblingsModel(next.length, extra);
    el.value = next;
    el.context = contextOver(data, lang);
    await el.updateComplete;
    for (const field of el.shadowRoot!.querySelectorAll<DvcTextField>('dvc-text-field')) await field.updateComplete;
  };
  for (const field of el.shadowRoot!.querySelectorAll<DvcTextField>('dvc-text-field')) await field.updateComplete;
  return { el, changes, formRerenders };
}

const button = (el: DvcArrayField, name: RegExp) =>
  Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => name.test(b.textContent!.trim()));
const buttonNames = (el: DvcArrayField) =>
  Array.from(el.shadowRoot!.querySelectorAll('button')).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

/** The accessible name as axe-core computes it (the same computation its rules rely on). */
function accessibleName(element: Element): string {
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element);
  } finally {
    axe.teardown();
  }
}

/**
 * Follows focus down through shadow roots to the element that really has it, and describes it as `tag#id "text"`
 * (a string, so that a failing assertion prints something readable).
 */
function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return 'nothing';
  return `${active.tagName.toLowerCase()}${active.id ? '#' + active.id : ''} "${active.textContent!.trim()}"`;
}

describe('dvc-array-field', () => {
  it('is accessible when empty, with items, and with messages', async () => {
    const { el } = await renderWithForm(undefined);
    await expect(el).to.be.accessible();
    const filled = await renderWithForm([{ fullName: 'Lê Văn An' }, {}]);
    await expect(filled.el).to.be.accessible();
    filled.el.error = 'Khai tối đa 10 con';
    filled.el.context = contextOver({ siblings: [{}, {}] }, 'vi', { 'siblings[1].fullName': 'Nhập họ, chữ đệm, tên' });
    await filled.el.updateComplete;
    await expect(filled.el).to.be.accessible();
  });

  it('heads each item with its numbered noun in its own fieldset and names the buttons after it', async () => {
    const { el } = await renderWithForm([{ fullName: 'Lê Văn An' }, { fullName: 'Lê Thị Bình' }]);
    const items = el.shadowRoot!.querySelectorAll('fieldset.item');
    expect(Array.from(items).map((item) => item.querySelector(':scope > legend')!.textContent!.trim())).to.deep.equal([
      'Con 1',
      'Con 2',
    ]);
    expect(items[1].querySelector('dvc-text-field')!.shadowRoot!.querySelector('input')!.value).to.equal('Lê Thị Bình');
    expect(buttonNames(el)).to.deep.equal(['Xóa Con 1', 'Xóa Con 2', 'Thêm con']);
    const outer = el.shadowRoot!.querySelector('fieldset')!;
    expect(outer.querySelector(':scope > legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Các con khác của người mẹ (không bắt buộc)',
    );

    const english = await renderWithForm([{}], { lang: 'en' });
    expect(buttonNames(english.el)).to.deep.equal(['Remove Child 1', 'Add child']);
  });

  it('gives every button an accessible name that includes the item number, and a target of at least 24 px', async () => {
    const { el } = await renderWithForm([{}, {}]);
    const buttons = Array.from(el.shadowRoot!.querySelectorAll('button'));
    expect(buttons.map(accessibleName)).to.deep.equal(['Xóa Con 1', 'Xóa Con 2', 'Thêm con']);
    for (const b of buttons) {
      expect(b.type).to.equal('button');
      expect(b.getAttribute('part')).to.contain('button');
      const box = b.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(24);
    }
  });

  it('adds an empty object as a new array with exactly one change event', async () => {
    const before: Sibling[] = [{ fullName: 'Lê Văn An' }];
    const { el, changes } = await renderWithForm(before);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    button(el, /^Thêm/)!.click();
    expect(seen).to.deep.equal(['change']);
    expect(changes).to.deep.equal([[{ fullName: 'Lê Văn An' }, {}]]);
    expect(changes[0]).to.not.equal(before);
    expect(before).to.deep.equal([{ fullName: 'Lê Văn An' }]);
  });

  it('adds undefined to an array of scalars, and treats an undefined value as an empty list', async () => {
    const el = await fixture<DvcArrayField>(
      html`<dvc-array-field .field=${nationalitiesModel(0)} .context=${contextOver({}, 'vi')}></dvc-array-field>`,
    );
    expect(buttonNames(el)).to.deep.equal(['Thêm quốc tịch']);
    button(el, /^Thêm/)!.click();
    expect(el.value).to.deep.equal([undefined]);
    expect((el.value as unknown[]).length).to.equal(1);
  });

  it('removes the chosen item as a new array with exactly one change event', async () => {
    const before: Sibling[] = [{ fullName: 'An' }, { fullName: 'Bình' }, { fullName: 'Chi' }];
    const { el, changes } = await renderWithForm(before);
    const seen: string[] = [];
    el.addEventListener('change', () => seen.push('change'));
    button(el, /^Xóa Con 2$/)!.click();
    expect(seen).to.deep.equal(['change']);
    expect(changes).to.deep.equal([[{ fullName: 'An' }, { fullName: 'Chi' }]]);
    expect(before).to.have.length(3);
  });

  it('hides Add at the maximum and Remove at the minimum', async () => {
    const atMax = await renderWithForm([{}, {}], { extra: { maxItems: 2 } });
    expect(buttonNames(atMax.el)).to.deep.equal(['Xóa Con 1', 'Xóa Con 2']);
    const atMin = await renderWithForm([{}], { extra: { minItems: 1 } });
    expect(buttonNames(atMin.el)).to.deep.equal(['Thêm con']);
    const between = await renderWithForm([{}, {}], { extra: { minItems: 1, maxItems: 3 } });
    expect(buttonNames(between.el)).to.deep.equal(['Xóa Con 1', 'Xóa Con 2', 'Thêm con']);
  });

  it('moves focus to the first field of the new item once the form has re-rendered', async () => {
    const { el, formRerenders } = await renderWithForm([{ fullName: 'An' }]);
    const add = button(el, /^Thêm/)!;
    add.focus();
    add.click();
    await el.updateComplete;
    // Until the form hands down a model with the new item there is nothing to focus, so focus stays put.
    expect(focused()).to.equal('button "Thêm con"');
    await formRerenders();
    await new Promise((resolve) => setTimeout(resolve));
    expect(focused()).to.equal('input#f-siblings-1--fullName ""');
  });

  it("after Remove, focuses the previous item's heading, or the Add button when the first item went", async () => {
    const { el, formRerenders } = await renderWithForm([{ fullName: 'An' }, { fullName: 'Bình' }]);
    button(el, /^Xóa Con 2$/)!.click();
    await formRerenders();
    await new Promise((resolve) => setTimeout(resolve));
    expect(focused()).to.equal('legend#f-siblings-item-0 "Con 1"');

    button(el, /^Xóa Con 1$/)!.click();
    await formRerenders();
    await new Promise((resolve) => setTimeout(resolve));
    expect(focused()).to.equal('button "Thêm con"');
  });

  it('announces additions and removals in a polite live region', async () => {
    const { el, formRerenders } = await renderWithForm([{}]);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('');
    button(el, /^Thêm/)!.click();
    await formRerenders();
    expect(region.textContent!.trim()).to.equal('Đã thêm Con 2');
    button(el, /^Xóa Con 1$/)!.click();
    await formRerenders();
    expect(region.textContent!.trim()).to.equal('Đã xóa Con 1');
  });

  it('fits in 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-array-field
          .field=${siblingsModel(2)}
          .value=${[{}, {}]}
          .context=${contextOver({ siblings: [{}, {}] }, 'vi')}
        ></dvc-array-field>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-array-field')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
