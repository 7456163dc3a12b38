import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FieldModel, Option } from '../../core/model/types.js';
import '../fieldset/fieldset.js';
import type { DvcFieldset } from '../fieldset/fieldset.js';
import type { RenderContext } from '../shared/render-context.js';
import './locked-field.js';
import type { DvcLockedField } from './locked-field.js';

const name: FieldModel = {
  path: 'requester.fullName',
  key: 'requester.fullName',
  widget: 'text',
  label: { vi: 'Họ, chữ đệm, tên', en: 'Full name' },
  hint: { vi: 'Như trên giấy tờ', en: 'As on your document' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  locked: true,
};

const province: FieldModel = {
  path: 'requester.residence.province',
  key: 'requester.residence.province',
  widget: 'combobox',
  label: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  source: { data: 'provinces' },
  locked: true,
};

const PROVINCES: Option[] = [{ value: '01', label: { vi: 'Thành phố Hà Nội', en: 'Hanoi City' } }];

function context(values: Record<string, unknown>, lang: 'vi' | 'en' = 'vi'): RenderContext {
  return {
    lang,
    valueAt: (path) => values[path],
    errorAt: () => '',
    warningAt: () => '',
    loadOptions: async () => PROVINCES,
    attachment: async () => undefined,
  };
}

async function render(field: FieldModel, value: unknown, error = '', lang: 'vi' | 'en' = 'vi') {
  const el = await fixture<DvcLockedField>(
    html`<dvc-locked-field
      .field=${field}
      .value=${value}
      .error=${error}
      .context=${context({ [field.path]: value }, lang)}
      lang=${lang}
    ></dvc-locked-field>`,
  );
  await el.updateComplete;
  return el;
}

const byId = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();

describe('dvc-locked-field', () => {
  it('is accessible, with and without a message', async () => {
    const el = await render(name, 'Nguyễn Văn An');
    await expect(el).to.be.accessible();
    el.error = 'Họ, chữ đệm, tên quá dài';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the answer in a read-only control named by its label, described by hint, note and message', async () => {
    const el = await render(name, 'Nguyễn Văn An', 'Họ, chữ đệm, tên quá dài');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal('Nguyễn Văn An');
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent!.trim()).to.equal('Họ, chữ đệm, tên');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => byId(el, id));
    expect(described).to.deep.equal([
      'Như trên giấy tờ',
      'Thông tin từ tài khoản định danh điện tử của bạn',
      'Lỗi: Họ, chữ đệm, tên quá dài',
    ]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('says where the answer came from in English too, and sends no event when someone types', async () => {
    const el = await render(name, 'Nguyễn Văn An', '', 'en');
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.equal('From your electronic identity account');
    const events: string[] = [];
    el.addEventListener('input', (event) => events.push(event.type));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
    await sendKeys({ type: 'Trần' });
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Nguyễn Văn An');
    expect(events).to.deep.equal([]);
  });

  it('shows a reference-data answer by its name, not its code', async () => {
    const el = await render(province, '01');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Thành phố Hà Nội');
  });

  it('leaves the note to a group that is locked as a whole', async () => {
    const group: FieldModel = {
      path: 'requester.residence',
      key: 'requester.residence',
      widget: 'fieldset',
      label: { vi: 'Nơi cư trú', en: 'Place of residence' },
      required: true,
      schema: { type: 'object' },
      valueType: 'object',
      locked: true,
      children: [province],
    };
    const el = await fixture<DvcFieldset>(
      html`<dvc-fieldset .field=${group} .context=${context({ [province.path]: '01' })}></dvc-fieldset>`,
    );
    const child = el.shadowRoot!.querySelector<DvcLockedField>('dvc-locked-field')!;
    await child.updateComplete;
    await expect(el).to.be.accessible();
    const groupNote = el.shadowRoot!.querySelector('.note')!;
    expect(groupNote.textContent).to.equal('Thông tin từ tài khoản định danh điện tử của bạn');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(groupNote.id);
    expect(child.shadowRoot!.querySelector('.note')).to.equal(null);
    expect(child.shadowRoot!.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
  });
});
