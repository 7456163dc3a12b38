import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { RecordCodec } from './codec.js';
import { databaseName } from './db.js';
import { DraftStore, type DraftStoreOptions } from './draft-store.js';
import type { Draft, DraftChange } from './types.js';

// Two DraftStore instances are two IndexedDB connections, as two tabs of one portal have.

let namespaces: string[] = [];
let stores: DraftStore[] = [];

function open(options: DraftStoreOptions = {}): DraftStore {
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

/** Slow as WebCrypto can be: widens the time between reading a draft and writing it, where tabs can race. */
const slowCodec: RecordCodec = {
  encode: (value) => new Promise((resolve) => setTimeout(() => resolve(value), Math.random() * 4)),
  decode: (stored) => new Promise((resolve) => setTimeout(() => resolve(stored), Math.random() * 4)),
};

describe('DraftStore: two tabs', () => {
  it('loses no answer when two tabs save different questions of one draft at the same time', async () => {
    const tabA = open({ codec: slowCodec });
    const tabB = open({ namespace: namespaces[0], codec: slowCodec });
    await tabA.save(change('d1', [{ path: 'started', value: true }]));
    const saves: Promise<Draft>[] = [];
    for (let i = 0; i < 25; i++) {
      saves.push(tabA.save(change('d1', [{ path: `a.q${i}`, value: `A${i}` }])));
      saves.push(tabB.save(change('d1', [{ path: `b.q${i}`, value: `B${i}` }])));
    }
    await Promise.all(saves);
    const draft = (await tabB.get('d1'))!;
    expect(Object.keys(draft.data.a as object)).to.have.length(25);
    expect(Object.keys(draft.data.b as object)).to.have.length(25);
    for (let i = 0; i < 25; i++) {
      expect((draft.data.a as Record<string, string>)[`q${i}`]).to.equal(`A${i}`);
      expect((draft.data.b as Record<string, string>)[`q${i}`]).to.equal(`B${i}`);
    }
    expect(draft.data.started).to.equal(true);
  });

  it('tells a watcher within a second when another tab writes the draft, and stops when unsubscribed', async () => {
    const tabA = open();
    const tabB = open({ namespace: namespaces[0] });
    const seen: Array<Draft | undefined> = [];
    const stop = tabA.watch('d1', (draft) => seen.push(draft));
    await waitUntil(() => seen.length === 1, 'the current value (none) comes first', { timeout: 1000 });
    expect(seen[0]).to.equal(undefined);
    await tabB.save(change('d1', [{ path: 'child.fullName', value: 'An' }]));
    await waitUntil(() => seen.at(-1)?.data.child !== undefined, 'tab A sees tab B’s save', { timeout: 1000 });
    expect(seen.at(-1)!.data).to.deep.equal({ child: { fullName: 'An' } });
    stop();
    const count = seen.length;
    await tabB.save(change('d1', [{ path: 'child.fullName', value: 'Bình' }]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.length).to.equal(count);
  });

  it('keeps a drafts list current across tabs, for one procedure or all', async () => {
    const tabA = open();
    const tabB = open({ namespace: namespaces[0] });
    let births: string[] | undefined;
    let all: string[] | undefined;
    tabA.watchList('birth-registration', (drafts) => (births = drafts.map((d) => d.id)));
    tabA.watchList(undefined, (drafts) => (all = drafts.map((d) => d.id)));
    await waitUntil(() => births !== undefined && all !== undefined, 'first lists', { timeout: 1000 });
    await tabB.save(change('b1', []));
    await tabB.save(change('m1', [], { procedureId: 'marriage-registration' }));
    await tabB.save(change('b2', []));
    await waitUntil(() => all?.length === 3, 'tab A’s list grows', { timeout: 1000 });
    expect(all).to.deep.equal(['b2', 'm1', 'b1']);
    expect(births).to.deep.equal(['b2', 'b1']);
    await tabB.delete('b2');
    await waitUntil(() => births?.length === 1, 'a deletion shows', { timeout: 1000 });
    expect(births).to.deep.equal(['b1']);
  });

  it('reports a failing watch to onError', async () => {
    const broken: RecordCodec = { encode: async (v) => v, decode: async () => Promise.reject(new Error('no key')) };
    const writer = open();
    await writer.save(change('d1', []));
    const reader = open({ namespace: namespaces[0], codec: broken });
    let error: unknown;
    reader.watch(
      'd1',
      () => expect.fail('no value can be decoded'),
      (e) => (error = e),
    );
    await waitUntil(() => error !== undefined, 'the error is reported', { timeout: 1000 });
    expect((error as Error).message).to.equal('no key');
  });

  it('keeps namespaces apart: two portals on one origin never see each other’s drafts', async () => {
    const portalA = open({ namespace: `a-${crypto.randomUUID()}` });
    const portalB = open({ namespace: `b-${crypto.randomUUID()}` });
    await portalA.save(change('d1', [{ path: 'x', value: 1 }]));
    expect(await portalB.get('d1')).to.equal(undefined);
    expect(await portalB.list()).to.deep.equal([]);
    await portalB.save(change('d1', [{ path: 'y', value: 2 }]));
    expect((await portalA.get('d1'))!.data).to.deep.equal({ x: 1 });
  });

  it('closes and says so when another tab upgrades the database, instead of blocking it', async () => {
    const reasons: string[] = [];
    const store = open({ onClosed: (reason) => reasons.push(reason) });
    await store.save(change('d1', []));
    // A newer kit in another tab opens the database at a higher version (Dexie's version 2 is IndexedDB's 20).
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName(namespaces[0]), 30);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the upgrade was blocked'));
    });
    upgraded.close();
    expect(reasons).to.deep.equal(['upgrade']);
    const error = await store.get('d1').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).name, 'the closed store does not reopen at its old version').to.equal(
      Dexie.errnames.DatabaseClosed,
    );
  });
});
