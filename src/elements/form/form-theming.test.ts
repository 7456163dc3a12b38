import { expect, fixture, html } from '@open-wc/testing';
import { deepQuery, deepQueryAll, until } from '../../../test/browser/deep.js';
import type { DvcFieldElement } from '../shared/field-element.js';
import './form.js';
import type { DvcForm } from './form.js';

// A portal's page may carry aggressive CSS; the form must look the same inside it, and change only through the
// theme's custom properties, ::part() and :state().
const URL_ = '/forms/birth-registration/definition.json';
const HOSTILE = `
  * { color: red !important; font: 10px/1 serif !important; letter-spacing: 5px !important;
      text-transform: uppercase !important; box-sizing: content-box !important; }
  button, input { all: unset; }
  label { display: none; }
  dvc-form::part(control invalid) { border-color: rgb(1, 2, 3); }
  dvc-form::part(button primary) { outline-color: rgb(4, 5, 6); }
`;
const namespaces: string[] = [];
let style: HTMLStyleElement;

before(() => {
  style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
});

after(() => {
  style.remove();
  for (const name of namespaces) indexedDB.deleteDatabase(`dvc-kit:${name}`);
});

async function open(): Promise<DvcForm> {
  const ns = `theming-test-${Date.now()}-${namespaces.length}`;
  namespaces.push(ns);
  const el = await fixture<DvcForm>(html`<dvc-form procedure=${URL_} namespace=${ns}></dvc-form>`);
  await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the form');
  // The requester's step: text boxes, a date, radios.
  (el as unknown as { stepIndex: number }).stepIndex = 1;
  await el.updateComplete;
  return el;
}

function field(el: DvcForm, path: string): DvcFieldElement {
  return deepQueryAll<DvcFieldElement>(el.shadowRoot!, '*').find((node) => node.field?.path === path)!;
}

function primaryButton(el: DvcForm): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
}

describe('dvc-form theming and host isolation', () => {
  it('keeps its colours, fonts and visible labels under hostile host CSS', async () => {
    const el = await open();
    await expect(el).to.be.accessible();
    const name = field(el, 'requester.fullName');
    const label = name.shadowRoot!.querySelector('label')!;
    const input = name.shadowRoot!.querySelector('input')!;
    for (const node of [label, input, primaryButton(el)]) {
      const computed = getComputedStyle(node);
      expect(computed.fontFamily, 'font family').to.contain('system-ui');
      expect(computed.fontSize, 'font size').to.equal('19px');
      expect(computed.letterSpacing, 'letter spacing').to.equal('normal');
      expect(computed.textTransform, 'text transform').to.equal('none');
      expect(computed.display, 'display').not.to.equal('none');
    }
    expect(getComputedStyle(label).color).to.equal('rgb(11, 12, 12)');
    expect(getComputedStyle(input).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(primaryButton(el)).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(primaryButton(el)).backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(label.getBoundingClientRect().height).to.be.above(0);
    // The host itself: the page's `* { … !important }` lost to the pinned :host declarations.
    expect(getComputedStyle(el).color).to.equal('rgb(11, 12, 12)');
  });

  it('takes its theme from --dvc-* custom properties and ::part()', async () => {
    const el = await open();
    el.style.setProperty('--dvc-color-primary', 'rgb(10, 20, 30)');
    el.style.setProperty('--dvc-color-text', 'rgb(40, 50, 60)');
    await el.updateComplete;
    expect(getComputedStyle(primaryButton(el)).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(primaryButton(el)).outlineColor).to.equal('rgb(4, 5, 6)');
    const label = field(el, 'requester.fullName').shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label).color, 'a derived token follows its base').to.equal('rgb(40, 50, 60)');
  });

  it('exposes invalid controls as parts and the error summary as :state(invalid)', async () => {
    const el = await open();
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.matches(':state(invalid)')).to.equal(false);
    primaryButton(el).click();
    await until(() => el.matches(':state(invalid)'), ':state(invalid)');
    const input = field(el, 'requester.fullName').shadowRoot!.querySelector('input')!;
    await until(() => input.getAttribute('part') === 'control invalid', 'the invalid part');
    expect(getComputedStyle(input).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(deepQuery(el.shadowRoot!, '[part~="error"][part~="invalid"]')).to.exist;
  });

  it('shows :state(saving) then :state(saved) after a change, and :state(offline) when offline', async () => {
    const el = await open();
    const input = field(el, 'requester.fullName').shadowRoot!.querySelector('input')!;
    input.value = 'Nguyễn Văn An';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => el.matches(':state(saved)'), ':state(saved)');
    expect(el.matches(':state(saving)')).to.equal(false);
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      dispatchEvent(new Event('offline'));
      expect(el.matches(':state(offline)')).to.equal(true);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', online);
      dispatchEvent(new Event('online'));
    }
    expect(el.matches(':state(offline)')).to.equal(false);
  });
});
