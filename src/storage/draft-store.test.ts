import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { RecordCodec } from './codec.js';
import { databaseName } from './db.js';
import { DraftStore } from './draft-store.js';
import type { DraftChange } from './types.js';

let namespaces: string[] = [];
let stores: DraftStore[] = [];

/** A store on a fresh namespace of its own (or on `namespace`), closed and deleted after the test. */
function open(options: { namespace?: string; codec?: RecordCodec } = {}): DraftStore {
  const namespace = options.namespace ?? `test-${crypto.randomUUID()}`;
  namespaces.push(namespace);
  const store = new DraftStore({ ...options, namespace });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores) store.close();
  await Promise.all([...new Set(namespaces)].map((namespace) => Dexie.delete(databaseName(namespace))));
  stores = [];
  namespaces = [];
});

function change(id: string, patches: DraftChange['patches'], rest: Partial<DraftChange> = {}): DraftChange {
  return { id, procedureId: 'birth-registration', procedureVersion: '1.0.0', patches, ...rest };
}

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);

/** Every row of one object store, read with the plain IndexedDB API (not through the store under test). */
async function rawRows(namespace: string, storeName: string): Promise<Record<string, unknown>[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName(namespace));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

const photo = (id: string, fieldPath = 'child.photo', length = 2048) => ({
  id,
  fieldPath,
  blob: new Blob([bytes(length)], { type: 'image/jpeg' }),
  name: 'giấy chứng sinh.jpg',
  type: 'image/jpeg',
  size: length,
  sha256: 'ab'.repeat(32),
});

describe('DraftStore: one tab', () => {
  it('creates a draft with defaults and reads it back with its file, byte for byte', async () => {
    const store = open();
    const before = Date.now();
    const saved = await store.save(
      change('d1', [{ path: 'child.fullName', value: 'Nguyễn Văn An' }], {
        procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
        addAttachments: [photo('a1')],
      }),
    );
    expect(saved).to.include({ id: 'd1', step: '', status: 'draft', procedureVersion: '1.0.0' });
    expect(saved.progress).to.deep.equal({ done: 0, total: 0 });
    expect(saved.setAside).to.deep.equal([]);
    expect(saved.createdAt).to.be.within(before, Date.now());

    const reopened = open({ namespace: namespaces[0] });
    expect(await reopened.get('d1')).to.deep.equal(saved);
    const file = (await reopened.attachment('a1'))!;
    expect(file).to.include({ draftId: 'd1', fieldPath: 'child.photo', name: 'giấy chứng sinh.jpg', size: 2048 });
    expect(new Uint8Array(await file.blob.arrayBuffer())).to.deep.equal(bytes(2048));
    expect(file.blob.type).to.equal('image/jpeg');
    expect(await reopened.get('missing')).to.equal(undefined);
  });

  it('applies patches onto the stored data and keeps fields a save does not give', async () => {
    const store = open();
    await store.save(
      change('d1', [{ path: 'mother.fullName', value: 'Trần Thị Bình' }], {
        step: 'mother',
        progress: { done: 1, total: 5 },
        procedureTitle: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
      }),
    );
    const next = await store.save(
      change('d1', [
        { path: 'siblings[0].name', value: 'Lê Hoa' },
        { path: 'mother.fullName', value: undefined },
        { path: 'mother.born', value: '1990' },
      ]),
    );
    expect(next.data).to.deep.equal({ mother: { born: '1990' }, siblings: [{ name: 'Lê Hoa' }] });
    expect(next.step).to.equal('mother');
    expect(next.progress).to.deep.equal({ done: 1, total: 5 });
    expect(next.procedureTitle).to.deep.equal({ vi: 'Đăng ký khai sinh', en: 'Birth registration' });
    const completed = await store.save(change('d1', [], { status: 'completed', step: 'check-answers' }));
    expect(completed).to.include({ status: 'completed', step: 'check-answers' });
  });

  it('makes updatedAt grow with every save, even many within one millisecond', async () => {
    const store = open();
    const times: number[] = [];
    for (let i = 0; i < 15; i++) times.push((await store.save(change('d1', [{ path: 'n', value: i }]))).updatedAt);
    for (let i = 1; i < times.length; i++) expect(times[i]).to.be.greaterThan(times[i - 1]);
    expect((await store.get('d1'))!.updatedAt).to.equal(times.at(-1));
  });

  it('lists drafts newest first, all or of one procedure', async () => {
    const store = open();
    await store.save(change('old', []));
    await store.save(change('other', [], { procedureId: 'marriage-registration' }));
    await store.save(change('new', []));
    expect((await store.list()).map((d) => d.id)).to.deep.equal(['new', 'other', 'old']);
    expect((await store.list('birth-registration')).map((d) => d.id)).to.deep.equal(['new', 'old']);
    await store.save(change('old', [{ path: 'a', value: 1 }]));
    expect((await store.list('birth-registration')).map((d) => d.id)).to.deep.equal(['old', 'new']);
    expect(await store.list('unknown')).to.deep.equal([]);
  });

  it('deletes a draft with its files, and only its own', async () => {
    const store = open();
    await store.save(change('d1', [], { addAttachments: [photo('a1'), photo('a2', 'child.certificate')] }));
    await store.save(change('d2', [], { addAttachments: [photo('b1')] }));
    expect((await store.attachmentsOf('d1')).map((a) => a.id)).to.deep.equal(['a2', 'a1']);
    await store.delete('d1');
    expect(await store.get('d1')).to.equal(undefined);
    expect(await store.attachmentsOf('d1')).to.deep.equal([]);
    expect(await store.attachment('a1')).to.equal(undefined);
    expect((await store.attachmentsOf('d2')).map((a) => a.id)).to.deep.equal(['b1']);
    // A delete asked for while a save of the same draft is under way comes after it: the draft stays deleted.
    const saving = store.save(change('d2', [{ path: 'late', value: true }]));
    await store.delete('d2');
    await saving;
    expect(await store.get('d2')).to.equal(undefined);
    expect(await store.attachmentsOf('d2')).to.deep.equal([]);
  });

  it('replaces a file in one save and never removes another draft’s file', async () => {
    const store = open();
    await store.save(change('d1', [], { addAttachments: [photo('a1')] }));
    await store.save(change('d2', [], { addAttachments: [photo('b1')] }));
    await store.save(change('d1', [], { addAttachments: [photo('a2')], removeAttachments: ['a1', 'b1'] }));
    expect((await store.attachmentsOf('d1')).map((a) => a.id)).to.deep.equal(['a2']);
    expect(await store.attachment('b1')).to.not.equal(undefined);
  });
});

describe('DraftStore: all or nothing', () => {
  /** A codec that fails on files: by throwing, or by returning what IndexedDB cannot store. */
  const failingOnFiles = (fail: (value: unknown) => unknown): RecordCodec => ({
    encode: async (value) => ((value as { blob?: Blob }).blob ? fail(value) : value),
    decode: async (stored) => stored,
  });

  for (const [name, fail] of [
    [
      'the codec throws for the file (before the transaction)',
      () => {
        throw new Error('cannot encode');
      },
    ],
    // A function cannot be cloned: the attachment write fails inside the transaction, after the draft row was put.
    ['IndexedDB refuses the file (inside the transaction)', () => ({ notCloneable: () => 1 })],
  ] as const) {
    it(`leaves the previous draft and no file when ${name}`, async () => {
      const store = open({ codec: failingOnFiles(fail) });
      const before = await store.save(change('d1', [{ path: 'child.fullName', value: 'An' }]));
      const attempt = store.save(
        change('d1', [{ path: 'child.fullName', value: 'Bình' }], { step: 'child', addAttachments: [photo('a1')] }),
      );
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, 'the save rejects').to.be.instanceOf(Error);
      expect((error as Error).name).to.not.equal('StorageFullError');
      expect(await store.get('d1')).to.deep.equal(before);
      expect(await store.attachmentsOf('d1')).to.deep.equal([]);
      expect(await rawRows(namespaces[0], 'attachments')).to.deep.equal([]);
    });
  }
});

describe('DraftStore: codec', () => {
  it('passes every record through the codec both ways; IndexedDB holds only what encode returned', async () => {
    let encodes = 0;
    let decodes = 0;
    // Truly asynchronous, as WebCrypto is: a codec awaited inside a transaction would make it commit early.
    const later = () => new Promise((resolve) => setTimeout(resolve, 2));
    const codec: RecordCodec = {
      encode: async (value) => (await later(), { sealed: value, n: ++encodes }),
      decode: async (stored) => (await later(), decodes++, (stored as { sealed: unknown }).sealed),
    };
    const store = open({ codec });
    const saved = await store.save(
      change('d1', [{ path: 'child.fullName', value: 'CANARY Phạm' }], { addAttachments: [photo('a1')] }),
    );
    expect(encodes).to.equal(2);
    const [draftRow] = await rawRows(namespaces[0], 'drafts');
    const [fileRow] = await rawRows(namespaces[0], 'attachments');
    expect(Object.keys(draftRow).sort()).to.deep.equal(
      ['createdAt', 'id', 'payload', 'procedureId', 'procedureVersion', 'status', 'updatedAt'].sort(),
    );
    expect((draftRow.payload as { n: number }).n).to.equal(1);
    expect((draftRow.payload as { sealed: { data: unknown } }).sealed.data).to.deep.equal({
      child: { fullName: 'CANARY Phạm' },
    });
    const { payload: _payload, ...clear } = draftRow;
    void _payload;
    expect(JSON.stringify(clear)).to.not.contain('CANARY');
    expect(Object.keys(fileRow).sort()).to.deep.equal(['createdAt', 'draftId', 'fieldPath', 'id', 'payload']);
    expect((fileRow.payload as { n: number; sealed: { name: string } }).n).to.equal(2);
    expect((fileRow.payload as { sealed: { blob: Blob } }).sealed.blob).to.be.instanceOf(Blob);

    expect(await store.get('d1')).to.deep.equal(saved);
    expect(decodes).to.equal(1);
    const file = (await store.attachment('a1'))!;
    expect(new Uint8Array(await file.blob.arrayBuffer())).to.deep.equal(bytes(2048));
    expect(decodes).to.equal(2);
    // A second save decodes the stored draft to merge onto it, and encodes it again.
    await store.save(change('d1', [{ path: 'child.born', value: '2026' }]));
    expect([encodes, decodes]).to.deep.equal([3, 3]);
  });
});
