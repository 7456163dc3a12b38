import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { outboxStore, type OutboxStore } from '../../storage/outbox-store.js';
import type { NewSubmission } from '../../storage/types.js';
import type { DvcSubmissionFixEvent, DvcSubmissionRejectedEvent, DvcSubmissionSentEvent } from './outbox-events.js';
import './outbox.js';
import type { DvcOutbox } from './outbox.js';

// The element without an endpoint only lists: these tests drive the states through storage, as a sender in another
// tab would, and check what the person sees and hears. Sending itself is tested in src/sync and end to end.

const title = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
let namespace = '';
const stores: OutboxStore[] = [];

function store(): OutboxStore {
  const opened = outboxStore(namespace);
  stores.push(opened);
  return opened;
}

function submission(id: string, draftId?: string): NewSubmission {
  return {
    id,
    draftId,
    procedureId: 'birth-registration',
    procedureVersion: '1.1.0',
    procedureTitle: title,
    pdf: new Blob(['%PDF-1.7 test'], { type: 'application/pdf' }),
    pdfSha256: 'a'.repeat(64),
    fileName: 'birth-registration-2026-11-28.pdf',
    submissionJson: '{}',
  };
}

async function listed(lang: 'vi' | 'en' = 'vi'): Promise<DvcOutbox> {
  const el = await fixture<DvcOutbox>(html`<dvc-outbox .namespace=${namespace} .lang=${lang}></dvc-outbox>`);
  await waitUntil(
    () => !el.shadowRoot!.querySelector('.message') || !/Đang tải|Loading/.test(el.shadowRoot!.textContent!),
  );
  return el;
}

function card(el: DvcOutbox, id: string): HTMLLIElement | null {
  return el.shadowRoot!.querySelector<HTMLLIElement>(`li[data-id="${id}"]`);
}

function spoken(node: Element): string {
  return node.textContent!.replace(/\s+/g, ' ').trim();
}

const live = (el: DvcOutbox) => el.shadowRoot!.querySelector('[role=status]')!;

describe('dvc-outbox', () => {
  beforeEach(() => {
    namespace = 'test-outbox-' + crypto.randomUUID();
  });
  afterEach(() => {
    fixtureCleanup();
    for (const opened of stores.splice(0)) opened.close();
  });

  it('is accessible empty and with submissions in every state', async () => {
    const el = await listed();
    expect(spoken(el.shadowRoot!.querySelector('.message')!)).to.equal('Chưa có hồ sơ nào được nộp từ thiết bị này.');
    await expect(el).to.be.accessible();
    const s = store();
    for (const draft of ['q', 'r', 'w', 'n', 'a']) await s.add(submission(crypto.randomUUID(), `draft-${draft}`));
    const ids = (await s.list()).map((item) => item.id);
    await s.update(ids[1], () => ({ status: 'retrying', nextAttemptAt: Date.now() + 60_000 }));
    await s.update(ids[2], () => ({ status: 'waiting-auth' }));
    await s.update(ids[3], () => ({
      status: 'needs-fix',
      serverMessage: { status: 422, message: { vi: 'Thiếu giấy tờ', en: 'A paper is missing' } },
    }));
    await s.update(ids[4], () => ({
      status: 'accepted',
      receipt: {
        submissionId: ids[4],
        reference: 'DVC-20261128-000007',
        receivedAt: new Date().toISOString(),
        pdfSha256: 'a'.repeat(64),
      },
    }));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li.submission').length === 5);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('DVC-20261128-000007'));
    await expect(el).to.be.accessible();
  });

  it('says in plain words where each submission is, with the receipt number once received', async () => {
    const s = store();
    const id = '11111111-1111-4111-8111-111111111111';
    await s.add(submission(id, 'draft-1'));
    const el = await listed('en');
    const item = card(el, id)!;
    expect(spoken(item.querySelector('.status')!)).to.equal('Waiting to be sent');
    expect(item.querySelector<HTMLAnchorElement>('a.download')!.download).to.equal('birth-registration-2026-11-28.pdf');
    expect(item.querySelector('button.discard')).to.exist;

    const sent = oneEvent(el, 'dvc-submission-sent') as Promise<DvcSubmissionSentEvent>;
    const receivedAt = new Date().toISOString();
    await s.update(id, () => ({
      status: 'accepted',
      receipt: { submissionId: id, reference: 'DVC-20261128-000042', receivedAt, pdfSha256: 'a'.repeat(64) },
    }));
    const event = await sent;
    expect(event.submissionId).to.equal(id);
    expect(event.receipt.reference).to.equal('DVC-20261128-000042');
    await waitUntil(() => spoken(live(el)).includes('DVC-20261128-000042'));
    expect(spoken(live(el))).to.equal('“Birth registration” was received. Receipt number: DVC-20261128-000042.');
    expect(spoken(card(el, id)!.querySelector('.status')!)).to.equal('Received');
    expect(spoken(card(el, id)!.querySelector('.reference')!)).to.equal('DVC-20261128-000042');
    // Received: nothing left to send or discard, only to remove from the list.
    expect(card(el, id)!.querySelector('button.discard')).to.equal(null);
    expect(card(el, id)!.querySelector('button.remove')).to.exist;
  });

  it('shows the authority’s message when it sends one back, and Fix opens its draft', async () => {
    const s = store();
    const id = '22222222-2222-4222-8222-222222222222';
    await s.add(submission(id, 'draft-2'));
    const el = await listed('vi');
    const rejected = oneEvent(el, 'dvc-submission-rejected') as Promise<DvcSubmissionRejectedEvent>;
    await s.update(id, () => ({
      status: 'needs-fix',
      serverMessage: {
        status: 422,
        code: 'invalid-data',
        message: {
          vi: 'Ngày sinh của mẹ phải trước ngày sinh của con.',
          en: 'The mother must be born before the child.',
        },
        problems: [{ path: 'mother.dateOfBirth', message: { vi: 'Ngày sinh không hợp lệ', en: 'Invalid date' } }],
      },
    }));
    const event = await rejected;
    expect(event.draftId).to.equal('draft-2');
    await waitUntil(() => card(el, id)!.querySelector('.server-message'));
    const message = spoken(card(el, id)!.querySelector('.server-message')!);
    expect(message).to.contain('Cơ quan tiếp nhận trả lời: Ngày sinh của mẹ phải trước ngày sinh của con.');
    expect(message).to.contain('Ngày sinh không hợp lệ');
    expect(spoken(live(el))).to.equal('Hồ sơ “Đăng ký khai sinh” cần sửa lại.');
    await expect(el).to.be.accessible();

    const fix = oneEvent(el, 'dvc-submission-fix') as Promise<DvcSubmissionFixEvent>;
    card(el, id)!.querySelector<HTMLButtonElement>('button.fix')!.click();
    const fixing = await fix;
    expect([fixing.procedureId, fixing.draftId]).to.deep.equal(['birth-registration', 'draft-2']);
  });

  it('discards only after the person confirms; keeping it returns focus to its button', async () => {
    const s = store();
    const id = '33333333-3333-4333-8333-333333333333';
    await s.add(submission(id));
    const el = await listed('en');
    card(el, id)!.querySelector<HTMLButtonElement>('button.discard')!.click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    expect(spoken(dialog)).to.contain('Discard “Birth registration”?');
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('button.cancel'));
    dialog.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitUntil(
      () => el.shadowRoot!.activeElement === card(el, id)!.querySelector('button.discard'),
      'focus returns to the Discard button',
    );
    expect(dialog.open).to.equal(false);
    expect(await s.get(id)).to.exist;

    card(el, id)!.querySelector<HTMLButtonElement>('button.discard')!.click();
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await waitUntil(() => card(el, id) === null);
    expect(await s.get(id)).to.equal(undefined);
    expect(spoken(live(el))).to.equal('“Birth registration” was discarded.');
  });

  it('does not announce what was already there when the page opens', async () => {
    const s = store();
    const id = '44444444-4444-4444-8444-444444444444';
    await s.add(submission(id));
    await s.update(id, () => ({
      status: 'accepted',
      receipt: {
        submissionId: id,
        reference: 'DVC-1',
        receivedAt: new Date().toISOString(),
        pdfSha256: 'a'.repeat(64),
      },
    }));
    const el = await listed('en');
    await waitUntil(() => card(el, id));
    expect(spoken(live(el))).to.equal('');
  });
});
