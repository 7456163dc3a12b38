import { expect, fixture, html } from '@open-wc/testing';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { deepActiveElement, deepQuery, deepQueryAll, deepText, until } from '../../../test/browser/deep.js';
import type { DvcFieldElement } from '../shared/field-element.js';
import './form.js';
import type { DvcForm } from './form.js';
import type { DvcCompleteEvent } from './form-events.js';

const URL_ = '/forms/birth-registration/definition.json';
const definition: ProcedureDefinition = await (await fetch(URL_)).json();
const example = (await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json()).data;

async function openForm(value: Record<string, unknown> = {}, lang = 'vi'): Promise<DvcForm> {
  const el = await fixture<DvcForm>(html`<dvc-form procedure=${URL_} lang=${lang} .value=${value}></dvc-form>`);
  await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the first step');
  await el.updateComplete;
  return el;
}

const heading = (el: DvcForm) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const button = (el: DvcForm, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const field = (el: DvcForm, path: string) =>
  deepQueryAll<DvcFieldElement>(el.shadowRoot!, '*').find((node) => (node as DvcFieldElement).field?.path === path);

async function continueTo(el: DvcForm, title: string): Promise<void> {
  for (let i = 0; i < 10 && heading(el) !== title; i++) {
    button(el, el.lang === 'vi' ? 'Tiếp tục' : 'Continue').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
  expect(heading(el)).to.equal(title);
}

describe('dvc-form', () => {
  it('is accessible on its first step, before and after a failed Continue', async () => {
    const el = await openForm();
    await expect(el).to.be.accessible();
    button(el, 'Tiếp tục').click();
    await until(() => Boolean(deepQuery(el.shadowRoot!, '[role=alert] a')), 'the error summary');
    await expect(el).to.be.accessible();
  });

  it('renders the first step from the definition, in Vietnamese then English', async () => {
    const el = await openForm();
    expect(heading(el)).to.equal(definition.steps[0].title.vi);
    expect(deepText(el.shadowRoot!)).to.contain(definition.ui.birthCase.label.vi);
    el.lang = 'en';
    await el.updateComplete;
    expect(heading(el)).to.equal(definition.steps[0].title.en);
    expect(deepText(el.shadowRoot!)).to.contain(definition.ui.birthCase.label.en);
    expect(button(el, 'Continue')).to.exist;
  });

  it('shows no error on an untouched field, and an error summary with links on Continue', async () => {
    const el = await openForm();
    expect(deepQueryAll(el.shadowRoot!, '.error')).to.have.length(0);
    button(el, 'Tiếp tục').click();
    await until(() => deepQueryAll(el.shadowRoot!, '[role=alert] a').length > 0, 'error links');
    const links = deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, '[role=alert] a');
    expect(links.map((a) => a.textContent!.trim())).to.include(
      `Chọn ${definition.ui.birthCase.label.vi.charAt(0).toLowerCase()}${definition.ui.birthCase.label.vi.slice(1)}`,
    );
    expect(
      deepActiveElement()?.closest?.('dvc-error-summary') ??
        deepQuery(el.shadowRoot!, 'dvc-error-summary')!.shadowRoot!.contains(deepActiveElement()),
    ).to.be.ok;
    expect(heading(el)).to.equal(definition.steps[0].title.vi, 'the person stays on the step');
    const link = links.find((a) => a.textContent!.includes(definition.ui.birthCase.label.vi.slice(1)))!;
    link.click();
    await until(
      () => (deepActiveElement() as HTMLInputElement | null)?.name === 'birthCase',
      'focus on the birth case radios',
    );
  });

  it('drops the father step when the parentage case says the father is unknown', async () => {
    const el = await openForm({ ...example });
    const titles = () =>
      deepQueryAll(el.shadowRoot!, 'dvc-step-nav')
        .map((nav) => deepText(nav.shadowRoot!))
        .join(' ');
    expect(titles()).to.contain(definition.steps.find((s) => s.id === 'father')!.title.vi);
    el.value = { ...example, birthCase: 'fatherUnknown' };
    await el.updateComplete;
    expect(titles()).not.to.contain(definition.steps.find((s) => s.id === 'father')!.title.vi);
  });

  it('applies what a person types to its value, NFC-normalized, with a dvc-change event', async () => {
    const el = await openForm({ ...example });
    await continueTo(el, definition.steps.find((s) => s.id === 'child')!.title.vi);
    const name = field(el, 'child.fullName')!;
    const input = name.shadowRoot!.querySelector('input')!;
    const events: string[] = [];
    el.addEventListener('dvc-change', (event) => events.push(event.path));
    input.value = 'Trần Thị Hương'.normalize('NFD');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect((el.value.child as Record<string, unknown>).fullName).to.equal('Trần Thị Hương'.normalize('NFC'));
    expect(events).to.deep.equal(['child.fullName']);
  });

  it('shows the error of a field left by pressing another control only once that press is over', async () => {
    const el = await openForm({ ...example });
    await continueTo(el, definition.steps.find((s) => s.id === 'child')!.title.vi);
    const name = field(el, 'child.fullName')!;
    const input = name.shadowRoot!.querySelector('input')!;
    const errors = () => deepQueryAll(name.shadowRoot!, '.error').filter((node) => node.textContent!.trim()).length;
    // The person empties the name, then presses the next control: the name reports its change during the press.
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const next = field(el, 'child.sex')!.shadowRoot!.querySelector('input')!;
    next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(errors(), 'nothing moves while the button is down').to.equal(0);
    dispatchEvent(new PointerEvent('pointerup'));
    await until(() => errors() === 1, 'the error once the press is over');
    // Without a press (Tab out of the field) the error shows at once: the other tests of this file.
  });

  it('walks to check your answers, changes an answer there and comes back; the declaration is never pre-ticked', async () => {
    const el = await openForm({ ...example, declaration: undefined });
    await continueTo(el, 'Kiểm tra thông tin trước khi nộp');
    const summary = deepText(deepQuery(el.shadowRoot!, 'dvc-check-answers')!.shadowRoot!);
    expect(summary).to.contain(example.child.fullName);
    expect(summary).to.contain('Nam').and.to.contain('Kinh');
    const checkbox = deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[type=checkbox]')!;
    expect(checkbox.checked).to.equal(false);
    const completed: DvcCompleteEvent[] = [];
    el.addEventListener('dvc-complete', (event) => completed.push(event));
    button(el, 'Đồng ý và nộp').click();
    await until(() => deepQueryAll(el.shadowRoot!, '[role=alert] a').length === 1, 'the declaration error');
    expect(completed).to.have.length(0);
    const change = deepQuery(el.shadowRoot!, 'dvc-check-answers')!.shadowRoot!.querySelector('button')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Sửa /);
    change.click();
    await until(() => heading(el) === definition.steps[0].title.vi, 'the first step');
    await continueTo(el, 'Kiểm tra thông tin trước khi nộp');
    deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(el.value.declaration).to.equal(true);
    button(el, 'Đồng ý và nộp').click();
    await until(() => completed.length === 1, 'dvc-complete');
    expect(completed[0].procedureId).to.equal('birth-registration');
    expect(completed[0].data.declaration).to.equal(true);
    expect(heading(el)).to.equal('Bạn đã khai xong');
  });

  it('refuses a broken definition with a message naming the place and rule, and never renders definition text as HTML', async () => {
    const broken = structuredClone(definition) as unknown as Record<string, unknown>;
    delete (broken.title as Record<string, string>).en;
    const bad = await fixture<DvcForm>(html`<dvc-form .procedure=${broken}></dvc-form>`);
    await until(() => Boolean(bad.shadowRoot!.querySelector('[role=alert]')), 'the load error');
    expect(bad.shadowRoot!.querySelector('pre')!.textContent).to.contain('/title').and.contain('required');

    const unknown = { ...structuredClone(definition), id: 'not-compiled' };
    const missing = await fixture<DvcForm>(html`<dvc-form .procedure=${unknown}></dvc-form>`);
    await until(() => Boolean(missing.shadowRoot!.querySelector('[role=alert]')), 'the load error');
    expect(missing.shadowRoot!.querySelector('pre')!.textContent).to.contain(
      `no validator was compiled for not-compiled@${definition.version}`,
    );

    const hostile = structuredClone(definition);
    hostile.ui.birthCase.label.vi = '<img src=x id=injected>';
    const el = await fixture<DvcForm>(html`<dvc-form .procedure=${hostile}></dvc-form>`);
    await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the first step');
    expect(deepText(el.shadowRoot!)).to.contain('<img src=x id=injected>');
    expect(deepQuery(el.shadowRoot!, '#injected')).to.equal(undefined);
  });
});
