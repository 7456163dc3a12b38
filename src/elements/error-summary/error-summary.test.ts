import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './error-summary.js';
import { DvcFocusRequestEvent, type DvcErrorSummary } from './error-summary.js';

const errors = [
  { path: 'child.fullName', message: 'Nhập họ, chữ đệm, tên của trẻ' },
  { path: 'siblings[0].birthDate', message: 'Ngày sinh phải là ngày trong quá khứ' },
];

describe('dvc-error-summary', () => {
  it('is accessible in both languages', async () => {
    const el = await fixture<DvcErrorSummary>(html`<dvc-error-summary .errors=${errors}></dvc-error-summary>`);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders nothing while there are no errors', async () => {
    const el = await fixture<DvcErrorSummary>(html`<dvc-error-summary></dvc-error-summary>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.errors = errors;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('puts the heading and the links inside an inner role="alert", never on the list or the container', async () => {
    const el = await fixture<DvcErrorSummary>(
      html`<dvc-error-summary .errors=${errors} lang="en"></dvc-error-summary>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(alert.tagName).to.equal('DIV');
    expect(alert.hasAttribute('tabindex')).to.equal(false);
    expect(alert.querySelector('h2')!.textContent).to.equal('There is a problem');
    const links = Array.from(alert.querySelectorAll('ul > li > a'));
    expect(links.map((a) => a.textContent)).to.deep.equal(errors.map((e) => e.message));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-child-fullName', '#f-siblings-0--birthDate']);
  });

  it('asks the form to focus the field instead of navigating, on click and on Enter', async () => {
    const el = await fixture<DvcErrorSummary>(html`<dvc-error-summary .errors=${errors}></dvc-error-summary>`);
    const requests: DvcFocusRequestEvent[] = [];
    // Listening on the document proves the event leaves the shadow root and bubbles.
    const listener = (event: DvcFocusRequestEvent) => requests.push(event);
    document.addEventListener('dvc-focus-request', listener);
    const hashBefore = location.hash;
    try {
      const [first, second] = el.shadowRoot!.querySelectorAll('a');
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      first.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);

      second.focus();
      await sendKeys({ press: 'Enter' });
      expect(requests.map((r) => r.path)).to.deep.equal(['child.fullName', 'siblings[0].birthDate']);
      expect(requests.every((r) => r instanceof DvcFocusRequestEvent && r.type === 'dvc-focus-request')).to.equal(true);
      expect(location.hash).to.equal(hashBefore);
    } finally {
      document.removeEventListener('dvc-focus-request', listener);
    }
  });

  it('focuses its container when asked, even right after its errors were set', async () => {
    const el = await fixture<DvcErrorSummary>(html`<dvc-error-summary></dvc-error-summary>`);
    el.errors = errors;
    el.focus();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const container = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(container?.getAttribute('part')).to.equal('summary');
    expect(container!.getAttribute('tabindex')).to.equal('-1');
    expect(container!.contains(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal(true);
  });

  it('fits in 320 px with a long message', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-error-summary
          .errors=${[{ path: 'email', message: 'Địa chỉ thư điện tử nguyenthihuongthuongxuyenvang@example.com không hợp lệ' }]}
        ></dvc-error-summary>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-error-summary')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
