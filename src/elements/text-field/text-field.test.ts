import { expect, fixture, html } from '@open-wc/testing';
import type { FieldModel } from '../../core/model/types.js';
import './text-field.js';
import type { DvcTextField } from './text-field.js';

const field: FieldModel = {
  path: 'child.fullName',
  key: 'child.fullName',
  widget: 'text',
  label: { vi: 'Họ, chữ đệm, tên', en: 'Full name' },
  hint: { vi: 'Viết như trên giấy chứng sinh', en: 'As on the birth certificate' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  autocomplete: 'name',
};

describe('dvc-text-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcTextField>(html`<dvc-text-field .field=${field} lang="vi"></dvc-text-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Nhập họ, chữ đệm, tên';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('labels the input, names it by its data path and links hint and error', async () => {
    const el = await fixture<DvcTextField>(
      html`<dvc-text-field .field=${field} lang="en" .error=${'Enter the full name'}></dvc-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    const label = el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent).to.contain('Full name');
    expect(input.name).to.equal('child.fullName');
    expect(input.autocomplete).to.equal('name');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => el.shadowRoot!.getElementById(id)!.textContent)).to.deep.equal([
      'As on the birth certificate',
      'Error: Enter the full name',
    ]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('emits one input and one change event from its host with the typed value', async () => {
    const el = await fixture<DvcTextField>(html`<dvc-text-field .field=${field}></dvc-text-field>`);
    const seen: string[] = [];
    el.addEventListener('input', (e) => seen.push(`input:${(e.target as DvcTextField).value}`));
    el.addEventListener('change', (e) => seen.push(`change:${(e.target as DvcTextField).value}`));
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'Nguyễn Thị Hương';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).to.deep.equal(['input:Nguyễn Thị Hương', 'change:Nguyễn Thị Hương']);
  });

  it('stores an emptied field as undefined, so that "required" applies', async () => {
    const el = await fixture<DvcTextField>(html`<dvc-text-field .field=${field} .value=${'An'}></dvc-text-field>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(el.value).to.equal(undefined);
  });
});

describe('dvc-text-field with Vietnamese input methods', () => {
  it('does not rewrite decomposed text the person is typing when the form stores it precomposed', async () => {
    const el = await fixture<DvcTextField>(html`<dvc-text-field .field=${field}></dvc-text-field>`);
    const input = el.shadowRoot!.querySelector('input')!;
    const typed = 'Nguyễn'.normalize('NFD');
    input.value = typed;
    input.setSelectionRange(2, 2);
    el.value = typed.normalize('NFC');
    await el.updateComplete;
    expect(input.value).to.equal(typed);
    expect(input.selectionStart).to.equal(2);
    el.value = 'Trần';
    await el.updateComplete;
    expect(input.value).to.equal('Trần');
  });
});
