import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './update-banner.js';
import type { DvcUpdateBanner } from './update-banner.js';

function buttons(el: DvcUpdateBanner): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll('button')];
}

function status(el: DvcUpdateBanner): HTMLElement {
  return el.shadowRoot!.querySelector('[role="status"]')!;
}

describe('dvc-update-banner', () => {
  it('is accessible closed, open, and open with an error', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner></dvc-update-banner>`);
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.error = 'Chưa lưu được bản nháp trên máy này nên chưa thể cập nhật.';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says nothing and offers nothing while closed, but keeps its status region in the page', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner></dvc-update-banner>`);
    expect(buttons(el)).to.have.length(0);
    expect(status(el).textContent!.trim()).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.open = true;
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('Đã có phiên bản mới của ứng dụng.');
  });

  it('offers "Cập nhật" and "Để sau" in Vietnamese and "Update" and "Later" in English', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner open></dvc-update-banner>`);
    expect(buttons(el).map((button) => button.textContent!.trim())).to.deep.equal(['Cập nhật', 'Để sau']);
    el.lang = 'en';
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('A new version of the app is available.');
    expect(buttons(el).map((button) => button.textContent!.trim())).to.deep.equal(['Update', 'Later']);
  });

  it('asks the page to update, from the keyboard, and stays open until the page has done so', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner open></dvc-update-banner>`);
    const [accept] = buttons(el);
    accept.focus();
    const accepted = oneEvent(document, 'dvc-update-accepted');
    await sendKeys({ press: 'Enter' });
    const event = await accepted;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(buttons(el)).to.have.length(2);
  });

  it('closes on "Để sau", reached with Tab, and says so to the page', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner open></dvc-update-banner>`);
    buttons(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal('Để sau');
    const dismissed = oneEvent(document, 'dvc-update-dismissed');
    await sendKeys({ press: 'Space' });
    const event = await dismissed;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(buttons(el)).to.have.length(0);
  });

  it('shows why an update did not go ahead in an alert, and forgets it once dismissed', async () => {
    const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner open lang="en"></dvc-update-banner>`);
    el.error = 'Your draft could not be saved on this device, so the app was not updated.';
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal(el.error);
    buttons(el)[1].click();
    await el.updateComplete;
    expect(el.error).to.equal('');
    el.open = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
  });

  it('fits a 320 px wide screen, with buttons at least 24 px square', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<DvcUpdateBanner>(html`<dvc-update-banner open></dvc-update-banner>`);
      el.error = 'Chưa lưu được bản nháp trên máy này nên chưa thể cập nhật. Thông tin bạn đã nhập vẫn còn trên trang.';
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const button of buttons(el)) {
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        expect(box.right).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
