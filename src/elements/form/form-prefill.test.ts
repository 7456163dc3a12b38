import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { DraftStore } from '../../storage/draft-store.js';
import { deepQuery, deepQueryAll, deepText, until } from '../../../test/browser/deep.js';
import type { DvcFieldElement } from '../shared/field-element.js';
import './form.js';
import type { DvcForm } from './form.js';
import type { DvcCompleteEvent } from './form-events.js';

const URL_ = '/forms/birth-registration/definition.json';
const definition: ProcedureDefinition = await (await fetch(URL_)).json();
const example = (await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json()).data;
const NOTE = 'Thông tin từ tài khoản định danh điện tử của bạn';
const stepOf = (id: string) => definition.steps.findIndex((step) => step.id === id);
let counter = 0;
const namespaces: string[] = [];

function namespace(): string {
  const name = `form-prefill-${Date.now()}-${counter++}`;
  namespaces.push(name);
  return name;
}

interface Options {
  ns?: string;
  draftId?: string;
  value?: Record<string, unknown>;
  prefill?: Record<string, unknown>;
  locked?: string;
}

async function open({ ns = namespace(), draftId = '', value = {}, prefill = {}, locked = '' }: Options) {
  const el = await fixture<DvcForm>(
    html`<dvc-form
      procedure=${URL_}
      namespace=${ns}
      draft-id=${draftId}
      locked=${locked}
      .value=${value}
      .prefill=${prefill}
    ></dvc-form>`,
  );
  await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the form');
  return el;
}

async function draftWith(ns: string, data: Record<string, unknown>, step: string): Promise<void> {
  const store = new DraftStore({ namespace: ns });
  await store.save({
    id: 'draft-1',
    procedureId: definition.id,
    procedureVersion: definition.version,
    patches: Object.entries(data).map(([path, value]) => ({ path, value })),
    step,
  });
  store.close();
}

async function stored(ns: string, id: string) {
  const store = new DraftStore({ namespace: ns });
  const draft = await store.get(id);
  store.close();
  return draft;
}

const fieldAt = (el: DvcForm, path: string) =>
  deepQueryAll<DvcFieldElement>(el.shadowRoot!, '*').find((node) => (node as DvcFieldElement).field?.path === path);

/** Waits for the fields of the current step, and the names of their reference data, to render. */
async function settled(el: DvcForm): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const node of deepQueryAll<DvcFieldElement>(el.shadowRoot!, '*')) await node.updateComplete;
  }
}

after(async () => {
  for (const name of namespaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

describe('dvc-form prefill', () => {
  it('fills only the empty fields of a resumed draft, saves them, and ignores paths that are not fields', async () => {
    const ns = namespace();
    await draftWith(ns, { requester: { fullName: 'Lê Văn Tâm' } }, 'requester');
    const el = await open({
      ns,
      draftId: 'draft-1',
      prefill: { requester: { fullName: 'Nguyễn Văn An', dateOfBirth: '1990-05-12', nickname: 'An' } },
    });
    await settled(el);
    expect(el.value.requester).to.deep.equal({ fullName: 'Lê Văn Tâm', dateOfBirth: '1990-05-12' });
    expect(fieldAt(el, 'requester.fullName')!.shadowRoot!.querySelector('input')!.value).to.equal('Lê Văn Tâm');
    expect(fieldAt(el, 'requester.fullName')!.tagName).to.equal('DVC-TEXT-FIELD', 'a prefill alone locks nothing');
    await el.saveNow();
    expect((await stored(ns, 'draft-1'))!.data.requester).to.deep.equal({
      fullName: 'Lê Văn Tâm',
      dateOfBirth: '1990-05-12',
    });
    await expect(el).to.be.accessible();
  });

  it('does not leave a draft behind for a prefilled form nobody touched, and saves the prefill with the first change', async () => {
    const ns = namespace();
    const el = await open({ ns, prefill: { 'requester.fullName': 'Nguyễn Văn An' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const store = new DraftStore({ namespace: ns });
    expect(await store.list()).to.have.length(0);
    let id = '';
    el.addEventListener('dvc-draft-saved', (event) => (id = event.draftId));
    deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[type=radio][value="onTime"]')!.click();
    await until(() => id !== '', 'the first save');
    expect((await store.get(id))!.data).to.deep.include({
      registrationType: 'onTime',
      requester: { fullName: 'Nguyễn Văn An' },
    });
    store.close();
  });

  it('fills what the portal learns after the form opened, and shows a prefilled value that fails a check with its error', async () => {
    const el = await open({});
    el.prefill = { requester: { fullName: 'Nguyễn Văn An', dateOfBirth: '2999-01-01' } };
    await el.goTo(stepOf('requester'));
    await settled(el);
    expect(el.value.requester).to.deep.equal({ fullName: 'Nguyễn Văn An', dateOfBirth: '2999-01-01' });
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Tiếp tục')!.click();
    await until(() => Boolean(deepQuery(el.shadowRoot!, '[role=alert] a')), 'the error summary');
    await settled(el);
    expect(deepText(fieldAt(el, 'requester.dateOfBirth')!.shadowRoot!)).to.contain('Lỗi');
    await expect(el).to.be.accessible();
  });
});

describe('dvc-form locked answers', () => {
  const identity = {
    requester: {
      fullName: 'Nguyễn Văn An',
      idDocument: { type: 'personalId', number: '001090012345' },
    },
  };

  it('shows locked answers read-only with a note, and keeps them against typing and scripted input', async () => {
    const el = await open({ prefill: identity, locked: 'requester.fullName requester.idDocument' });
    await el.goTo(stepOf('requester'));
    await settled(el);
    await expect(el).to.be.accessible();
    const name = fieldAt(el, 'requester.fullName')!;
    expect(name.tagName).to.equal('DVC-LOCKED-FIELD');
    const input = name.shadowRoot!.querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal('Nguyễn Văn An');
    expect(deepText(name.shadowRoot!)).to.contain(NOTE);
    const type = fieldAt(el, 'requester.idDocument.type')!;
    expect(type.tagName).to.equal('DVC-LOCKED-FIELD');
    expect(type.shadowRoot!.querySelector('input')!.value).to.equal(
      definition.ui['requester.idDocument.type'].options!.personalId.vi,
    );
    expect(fieldAt(el, 'requester.idDocument.issueDate')!.tagName).to.equal(
      'DVC-DATE-FIELD',
      'an answer the portal did not give stays open',
    );

    input.focus();
    await sendKeys({ type: 'Trần' });
    await sendKeys({ press: 'Backspace' });
    name.value = 'Trần Văn Bình';
    name.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settled(el);
    expect((el.value.requester as Record<string, unknown>).fullName).to.equal('Nguyễn Văn An');
    expect(fieldAt(el, 'requester.fullName')!.shadowRoot!.querySelector('input')!.value).to.equal('Nguyễn Văn An');
  });

  it('puts the locked value back over a draft that held another one, and saves it', async () => {
    const ns = namespace();
    await draftWith(ns, { requester: { fullName: 'Tên Khác', dateOfBirth: '1990-04-12' } }, 'requester');
    const el = await open({ ns, draftId: 'draft-1', prefill: identity, locked: 'requester.fullName' });
    await settled(el);
    expect(el.value.requester).to.deep.include({ fullName: 'Nguyễn Văn An', dateOfBirth: '1990-04-12' });
    expect(fieldAt(el, 'requester.fullName')!.shadowRoot!.querySelector('input')!.value).to.equal('Nguyễn Văn An');
    await el.saveNow();
    expect((await stored(ns, 'draft-1'))!.data.requester).to.deep.include({ fullName: 'Nguyễn Văn An' });
  });

  it('locks everything under an object path, with one note for a group locked as a whole', async () => {
    const el = await open({
      prefill: {
        requester: {
          fullName: 'Nguyễn Văn An',
          idDocument: { type: 'passport', documentNumber: 'C1234567' },
          residenceType: 'permanent',
          residence: { province: '01', commune: '00070', detail: '12 Hàng Bạc' },
        },
      },
      locked: 'requester',
    });
    await el.goTo(stepOf('requester'));
    await settled(el);
    await expect(el).to.be.accessible();
    const group = fieldAt(el, 'requester.residence')!;
    expect(group.tagName).to.equal('DVC-FIELDSET');
    expect(deepQueryAll(group.shadowRoot!, '.note').map((note) => note.textContent)).to.deep.equal([NOTE]);
    const province = fieldAt(el, 'requester.residence.province')!;
    expect(province.tagName).to.equal('DVC-LOCKED-FIELD');
    expect(province.shadowRoot!.querySelector('input')!.value).to.contain('Hà Nội');
    expect(deepQueryAll(group.shadowRoot!, 'button')).to.have.length(0);
    expect(fieldAt(el, 'requester.dateOfBirth')!.tagName).to.equal('DVC-DATE-FIELD');
  });

  it('lists locked answers on check your answers without a Change button, and submits them', async () => {
    const el = await open({
      value: { ...example, declaration: undefined },
      prefill: { requester: { fullName: 'Trần Văn Hưng' } },
      locked: 'requester.fullName',
    });
    await el.goTo(-1);
    await settled(el);
    await expect(el).to.be.accessible();
    const summary = deepQuery(el.shadowRoot!, 'dvc-check-answers')!.shadowRoot!;
    const rows = [...summary.querySelectorAll('.row')];
    const lockedRow = rows.find((row) => row.querySelector('.value')!.textContent === 'Trần Văn Hưng')!;
    expect(lockedRow, 'the locked answer is listed').to.exist;
    expect(lockedRow.querySelector('button')).to.equal(null);
    const child = rows.find((row) => row.querySelector('.value')!.textContent === example.child.fullName)!;
    expect(child.querySelector('button')).to.exist;

    const completed: DvcCompleteEvent[] = [];
    el.addEventListener('dvc-complete', (event) => completed.push(event));
    deepQuery<HTMLInputElement>(el.shadowRoot!, 'input[type=checkbox]')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Đồng ý và nộp')!.click();
    await until(() => completed.length === 1, 'dvc-complete');
    expect((completed[0].data.requester as Record<string, unknown>).fullName).to.equal('Trần Văn Hưng');
  });
});

describe('dvc-form same as', () => {
  const withResidences = {
    ...example,
    requester: {
      ...example.requester,
      idDocument: { type: 'passport', documentNumber: 'C1234567' },
      residenceType: 'permanent',
      residence: { province: '01', commune: '00070', detail: '12 Hàng Bạc' },
    },
    mother: { ...example.mother, idDocument: { type: 'passport', documentNumber: 'B7654321' } },
  };

  it('copies the requester’s residence into the mother’s once, announces it, and nothing flows back afterwards', async () => {
    const el = await open({ value: structuredClone(withResidences) });
    await el.goTo(stepOf('mother'));
    await settled(el);
    await expect(el).to.be.accessible();
    const group = fieldAt(el, 'mother.residence')!;
    const button = group.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Giống nơi cư trú của bạn');
    const changes: string[] = [];
    el.addEventListener('dvc-change', (event) => changes.push(event.path));
    button.click();
    await settled(el);
    const mother = () => (el.value.mother as Record<string, unknown>).residence;
    expect(mother()).to.deep.equal({ province: '01', commune: '00070', detail: '12 Hàng Bạc' });
    expect(changes).to.deep.equal(['mother.residence']);
    expect(group.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      'Đã điền giống nơi cư trú của bạn. Bạn vẫn có thể sửa từng mục.',
    );
    const detail = fieldAt(el, 'mother.residence.detail')!;
    expect(detail.shadowRoot!.querySelector('input')!.value).to.equal('12 Hàng Bạc');
    await expect(el).to.be.accessible();

    const input = detail.shadowRoot!.querySelector('input')!;
    input.value = '15 Hàng Bạc';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(el);
    expect(mother()).to.deep.include({ detail: '15 Hàng Bạc' });
    expect((el.value.requester as Record<string, unknown>).residence).to.deep.include({ detail: '12 Hàng Bạc' });
    el.value = {
      ...el.value,
      requester: { ...(el.value.requester as object), residence: { province: '01', commune: '00070', detail: '1' } },
    };
    await settled(el);
    expect(mother()).to.deep.include({ detail: '15 Hàng Bạc' });
  });
});
