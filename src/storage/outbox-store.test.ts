import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { RecordCodec } from './codec.js';
import { databaseName } from './db.js';
import { DraftStore } from './draft-store.js';
import { outboxStore, type NewSubmission, type OutboxItem, type OutboxStore } from './outbox-store.js';

let namespaces: string[] = [];
let closers: Array<{ close(): void }> = [];

function track<T extends { close(): void }>(store: T): T {
  closers.push(store);
  return store;
}

/** An outbox and a draft store on one fresh namespace (or on `namespace`), closed and deleted after the test. */
function open(namespace = `test-${crypto.randomUUID()}`, codec?: RecordCodec) {
  namespaces.push(namespace);
  return {
    namespace,
    outbox: track(outboxStore(namespace, { codec })),
    drafts: track(new DraftStore({ namespace, codec })),
  };
}

afterEach(async () => {
  for (const store of closers) store.close();
  await Promise.all([...new Set(namespaces)].map((namespace) => Dexie.delete(databaseName(namespace))));
  closers = [];
  namespaces = [];
});

const bytes = (length: number, seed = 7) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const read = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

function submission(id: string, draftId?: string): NewSubmission {
  return {
    id,
    draftId,
    procedureId: 'birth-registration',
    procedureVersion: '1.0.0',
    procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
    pdf: new Blob([bytes(3000, 1)], { type: 'application/pdf' }),
    pdfSha256: 'cd'.repeat(32),
    fileName: 'birth-registration-2026-11-28.pdf',
    submissionJson: '{"submissionId":"' + id + '","data":{"name":"Trần Minh Khang"}}',
  };
}

async function draftWithFiles(drafts: DraftStore, draftId: string) {
  const file = (id: string, fieldPath: string, length: number) => {
    const blob = new Blob([bytes(length, length)], { type: 'image/jpeg' });
    return { id, fieldPath, blob, name: `ảnh ${id}.jpg`, type: 'image/jpeg', size: length, sha256: 'ab'.repeat(32) };
  };
  await drafts.save({
    id: draftId,
    procedureId: 'birth-registration',
    procedureVersion: '1.0.0',
    patches: [{ path: 'child.fullName', value: 'Trần Minh Khang' }],
    addAttachments: [file('f2', 'mother.photo', 5000), file('f1', 'child.photo', 4000)],
  });
}

describe('outboxStore', () => {
  it('adds a queued item with copies of the draft files, byte for byte, and keeps the draft', async () => {
    const { outbox, drafts } = open();
    await draftWithFiles(drafts, 'd1');
    const item = await outbox.add(submission('s1', 'd1'));
    expect(item).to.include({ id: 's1', draftId: 'd1', status: 'queued', attempts: 0 });
    expect(item.attachments.map((file) => [file.id, file.fieldPath, file.size])).to.deep.equal([
      ['f1', 'child.photo', 4000],
      ['f2', 'mother.photo', 5000],
    ]);
    expect(await read(item.attachments[1].blob)).to.deep.equal(bytes(5000, 5000));
    // The copies are the item's own: deleting the draft's files leaves them whole.
    await drafts.save({
      ...{ id: 'd1', procedureId: 'birth-registration', procedureVersion: '1.0.0' },
      patches: [],
      removeAttachments: ['f1', 'f2'],
    });
    const again = (await outbox.get('s1'))!;
    expect(await read(again.attachments[0].blob)).to.deep.equal(bytes(4000, 4000));
    expect(await read(again.pdf)).to.deep.equal(bytes(3000, 1));
    expect((await drafts.get('d1'))?.data).to.deep.equal({ child: { fullName: 'Trần Minh Khang' } });
  });

  it('replaces a needs-fix item of the same draft at once (never both, never neither), and keeps others', async () => {
    const { outbox, drafts } = open();
    await draftWithFiles(drafts, 'd1');
    await outbox.add(submission('old', 'd1'));
    await outbox.update('old', () => ({ status: 'needs-fix', serverMessage: { status: 422, code: 'invalid-data' } }));
    await outbox.add(submission('other', 'd2'));
    await outbox.update('other', () => ({ status: 'needs-fix' }));
    const seen: string[][] = [];
    outbox.watchList((items) => seen.push(items.map((item) => item.id).sort()));
    await waitUntil(() => seen.length > 0);
    await outbox.add(submission('new', 'd1'));
    await waitUntil(() => seen.at(-1)!.includes('new'));
    expect(seen.at(-1)).to.deep.equal(['new', 'other']);
    for (const ids of seen) expect(ids.includes('old') !== ids.includes('new'), ids.join()).to.equal(true);
    expect((await outbox.get('new'))!.attachments).to.have.length(2);
  });

  it('keeps the first item when the same submission is added twice (a double tap)', async () => {
    const { outbox } = open();
    const first = await outbox.add(submission('s1'));
    await outbox.update('s1', () => ({ status: 'retrying', attempts: 1 }));
    const second = await outbox.add(submission('s1'));
    expect(second).to.include({ status: 'retrying', attempts: 1, createdAt: first.createdAt });
    expect(await outbox.list()).to.have.length(1);
  });

  it('survives a closed and reopened store, state, receipt and upload progress included', async () => {
    const { namespace, outbox, drafts } = open();
    await draftWithFiles(drafts, 'd1');
    await outbox.add(submission('s1', 'd1'));
    const receipt = {
      submissionId: 's1',
      reference: 'DVC-20261128-000001',
      receivedAt: '2026-11-28T04:00:00Z',
      pdfSha256: 'cd'.repeat(32),
    };
    const updated = await outbox.update('s1', (item) => ({
      status: 'accepted',
      receipt,
      attempts: item.attempts + 2,
      attachments: item.attachments.map((file) => ({
        ...file,
        uploadUrl: `http://x/uploads/${file.id}`,
        uploadedBytes: file.size,
      })),
    }));
    outbox.close();
    const reopened = open(namespace).outbox;
    const item = (await reopened.get('s1'))!;
    expect(item).to.deep.equal(updated);
    expect(item.attachments[0]).to.include({ uploadUrl: 'http://x/uploads/f1', uploadedBytes: 4000 });
    expect(await read(item.attachments[1].blob)).to.deep.equal(bytes(5000, 5000));
  });

  it('lists newest first and gives what is due oldest first: queued, retrying whose time came, stale sending', async () => {
    const { outbox } = open();
    const states: Array<[string, Partial<OutboxItem>]> = [
      ['a-queued', {}],
      ['b-retry-later', { status: 'retrying', nextAttemptAt: 10_000 }],
      ['c-needs-fix', { status: 'needs-fix' }],
      ['d-sending', { status: 'sending' }],
      ['e-retry-now', { status: 'retrying', nextAttemptAt: 5_000 }],
      ['f-auth', { status: 'waiting-auth' }],
      ['g-accepted', { status: 'accepted' }],
    ];
    for (const [id, change] of states) {
      await outbox.add(submission(id));
      await outbox.update(id, () => change);
      await sleep(2);
    }
    expect((await outbox.due(5_000)).map((item) => item.id)).to.deep.equal(['a-queued', 'd-sending', 'e-retry-now']);
    expect((await outbox.due(10_000)).map((item) => item.id)).to.deep.equal([
      'a-queued',
      'b-retry-later',
      'd-sending',
      'e-retry-now',
    ]);
    expect((await outbox.list()).map((item) => item.id)).to.deep.equal(states.map(([id]) => id).reverse());
  });

  it('loses no update when two tabs update one item at the same time', async () => {
    const tabA = open();
    const tabB: OutboxStore = open(tabA.namespace).outbox;
    await tabA.outbox.add(submission('s1'));
    const bump = (store: OutboxStore) => store.update('s1', (item) => ({ attempts: item.attempts + 1 }));
    await Promise.all(Array.from({ length: 15 }, () => [bump(tabA.outbox), bump(tabB)]).flat());
    expect((await tabB.get('s1'))!.attempts).to.equal(30);
    expect(await tabA.outbox.update('missing', () => ({ attempts: 1 }))).to.equal(undefined);
  });

  it('passes the item through the codec and copies the draft files as they were encoded', async () => {
    const sealed: RecordCodec = {
      encode: async (value) => ({ sealed: [value] }),
      decode: async (stored) => (stored as { sealed: [unknown] }).sealed[0],
    };
    const { outbox, drafts, namespace } = open(undefined, sealed);
    await draftWithFiles(drafts, 'd1');
    await outbox.add(submission('s1', 'd1'));
    const raw = await new Dexie(databaseName(namespace)).open();
    try {
      const state = await raw.table('outbox').get('s1');
      const content = await raw.table('outbox').get('content:s1');
      const files = await raw.table('attachments').where('draftId').equals('d1').sortBy('fieldPath');
      expect(Object.keys(state).sort()).to.deep.equal(['createdAt', 'draftId', 'id', 'payload', 'status', 'updatedAt']);
      expect(state.payload).to.have.key('sealed');
      expect(content.payload).to.have.key('sealed');
      const copied = content.files.map((file: { payload: unknown }) => file.payload);
      expect(copied).to.deep.equal(files.map((file) => file.payload));
    } finally {
      raw.close();
    }
    expect((await outbox.get('s1'))!.submissionJson).to.contain('Trần Minh Khang');
  });

  it('writes the files once, not again with every chunk acknowledged', async () => {
    const { outbox, drafts } = open();
    const size = 8 * 1024 * 1024;
    const blob = new Blob([bytes(size)], { type: 'application/pdf' });
    const scan = {
      id: 'f1',
      fieldPath: 'scan',
      blob,
      name: 'scan.pdf',
      type: 'application/pdf',
      size,
      sha256: 'ef'.repeat(32),
    };
    await drafts.save({ id: 'd1', procedureId: 'p', procedureVersion: '1', patches: [], addAttachments: [scan] });
    await outbox.add(submission('s1', 'd1'));
    const before = (await navigator.storage.estimate()).usage!;
    for (let chunk = 1; chunk <= 16; chunk++) {
      await outbox.update('s1', (item) => ({
        attachments: [{ ...item.attachments[0], uploadedBytes: chunk * 512 * 1024 }],
      }));
    }
    // Chromium copies a record's Blobs whenever the record is written: 16 writes with the file would add 128 MiB.
    expect((await navigator.storage.estimate()).usage! - before).to.be.below(size);
    expect((await outbox.get('s1'))!.attachments[0]).to.include({ uploadedBytes: size });
  });

  it('discards an item only when asked', async () => {
    const { outbox } = open();
    await outbox.add(submission('s1'));
    await outbox.discard('s1');
    expect(await outbox.get('s1')).to.equal(undefined);
  });
});
