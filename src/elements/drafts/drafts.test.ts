import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DraftStore } from '../../storage/draft-store.js';
import type { DraftChange } from '../../storage/types.js';
import './drafts.js';
import type { DvcDraftNewEvent, DvcDraftSelectedEvent, DvcDrafts } from './drafts.js';

const birthTitle = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };

let namespace = '';
const stores: DraftStore[] = [];

/** A store of its own for each test (the element opens another on the same database). */
function store(): DraftStore {
  const opened = new DraftStore({ namespace });
  stores.push(opened);
  return opened;
}

function change(id: string, overrides: Partial<DraftChange> = {}): DraftChange {
  return {
    id,
    procedureId: 'birth-registration',
    procedureVersion: '1.1.0',
    procedureTitle: birthTitle,
    patches: [],
    step: 'child',
    status: 'draft',
    progress: { done: 2, total: 6 },
    ...overrides,
  };
}

function named(fullName: string): DraftChange['patches'] {
  return [{ path: 'child.fullName', value: fullName }];
}

async function listed(procedure = 'birth-registration', lang = 'vi'): Promise<DvcDrafts> {
  const el = await fixture<DvcDrafts>(
    html`<dvc-drafts .procedure=${procedure} .namespace=${namespace} .lang=${lang as 'vi' | 'en'}></dvc-drafts>`,
  );
  await waitUntil(() => !el.shadowRoot!.textContent!.includes(lang === 'vi' ? 'Đang tải' : 'Loading'));
  return el;
}

function cards(el: DvcDrafts): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.draft')];
}

function button(card: HTMLElement, kind: string): HTMLButtonElement {
  return card.querySelector<HTMLButtonElement>(`button.${kind}`)!;
}

function spoken(node: Element): string {
  return node.textContent!.replace(/\s+/g, ' ').trim();
}

describe('dvc-drafts', () => {
  beforeEach(() => {
    namespace = 'test-drafts-' + crypto.randomUUID();
  });

  afterEach(async () => {
    fixtureCleanup();
    for (const opened of stores.splice(0)) opened.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('dvc-kit:' + namespace);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  });

  it('is accessible when empty, with drafts, and with the delete dialog open', async () => {
    let el = await listed();
    await expect(el).to.be.accessible();
    await store().save(change('d1', { patches: named('Nguyễn Văn An') }));
    el = await listed();
    await expect(el).to.be.accessible();
    button(cards(el)[0], 'delete').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
  });

  it('says there are no drafts, and offers to start one', async () => {
    const el = await listed();
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Chưa có bản nháp nào trên thiết bị này.');
    const started = oneEvent(el, 'dvc-draft-new') as unknown as Promise<DvcDraftNewEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.new')!.click();
    expect((await started).procedureId).to.equal('birth-registration');
  });

  it('lists the drafts of the procedure, newest first, with title, name, time, progress and status', async () => {
    const s = store();
    await s.save(
      change('older', { patches: named('Trần Thị Bình'), status: 'completed', progress: { done: 6, total: 6 } }),
    );
    await s.save(change('newer', { patches: named('Nguyễn Văn An') }));
    await s.save(change('other', { procedureId: 'death-registration', procedureTitle: undefined }));
    const el = await listed();
    const [first, second] = cards(el);
    expect(cards(el)).to.have.length(2);
    expect(spoken(first.querySelector('h3')!)).to.equal('Đăng ký khai sinh');
    expect(spoken(first.querySelector('.name')!)).to.equal('Nguyễn Văn An');
    expect(spoken(second.querySelector('.name')!)).to.equal('Trần Thị Bình');
    const stored = (await s.list('birth-registration'))[0];
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(new Date(stored.updatedAt).toISOString());
    const format = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeStyle: 'short' });
    expect(time.textContent).to.equal(format.format(stored.updatedAt));
    expect(spoken(first)).to.contain('Đã xong 2/6 bước').and.contain('Đang khai');
    expect(spoken(second)).to.contain('Đã xong 6/6 bước').and.contain('Đã khai xong');
    expect(spoken(button(first, 'continue'))).to.equal('Tiếp tục khai: Đăng ký khai sinh, Nguyễn Văn An');
    expect(spoken(button(first, 'delete'))).to.equal('Xóa: Đăng ký khai sinh, Nguyễn Văn An');
  });

  it('lists every procedure when none is given, by procedure id when a draft has no title, in English too', async () => {
    const s = store();
    await s.save(change('b1'));
    await s.save(change('d1', { procedureId: 'death-registration', procedureTitle: undefined }));
    const el = await listed('', 'en');
    expect(cards(el).map((card) => spoken(card.querySelector('h3')!))).to.deep.equal([
      'death-registration',
      'Birth registration',
    ]);
    expect(spoken(cards(el)[1]))
      .to.contain('2 of 6 steps done')
      .and.contain('In progress');
    // Without a procedure there is nothing specific to start.
    expect(el.shadowRoot!.querySelector('button.new')).to.equal(null);
  });

  it('shows a draft saved by another connection (another tab) without a reload', async () => {
    const el = await listed();
    expect(cards(el)).to.have.length(0);
    await store().save(change('from-elsewhere', { patches: named('Lê Minh Châu') }));
    await waitUntil(() => cards(el).length === 1, 'the new draft appears');
    expect(spoken(cards(el)[0].querySelector('.name')!)).to.equal('Lê Minh Châu');
  });

  it('follows another namespace or procedure when the properties change', async () => {
    const other = namespace + '-other';
    const otherStore = new DraftStore({ namespace: other });
    try {
      await store().save(change('here', { patches: named('Nguyễn Văn An') }));
      await otherStore.save(change('there', { patches: named('Phạm Thu Hà') }));
      await otherStore.save(change('death', { procedureId: 'death-registration', procedureTitle: undefined }));
      const el = await listed();
      expect(cards(el).map((card) => card.dataset.id)).to.deep.equal(['here']);
      el.namespace = other;
      await waitUntil(() => cards(el)[0]?.dataset.id === 'there', 'the other namespace is listed');
      expect(cards(el)).to.have.length(1);
      el.procedure = 'death-registration';
      await waitUntil(() => cards(el)[0]?.dataset.id === 'death', 'the other procedure is listed');
      expect(cards(el)).to.have.length(1);
    } finally {
      fixtureCleanup();
      otherStore.close();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('dvc-kit:' + other);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    }
  });

  it('asks which draft to continue with dvc-draft-selected', async () => {
    await store().save(change('d1'));
    const el = await listed();
    const selected = oneEvent(el, 'dvc-draft-selected') as unknown as Promise<DvcDraftSelectedEvent>;
    button(cards(el)[0], 'continue').click();
    const event = await selected;
    expect([event.draftId, event.procedureId]).to.deep.equal(['d1', 'birth-registration']);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('keeps the draft when the confirmation is dismissed with Escape or Cancel, and returns focus', async () => {
    const s = store();
    await s.save(change('d1', { patches: named('Nguyễn Văn An') }));
    const el = await listed();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const remove = button(cards(el)[0], 'delete');
    remove.focus();
    remove.click();
    await waitUntil(() => dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('button.cancel'));
    expect(spoken(dialog)).to.contain('Xóa bản nháp này?').and.contain('“Đăng ký khai sinh, Nguyễn Văn An”');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(remove);
    remove.click();
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(remove);
    expect((await s.list()).map((d) => d.id)).to.deep.equal(['d1']);
    expect(cards(el)).to.have.length(1);
  });

  it('deletes a confirmed draft, says so, and moves focus to the next draft, then to Start', async () => {
    const s = store();
    await s.save(change('first', { patches: named('Trần Thị Bình') }));
    await s.save(change('second', { patches: named('Nguyễn Văn An') }));
    const el = await listed();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    button(cards(el)[0], 'delete').click();
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => cards(el).length === 1, 'the deleted draft leaves the list');
    expect(dialog.open).to.equal(false);
    expect((await s.list()).map((d) => d.id)).to.deep.equal(['first']);
    const live = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => live.textContent === 'Đã xóa bản nháp “Đăng ký khai sinh, Nguyễn Văn An”.');
    await waitUntil(() => el.shadowRoot!.activeElement === button(cards(el)[0], 'continue'));
    button(cards(el)[0], 'delete').click();
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => cards(el).length === 0);
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('button.new'));
    expect(el.shadowRoot!.textContent).to.contain('Chưa có bản nháp nào trên thiết bị này.');
  });

  it('fits a 320 px screen', async () => {
    await store().save(
      change('d1', {
        patches: named('Nguyễn Thị Phương Thảo Hoàng Lan Anh Minh Châu'),
        procedureTitle: { vi: 'Đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới', en: 'x' },
      }),
    );
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-drafts procedure="birth-registration" .namespace=${namespace}></dvc-drafts>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-drafts')!;
    await waitUntil(() => cards(el).length === 1);
    const right = wrapper.getBoundingClientRect().right;
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('li, button, p, h2, h3')) {
      expect(part.getBoundingClientRect().right, part.className).to.be.at.most(right);
    }
    for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('li button, button.new')) {
      expect(target.getBoundingClientRect().height).to.be.at.least(44);
    }
  });
});
