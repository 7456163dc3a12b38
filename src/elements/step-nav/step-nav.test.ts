import { expect, fixture, html } from '@open-wc/testing';
import './step-nav.js';
import { DvcStepSelectedEvent } from './step-nav.js';

const steps = [
  { id: 'requester', title: 'Người đi khai' },
  { id: 'child', title: 'Thông tin của trẻ' },
  { id: 'mother', title: 'Thông tin người mẹ' },
  { id: 'father', title: 'Thông tin người cha' },
  { id: 'documents', title: 'Giấy tờ kèm theo' },
  { id: 'check', title: 'Kiểm tra thông tin' },
];

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function render(current: number, reachable: number, lang: 'vi' | 'en' = 'vi', width = '60rem') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}">
      <dvc-step-nav .steps=${steps} .current=${current} .reachable=${reachable} lang=${lang}></dvc-step-nav>
    </div>`,
  );
  const el = wrapper.querySelector('dvc-step-nav')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('dvc-step-nav', () => {
  it('is accessible at the start, in the middle, and after going back', async () => {
    for (const [current, reachable] of [
      [0, 0],
      [2, 2],
      [1, 4],
    ]) {
      const { el } = await render(current, reachable);
      await expect(el).to.be.accessible();
    }
  });

  it('is a labelled navigation region that says which step of how many this is', async () => {
    const { el } = await render(1, 1);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Các bước');
    expect(nav.querySelector('.count')!.textContent).to.equal('Bước 2/6');
    const english = await render(1, 1, 'en');
    expect(english.el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Steps');
    expect(english.el.shadowRoot!.querySelector('.count')!.textContent).to.equal('Step 2 of 6');
  });

  it('makes reached steps buttons, marks the current one and says which are completed', async () => {
    const { el } = await render(1, 3);
    const items = Array.from(el.shadowRoot!.querySelectorAll('ol > li'));
    expect(items).to.have.length(6);
    // Step 1 done, step 2 current (revisited), steps 3 and 4 reached, 5 and 6 not yet.
    expect(items.map((li) => li.querySelector('button') !== null)).to.deep.equal([
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null, null]);
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    expect(items.map((li) => squash(li.textContent))).to.deep.equal([
      '1.Người đi khai, đã xong',
      '2.Thông tin của trẻ',
      '3.Thông tin người mẹ, đã xong',
      '4.Thông tin người cha',
      '5.Giấy tờ kèm theo',
      '6.Kiểm tra thông tin',
    ]);
    const hidden = items[0].querySelector('.visually-hidden')!;
    expect(getComputedStyle(hidden).position).to.equal('absolute');
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      expect(button.type).to.equal('button');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('reports the chosen step with dvc-step-selected, bubbling out of the shadow root', async () => {
    const { wrapper, el } = await render(3, 3);
    const chosen: number[] = [];
    wrapper.addEventListener('dvc-step-selected', (event) => {
      expect(event).to.be.instanceOf(DvcStepSelectedEvent);
      chosen.push(event.index);
    });
    const buttons = el.shadowRoot!.querySelectorAll('button');
    buttons[1].click();
    buttons[0].click();
    expect(chosen).to.deep.equal([1, 0]);
  });

  it('shows only "Bước x/y" and the current title at 320 px, without overflowing', async () => {
    const { wrapper, el } = await render(2, 2, 'vi', '320px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).display).to.equal('none');
    const title = el.shadowRoot!.querySelector<HTMLElement>('.current-title')!;
    expect(title.textContent).to.equal('Thông tin người mẹ');
    expect(title.offsetHeight).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.count')!.offsetHeight).to.be.greaterThan(0);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('shows the whole list, and not the duplicate title, when there is room', async () => {
    const { el } = await render(2, 2);
    expect(getComputedStyle(el.shadowRoot!.querySelector('ol')!).display).to.not.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.current-title')!).display).to.equal('none');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
