import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { FieldModel, Option } from '../../core/model/types.js';
import type { RenderContext } from '../shared/render-context.js';
import './combobox-field.js';
import type { DvcComboboxField } from './combobox-field.js';

const option = (value: string, vi: string, en = vi): Option => ({ value, label: { vi, en } });

const province: FieldModel = {
  path: 'address.province',
  key: 'address.province',
  widget: 'combobox',
  label: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  hint: { vi: 'Nơi đăng ký thường trú', en: 'Where you are permanently registered' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  options: [
    option('01', 'Thành phố Hà Nội', 'Ha Noi City'),
    option('44', 'Tỉnh Đắk Nông', 'Dak Nong Province'),
    option('66', 'Tỉnh Đắk Lắk', 'Dak Lak Province'),
    option('68', 'Tỉnh Lâm Đồng', 'Lam Dong Province'),
    option('79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City'),
  ],
};

const commune: FieldModel = {
  path: 'address.commune',
  key: 'address.commune',
  widget: 'combobox',
  label: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward or special zone' },
  required: true,
  schema: { type: 'string' },
  valueType: 'string',
  source: { data: 'communes', dependsOn: 'province' },
  dependsOnPath: 'address.province',
};

const communes: Record<string, Option[]> = {
  '66': [option('24121', 'Phường Buôn Ma Thuột'), option('24133', 'Phường Tân An'), option('24169', 'Xã Ea Kao')],
  '68': [option('24778', 'Phường Xuân Hương - Đà Lạt'), option('24781', 'Phường Cam Ly - Đà Lạt')],
};

/** The form's side of the contract, over plain data: a commune list for the chosen province, none without one. */
function contextFor(data: Record<string, unknown>): RenderContext {
  return {
    lang: 'vi',
    valueAt: (path) => data[path],
    errorAt: () => '',
    warningAt: () => '',
    loadOptions: async () => communes[String(data['address.province'])] ?? [],
    attachment: async () => undefined,
  };
}

const input = (el: DvcComboboxField) => el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const shownOptions = (el: DvcComboboxField) =>
  [...el.shadowRoot!.querySelectorAll('[role="listbox"]:not([hidden]) [role="option"]')].map((o) =>
    o.textContent!.trim(),
  );
const liveText = (el: DvcComboboxField) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const settle = async (el: DvcComboboxField) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('dvc-combobox-field', () => {
  it('is accessible closed, open, and with an error', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    await expect(el).to.be.accessible();
    el.focus();
    await sendKeys({ type: 'dak' });
    await sendKeys({ press: 'ArrowDown' });
    await expect(el).to.be.accessible();
    el.error = 'Chọn tỉnh, thành phố trong danh sách';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('wires the APG combobox roles, label, instructions, hint and error', async () => {
    const el = await fixture<DvcComboboxField>(
      html`<dvc-combobox-field .field=${province} lang="en" .error=${'Choose a province'}></dvc-combobox-field>`,
    );
    const box = input(el);
    const listbox = el.shadowRoot!.getElementById(box.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.name).to.equal('address.province');
    expect(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!.textContent).to.contain('Province or city');
    const described = box
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    expect(described).to.deep.equal([
      'Where you are permanently registered',
      'Type to search, then use the up and down arrow keys to choose.',
      'Error: Choose a province',
    ]);
  });

  it('type, ArrowDown, Enter: chooses the code and shows the label', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    const changes: unknown[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    el.addEventListener('input', () => changes.push('unexpected input event'));
    el.focus();
    await sendKeys({ type: 'dak' });
    const box = input(el);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(shownOptions(el)).to.deep.equal(['Tỉnh Đắk Nông', 'Tỉnh Đắk Lắk']);
    expect(liveText(el)).to.equal('Có 2 kết quả');
    expect(el.value).to.equal(undefined);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const active = el.shadowRoot!.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent!.trim()).to.equal('Tỉnh Đắk Lắk');
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('66');
    expect(box.value).to.equal('Tỉnh Đắk Lắk');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(changes).to.deep.equal(['66']);
  });

  it('matches without accents or case, in the current language', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    el.focus();
    await sendKeys({ type: 'đắk lắk' });
    expect(shownOptions(el)).to.deep.equal(['Tỉnh Đắk Lắk']);
    input(el).select();
    await sendKeys({ type: 'DAK LAK' });
    expect(shownOptions(el)).to.deep.equal(['Tỉnh Đắk Lắk']);
    el.lang = 'en';
    input(el).select();
    await sendKeys({ type: 'city' });
    expect(shownOptions(el)).to.deep.equal(['Ha Noi City', 'Ho Chi Minh City']);
  });

  it('says when nothing matches', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    el.focus();
    await sendKeys({ type: 'xyz' });
    expect(liveText(el)).to.equal('Không tìm thấy');
    expect(el.shadowRoot!.querySelector('.status-line')!.textContent).to.equal('Không tìm thấy');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape closes the list, then clears the box and the value', async () => {
    const el = await fixture<DvcComboboxField>(
      html`<dvc-combobox-field .field=${province} .value=${'01'}></dvc-combobox-field>`,
    );
    expect(input(el).value).to.equal('Thành phố Hà Nội');
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(
      el.shadowRoot!.getElementById(input(el).getAttribute('aria-activedescendant')!)!.textContent!.trim(),
    ).to.equal('Thành phố Hà Nội');
    await sendKeys({ press: 'Escape' });
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal('01');
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Escape' });
    await changed;
    expect(el.value).to.equal(undefined);
    expect(input(el).value).to.equal('');
  });

  it('Tab keeps a chosen value; leaving with text that names no option clears the value but keeps the text', async () => {
    const el = await fixture<DvcComboboxField>(
      html`<dvc-combobox-field .field=${province} .value=${'79'}></dvc-combobox-field>`,
    );
    const changes: unknown[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('79');
    expect(changes).to.deep.equal([]);
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' xyz' });
    expect(el.value).to.equal('79');
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal(undefined);
    expect(input(el).value).to.equal('Thành phố Hồ Chí Minh xyz');
    expect(changes).to.deep.equal([undefined]);
  });

  it('Tab takes the highlighted option and moves on', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    el.focus();
    await sendKeys({ type: 'lam' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('68');
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('takes a fully typed label on leaving, and a click on an option', async () => {
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
    el.focus();
    await sendKeys({ type: 'tinh lam dong' });
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('68');
    expect(input(el).value).to.equal('Tỉnh Lâm Đồng');
    el.focus();
    input(el).select();
    await sendKeys({ type: 'ha noi' });
    // A real mouse click, with the mousedown, focus and mouseup a person's click brings.
    const target = el.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(target.x + 10), Math.round(target.y + target.height / 2)] });
    await resetMouse();
    expect(el.value).to.equal('01');
    await el.updateComplete;
    expect(input(el).value).to.equal('Thành phố Hà Nội');
  });

  it('waits for the province, then loads its communes and drops a commune of another province', async () => {
    const data: Record<string, unknown> = {};
    const el = await fixture<DvcComboboxField>(
      html`<dvc-combobox-field .field=${commune} .context=${contextFor(data)}></dvc-combobox-field>`,
    );
    expect(input(el).disabled).to.equal(true);
    const wait = el.shadowRoot!.getElementById(input(el).getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(wait.textContent).to.equal('Hãy chọn tỉnh, thành phố trước');
    await expect(el).to.be.accessible();

    data['address.province'] = '66';
    el.context = contextFor(data);
    await settle(el);
    expect(input(el).disabled).to.equal(false);
    el.focus();
    await sendKeys({ type: 'tan' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('24133');

    data['address.province'] = '68';
    const changed = oneEvent(el, 'change');
    el.context = contextFor(data);
    await changed;
    expect(el.value).to.equal(undefined);
    await settle(el);
    expect(input(el).value).to.equal('');
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shownOptions(el)).to.deep.equal(['Phường Xuân Hương - Đà Lạt', 'Phường Cam Ly - Đà Lạt']);
  });

  it('keeps a restored commune that is in its province list', async () => {
    const data = { 'address.province': '66' };
    let changes = 0;
    const el = await fixture<DvcComboboxField>(
      html`<dvc-combobox-field
        .field=${commune}
        .context=${contextFor(data)}
        .value=${'24169'}
        @change=${() => changes++}
      ></dvc-combobox-field>`,
    );
    await settle(el);
    expect(input(el).value).to.equal('Xã Ea Kao');
    expect(el.value).to.equal('24169');
    expect(changes).to.equal(0);
  });

  it('shows at most 50 of a long list and announces how many match', async () => {
    const many: FieldModel = {
      ...province,
      options: Array.from({ length: 3321 }, (_, i) => option(String(i + 1), `Xã số ${i + 1}`)),
    };
    const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${many}></dvc-combobox-field>`);
    el.focus();
    await sendKeys({ type: 'xa' });
    expect(shownOptions(el)).to.have.length(50);
    expect(liveText(el)).to.equal('Có 3321 kết quả');
  });

  it('fits a 320 px wide screen, list open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<DvcComboboxField>(html`<dvc-combobox-field .field=${province}></dvc-combobox-field>`);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
