import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FieldModel } from '../../core/model/types.js';
import './date-field.js';
import type { DvcDateField } from './date-field.js';
import { composeDate, normalizeMonth, splitDate } from './date-parts.js';

const birthDate: FieldModel = {
  path: 'mother.dateOfBirth',
  key: 'mother.dateOfBirth',
  widget: 'date',
  label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
  required: true,
  schema: { type: 'string', format: 'date' },
  valueType: 'string',
  autocomplete: 'bday',
  datePrecision: 'day',
};

const partial: FieldModel = {
  ...birthDate,
  path: 'father.dateOfBirth',
  key: 'father.dateOfBirth',
  hint: { vi: 'Nếu không nhớ ngày, chỉ ghi năm', en: 'If you do not know the day, give the year only' },
  datePrecision: 'partial',
  autocomplete: undefined,
};

function boxes(el: DvcDateField): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll('input')];
}

describe('dvc-date-field', () => {
  it('is accessible, with and without an error', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${birthDate}></dvc-date-field>`);
    await expect(el).to.be.accessible();
    el.error = 'Ngày sinh phải là một ngày có thật';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a fieldset with the label as legend and day, month, year boxes in that order', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${birthDate} lang="vi"></dvc-date-field>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Ngày, tháng, năm sinh');
    const labels = boxes(el).map((input) => el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent);
    expect(labels).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    for (const input of boxes(el)) {
      expect(input.inputMode).to.equal('numeric');
      expect(input.type).to.equal('text');
    }
    expect(boxes(el).map((input) => input.name)).to.deep.equal([
      'mother.dateOfBirth-day',
      'mother.dateOfBirth-month',
      'mother.dateOfBirth-year',
    ]);
    expect(boxes(el).map((input) => input.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Ví dụ: 27 3 2007',
    );
  });

  it('uses the partial-date hint, or the definition hint, and no autofill for other dates', async () => {
    const el = await fixture<DvcDateField>(
      html`<dvc-date-field .field=${{ ...partial, hint: undefined }} lang="en"></dvc-date-field>`,
    );
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.equal(
      'For example, 27 3 1990, or only the year 1990',
    );
    expect(boxes(el).every((input) => !input.hasAttribute('autocomplete'))).to.equal(true);
    el.field = partial;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.equal(
      'If you do not know the day, give the year only',
    );
  });

  it('marks the whole group when there is an error', async () => {
    const el = await fixture<DvcDateField>(
      html`<dvc-date-field
        .field=${birthDate}
        lang="en"
        .error=${'Date of birth must be a real date'}
      ></dvc-date-field>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    const described = fieldset
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => fieldset.querySelector(`#${id}`)!.textContent);
    expect(described).to.deep.equal(['For example, 27 3 2007', 'Error: Date of birth must be a real date']);
    expect(boxes(el).map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
  });

  it('composes ISO strings from the boxes without correcting them', () => {
    const full = (day: string, month: string, year: string) => composeDate({ day, month, year }, 'day');
    const part = (day: string, month: string, year: string) => composeDate({ day, month, year }, 'partial');
    expect(full('', '', '')).to.equal(undefined);
    expect(full(' ', '', ' ')).to.equal(undefined);
    expect(full('3', '5', '1990')).to.equal('1990-05-03');
    expect(full('03', '05', '1990')).to.equal('1990-05-03');
    expect(full('27', 'mar', '2007')).to.equal('2007-03-27');
    expect(full('45', '13', '2020')).to.equal('2020-13-45');
    expect(full('1', '1', '20x0')).to.equal('20x0-01-01');
    expect(full('', '', '1990')).to.equal('1990--');
    expect(full('3', '', '1990')).to.equal('1990--03');
    expect(full('3', '5', '90')).to.equal('90-05-03');
    expect(part('', '', '1990')).to.equal('1990');
    expect(part('', '5', '1990')).to.equal('1990-05');
    expect(part('3', '5', '1990')).to.equal('1990-05-03');
    expect(part('3', '', '1990')).to.equal('1990--03');
    expect(part('', '5', '')).to.equal('-05');
    expect(part('', '', '')).to.equal(undefined);
  });

  it('reads months as numbers, English names and Vietnamese "tháng"', () => {
    const cases: Record<string, string> = {
      '3': '03',
      '03': '03',
      '12': '12',
      mar: '03',
      MAR: '03',
      March: '03',
      'Sept.': '09',
      september: '09',
      'tháng 3': '03',
      'Tháng 11': '11',
      'thg 7': '07',
      ma: 'ma',
      marz: 'marz',
      '13': '13',
    };
    for (const [typed, month] of Object.entries(cases)) expect(normalizeMonth(typed), typed).to.equal(month);
  });

  it('splits a stored value back into boxes', () => {
    expect(splitDate('1990-05-03')).to.deep.equal({ day: '03', month: '05', year: '1990' });
    expect(splitDate('1990-05')).to.deep.equal({ day: '', month: '05', year: '1990' });
    expect(splitDate('1990')).to.deep.equal({ day: '', month: '', year: '1990' });
    expect(splitDate(undefined)).to.deep.equal({ day: '', month: '', year: '' });
  });

  it('keeps typed text, emits input per key and one change when focus leaves the date', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${birthDate}></dvc-date-field>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push(`change:${String(el.value)}`));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mar' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1990' });
    expect(seen.includes('change:1990-03-03')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('1990-03-03');
    expect(boxes(el).map((input) => input.value)).to.deep.equal(['3', 'Mar', '1990']);
    expect(seen.filter((s) => s === 'input')).to.have.length(8);
    expect(seen.filter((s) => s.startsWith('change'))).to.deep.equal(['change:1990-03-03']);
  });

  it('never moves focus by itself', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${birthDate}></dvc-date-field>`);
    el.focus();
    await sendKeys({ type: '27' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
  });

  it('stores a partial date and clears to undefined when all boxes are emptied', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${partial}></dvc-date-field>`);
    boxes(el)[2]!.focus();
    await sendKeys({ type: '1990' });
    expect(el.value).to.equal('1990');
    boxes(el)[1]!.focus();
    await sendKeys({ type: '5' });
    expect(el.value).to.equal('1990-05');
    await sendKeys({ press: 'Backspace' });
    boxes(el)[2]!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal(undefined);
  });

  it('shows a restored value and re-syncs only when the value changes from outside', async () => {
    const el = await fixture<DvcDateField>(
      html`<dvc-date-field .field=${birthDate} .value=${'2007-03-27'}></dvc-date-field>`,
    );
    expect(boxes(el).map((input) => input.value)).to.deep.equal(['27', '03', '2007']);
    boxes(el)[1]!.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'april' });
    expect(el.value).to.equal('2007-04-27');
    expect(boxes(el)[1]!.value).to.equal('april');
    el.value = '1990-12-01';
    await el.updateComplete;
    expect(boxes(el).map((input) => input.value)).to.deep.equal(['01', '12', '1990']);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<dvc-date-field .field=${partial} .error=${'Năm sinh phải có 4 chữ số'}></dvc-date-field>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps boxes as typed when the form hands back the same value in NFC', async () => {
    const el = await fixture<DvcDateField>(html`<dvc-date-field .field=${birthDate}></dvc-date-field>`);
    const typedMonth = 'thág'.normalize('NFD');
    boxes(el)[1]!.value = typedMonth;
    boxes(el)[1]!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(el.value).to.equal(`-${typedMonth}-`);
    el.value = (el.value as string).normalize('NFC');
    await el.updateComplete;
    expect(boxes(el)[1]!.value).to.equal(typedMonth);
  });
});
