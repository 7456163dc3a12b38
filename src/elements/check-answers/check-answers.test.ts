import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type Axe from 'axe-core';
import './check-answers.js';
import { DvcChangeRequestedEvent, type CheckAnswersSection, type DvcCheckAnswers } from './check-answers.js';

const sections: CheckAnswersSection[] = [
  {
    stepIndex: 1,
    title: 'Thông tin của trẻ',
    rows: [
      { path: 'child.fullName', label: 'Họ, chữ đệm, tên', value: 'Nguyễn Minh Khang' },
      { path: 'child.birthPlace', label: 'Nơi sinh', value: 'Bệnh viện Phụ sản Hà Nội\nPhường Láng, Thành phố Hà Nội' },
    ],
  },
  {
    stepIndex: 3,
    title: 'Thông tin người cha',
    rows: [{ path: 'father.email', label: 'Thư điện tử', value: '' }],
  },
];

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

describe('dvc-check-answers', () => {
  it('is accessible in both languages', async () => {
    const el = await fixture<DvcCheckAnswers>(html`<dvc-check-answers .sections=${sections}></dvc-check-answers>`);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a heading per step and a description list of labels and answers', async () => {
    const el = await fixture<DvcCheckAnswers>(html`<dvc-check-answers .sections=${sections}></dvc-check-answers>`);
    expect(Array.from(el.shadowRoot!.querySelectorAll('h2')).map((h) => h.textContent)).to.deep.equal([
      'Thông tin của trẻ',
      'Thông tin người cha',
    ]);
    const lists = el.shadowRoot!.querySelectorAll('dl');
    expect(lists).to.have.length(2);
    expect(Array.from(lists[0].querySelectorAll('dt')).map((dt) => dt.textContent)).to.deep.equal([
      'Họ, chữ đệm, tên',
      'Nơi sinh',
    ]);
    expect(lists[0].querySelector('dd')!.textContent).to.equal('Nguyễn Minh Khang');
  });

  it('says "not provided" for an empty answer, in the current language', async () => {
    const el = await fixture<DvcCheckAnswers>(html`<dvc-check-answers .sections=${sections}></dvc-check-answers>`);
    const empty = () => el.shadowRoot!.querySelectorAll('dl')[1].querySelector('dd')!.textContent;
    expect(empty()).to.equal('Không khai');
    el.lang = 'en';
    await el.updateComplete;
    expect(empty()).to.equal('Not provided');
  });

  it('names each Change button after its answer, with only the verb visible', async () => {
    const el = await fixture<DvcCheckAnswers>(html`<dvc-check-answers .sections=${sections}></dvc-check-answers>`);
    const buttons = () => Array.from(el.shadowRoot!.querySelectorAll('button'));
    expect(buttons().map(accessibleName)).to.deep.equal(['Sửa Họ, chữ đệm, tên', 'Sửa Nơi sinh', 'Sửa Thư điện tử']);
    expect(buttons().every((b) => b.type === 'button')).to.equal(true);
    // Only "Sửa" takes visible room: the rest is clipped to one pixel.
    const hidden = buttons()[0].querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(buttons()[0].getBoundingClientRect().height).to.be.at.least(44);
    el.lang = 'en';
    await el.updateComplete;
    expect(buttons().map(accessibleName)).to.deep.equal([
      'Change Họ, chữ đệm, tên',
      'Change Nơi sinh',
      'Change Thư điện tử',
    ]);
  });

  it('asks the form to go to the step of the answer with dvc-change-requested', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><dvc-check-answers .sections=${sections}></dvc-check-answers></div>`,
    );
    const el = wrapper.querySelector('dvc-check-answers')!;
    const requests: Array<{ stepIndex: number; path: string }> = [];
    wrapper.addEventListener('dvc-change-requested', (event) => {
      expect(event).to.be.instanceOf(DvcChangeRequestedEvent);
      requests.push({ stepIndex: event.stepIndex, path: event.path });
    });
    const buttons = el.shadowRoot!.querySelectorAll('button');
    buttons[1].click();
    buttons[2].click();
    expect(requests).to.deep.equal([
      { stepIndex: 1, path: 'child.birthPlace' },
      { stepIndex: 3, path: 'father.email' },
    ]);
  });

  it('keeps line breaks in answers', async () => {
    const el = await fixture<DvcCheckAnswers>(html`<dvc-check-answers .sections=${sections}></dvc-check-answers>`);
    const place = el.shadowRoot!.querySelectorAll('dd.value')[1] as HTMLElement;
    expect(getComputedStyle(place).whiteSpace).to.equal('pre-line');
    expect(place.textContent).to.equal('Bệnh viện Phụ sản Hà Nội\nPhường Láng, Thành phố Hà Nội');
    const oneLine = parseFloat(getComputedStyle(place).lineHeight);
    expect(place.getBoundingClientRect().height).to.be.at.least(oneLine * 2 - 1);
  });

  it('fits in 320 px, long unbroken answers included', async () => {
    const long: CheckAnswersSection[] = [
      {
        stepIndex: 0,
        title: 'Người đi khai',
        rows: [
          { path: 'requester.email', label: 'Thư điện tử', value: 'nguyenthihuongthuongxuyenvangnha@example.com.vn' },
          ...sections[0].rows,
        ],
      },
    ];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-check-answers .sections=${long}></dvc-check-answers>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-check-answers')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const node of el.shadowRoot!.querySelectorAll('dt, dd, button')) {
      expect(node.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
  });
});
