import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { overrideMessages, t } from '../../i18n/index.js';
import { vi } from '../../i18n/vi.js';
import { deepActiveElement, deepQuery, deepQueryAll, deepText, until } from '../../../test/browser/deep.js';
import type { DvcFieldElement } from '../shared/field-element.js';
import './form.js';
import type { DvcForm } from './form.js';

const URL_ = '/forms/birth-registration/definition.json';
const definition: ProcedureDefinition = await (await fetch(URL_)).json();
const example = (await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json()).data;
const title = (id: string) => definition.steps.find((step) => step.id === id)!.title.vi;
const namespaces: string[] = [];
const ns = () => {
  namespaces.push(`form-config-${Date.now()}-${namespaces.length}`);
  return namespaces.at(-1)!;
};

after(() => {
  for (const name of namespaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

const heading = (el: DvcForm) => el.shadowRoot!.querySelector('h2')?.textContent!.trim();
const button = (el: DvcForm, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const navSteps = (el: DvcForm) => el.stepList().map((index) => definition.steps[index].id);
async function settle(el: DvcForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function open(template: ReturnType<typeof html>): Promise<DvcForm> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'dvc-form' ? (host as DvcForm) : host.querySelector('dvc-form')!;
  await until(() => Boolean(el.shadowRoot!.querySelector('h2, .load-error')), 'the form');
  await settle(el);
  return el;
}

describe('dvc-form configuration: steps', () => {
  it('shows only the listed steps, and check-your-answers still lists every answer with its Change link', async () => {
    // The portal knows everything but the child: it shows the child step only.
    const known = { ...example, child: undefined };
    const el = await open(
      html`<dvc-form procedure=${URL_} namespace=${ns()} steps="child" .prefill=${known}></dvc-form>`,
    );
    await expect(el).to.be.accessible();
    expect(heading(el)).to.equal(title('child'));
    expect(navSteps(el)).to.deep.equal(['child']);
    expect(el.steps).to.deep.equal(['child']);

    el.value = { ...el.value, child: example.child };
    await settle(el);
    button(el, 'Tiếp tục').click();
    await until(() => heading(el) === vi.checkAnswersTitle, 'check-your-answers');
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain(title('requester')).and.to.contain(example.requester.fullName);
    expect(text).to.contain(title('mother')).and.to.contain(example.mother.fullName);
    await expect(el).to.be.accessible();

    // "Change" on a hidden step's answer opens that step; it then stays in the navigation.
    const checkAnswers = el.shadowRoot!.querySelector('dvc-check-answers')!;
    const change = [...checkAnswers.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes(definition.ui['mother.fullName'].label.vi),
    )!;
    change.click();
    await until(() => heading(el) === title('mother'), 'the mother step');
    expect(navSteps(el)).to.deep.equal(['child', 'mother']);
  });

  it('opens a hidden step that still needs an answer when the person reaches check-your-answers', async () => {
    const rest = { ...example, mother: undefined };
    const el = await open(html`<dvc-form procedure=${URL_} namespace=${ns()} steps="child" .value=${rest}></dvc-form>`);
    button(el, 'Tiếp tục').click();
    await until(() => heading(el) === title('mother'), 'the mother step, opened');
    expect(navSteps(el)).to.deep.equal(['child', 'mother']);
    const summary = deepQuery(el.shadowRoot!, 'dvc-error-summary');
    expect(deepQueryAll(summary!.shadowRoot!, 'a').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('dvc-error-summary');
    await expect(el).to.be.accessible();
  });

  it('follows a runtime change of the property and the attribute', async () => {
    const el = await open(html`<dvc-form procedure=${URL_} namespace=${ns()} .value=${example}></dvc-form>`);
    expect(navSteps(el)).to.have.length(definition.steps.length);
    el.steps = ['mother', 'father'];
    await settle(el);
    expect(heading(el)).to.equal(title('mother'));
    el.setAttribute('steps', 'father,  documents');
    await settle(el);
    expect(el.steps).to.deep.equal(['father', 'documents']);
    expect(heading(el)).to.equal(title('father'));
    el.removeAttribute('steps');
    await settle(el);
    expect(navSteps(el)).to.have.length(definition.steps.length);
  });

  it('names an unknown step id, and the ids there are, in place of the form', async () => {
    const el = await open(html`<dvc-form procedure=${URL_} namespace=${ns()} steps="child chidl"></dvc-form>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('chidl');
    expect(alert.textContent).to.contain(definition.steps.map((step) => step.id).join(', '));
    await expect(el).to.be.accessible();
    el.steps = ['child'];
    await settle(el);
    expect(heading(el)).to.equal(title('child'));
  });
});

describe('dvc-form configuration: form association', () => {
  const hostForm = (name = 'application', disabled = false) =>
    html`<form>
      <fieldset ?disabled=${disabled}>
        <legend>Portal</legend>
        <dvc-form name=${name} procedure=${URL_} namespace=${ns()} drafts="off"></dvc-form>
      </fieldset>
      <button>Send</button>
    </form>`;

  it('gives the host form its answers as JSON and blocks its submission until they are complete', async () => {
    const el = await open(hostForm());
    const form = el.closest('form')!;
    const submitted: Event[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(event);
    });
    expect(JSON.parse(new FormData(form).get('application') as string)).to.deep.equal({});
    expect(form.checkValidity()).to.equal(false);
    expect((el as unknown as { internals: ElementInternals }).internals.validationMessage).to.equal(vi.formIncomplete);
    form.requestSubmit();
    expect(submitted).to.have.length(0);

    el.value = { ...example };
    await settle(el);
    expect(JSON.parse(new FormData(form).get('application') as string).child.fullName).to.equal(example.child.fullName);
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.have.length(1);

    // Resetting the host form leaves the answers (and the draft) alone: only the person deletes them.
    form.reset();
    await settle(el);
    expect(el.value.child).to.deep.equal(example.child);
  });

  it('speaks the language of the form in its validation message', async () => {
    const el = await open(hostForm());
    el.lang = 'en';
    await settle(el);
    await until(() => Boolean(heading(el)), 'English');
    expect((el as unknown as { internals: ElementInternals }).internals.validationMessage).to.equal(
      t('en', 'formIncomplete'),
    );
  });

  it('is made inert by a disabled host fieldset, and usable again when enabled', async () => {
    const el = await open(hostForm('application', true));
    expect(el.matches(':disabled')).to.equal(true);
    expect(el.inert).to.equal(true);
    const input = deepQuery<HTMLInputElement>(el.shadowRoot!, 'input')!;
    input.focus();
    expect(deepActiveElement()).not.to.equal(input);
    el.closest('fieldset')!.disabled = false;
    await settle(el);
    expect(el.inert).to.equal(false);
    input.focus();
    expect(deepActiveElement()).to.equal(input);
  });

  it('does not submit the host form when Enter is pressed in one of its fields', async () => {
    const el = await open(hostForm());
    el.value = { ...example };
    await settle(el);
    const form = el.closest('form')!;
    const submitted: Event[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(event);
    });
    await el.goTo(definition.steps.findIndex((step) => step.id === 'child'));
    await settle(el);
    const input = deepQueryAll<DvcFieldElement>(el.shadowRoot!, '*')
      .find((node) => node.field?.path === 'child.fullName')!
      .shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Inputs in the shadow root have no form owner: no implicit submission, and no step change either.
    expect(submitted).to.have.length(0);
    expect(heading(el)).to.equal(title('child'));
    expect(input.value).to.equal(example.child.fullName);
  });
});

describe('dvc-form configuration: strings', () => {
  const file = (content: unknown) =>
    URL.createObjectURL(new Blob([JSON.stringify(content)], { type: 'application/json' }));

  it('takes plural objects for plural keys and refuses, naming the key, anything else', () => {
    overrideMessages('en', { comboboxResults: { one: '{count} match', other: '{count} matches' } });
    expect(t('en', 'comboboxResults', { count: 1 })).to.equal('1 match');
    expect(t('en', 'comboboxResults', { count: 3 })).to.equal('3 matches');
    const refused = (messages: object) => {
      try {
        overrideMessages('vi', messages as never);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(refused({ continue: { one: 'a', other: 'b' } })).to.contain('"continue"');
    expect(refused({ contniue: 'Tiếp' })).to.equal('Unknown string key "contniue"');
    expect(refused({ comboboxResults: { few: 'x', other: 'y' } })).to.contain('"comboboxResults"');
    expect(refused({ validation: { requiredTxt: 'x' } })).to.contain('"validation.requiredTxt"');
    // Refused whole: the good key of a refused set is not applied either.
    expect(refused({ back: 'Trở lại', nope: 'x' })).to.contain('"nope"');
    expect(t('vi', 'back')).to.equal(vi.back);
  });

  it('applies a strings file before the first render, UI and validation messages alike', async () => {
    const url = file({
      vi: { continue: 'Sang bước tiếp', validation: { requiredChoice: 'Vui lòng chọn {label}' } },
      en: { continue: 'Next step' },
    });
    const el = await open(html`<dvc-form procedure=${URL_} namespace=${ns()} strings=${url}></dvc-form>`);
    expect(button(el, 'Sang bước tiếp')).to.exist;
    button(el, 'Sang bước tiếp').click();
    await until(() => deepText(el.shadowRoot!).includes('Vui lòng chọn'), 'the overridden validation message');
    el.lang = 'en';
    await settle(el);
    await until(() => Boolean(button(el, 'Next step')), 'the English override');
    overrideMessages('vi', { continue: vi.continue, validation: { requiredChoice: 'Chọn {label}' } });
    overrideMessages('en', { continue: 'Continue' });
  });

  it('shows a refused strings file in place, and the form still works in its default wording', async () => {
    const url = file({ vi: { continue: 'Tiếp', cancel: 'Huỷ' } });
    const el = await open(html`<dvc-form procedure=${URL_} namespace=${ns()} strings=${url}></dvc-form>`);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain(url).and.to.contain('"cancel"');
    expect(button(el, vi.continue)).to.exist;
    expect(heading(el)).to.equal(title(definition.steps[0].id));
    await expect(el).to.be.accessible();
  });
});

describe('dvc-form configuration: pdf-preview', function () {
  this.timeout(90_000);

  it('offers the signed PDF without a preview when off, and with one when switched on', async () => {
    const el = await open(
      html`<dvc-form procedure=${URL_} namespace=${ns()} pdf-preview="off" .value=${example}></dvc-form>`,
    );
    await el.goTo(-1);
    await el.submit();
    await until(() => Boolean(button(el, 'Tạo và ký PDF')), 'the Create and sign PDF button');
    button(el, 'Tạo và ký PDF').click();
    await until(() => Boolean(el.shadowRoot!.querySelector('.pdf-download')), 'the download link', 60_000);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    el.pdfPreview = 'on';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('iframe.pdf-preview')).to.exist;
  });
});
