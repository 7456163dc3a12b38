import Dexie from 'dexie';
import { plainCodec, type RecordCodec } from './codec.js';
import { DvcDatabase, type ClosedReason, type OutboxRow } from './db.js';
import { toStorageError } from './errors.js';
import { follow } from './live.js';
import {
  compact,
  contentKey,
  decodeItem,
  encodeContent,
  encodeState,
  type OutboxContentRow,
} from './outbox-records.js';
import type { NewSubmission, OutboxItem, OutboxStatus } from './types.js';

export type { NewSubmission, OutboxAttachment, OutboxItem, OutboxStatus, Receipt, ServerMessage } from './types.js';

/** The device's outbox in one namespace: signed submissions and how far each got on its way to the receiver. */
export interface OutboxStore {
  /**
   * Adds a signed submission, `queued`, in one transaction that also copies the draft's stored files into it and
   * removes an older `needs-fix` item of the same draft (the person fixed it and signed again). The draft itself is
   * kept. Adding an id that is already there changes nothing and returns the stored item (a double tap).
   */
  add(submission: NewSubmission): Promise<OutboxItem>;
  get(id: string): Promise<OutboxItem | undefined>;
  /** Newest first. */
  list(): Promise<OutboxItem[]>;
  /** What should be sent now, oldest first: queued, retrying whose time has come, and sending (a crash cut them). */
  due(now: number): Promise<OutboxItem[]>;
  /**
   * Applies `change` to the stored item and writes it, unless another connection wrote the item in between: then it
   * reads again and calls `change` again (so `change` must only compute). Undefined when the item is not there.
   */
  update(id: string, change: (item: OutboxItem) => Partial<OutboxItem>): Promise<OutboxItem | undefined>;
  /** Removes an item: only ever on the person's explicit request. */
  discard(id: string): Promise<void>;
  /** Calls `listener` with the list now and whenever it changes, in this tab or another. Returns an unsubscribe. */
  watchList(listener: (items: OutboxItem[]) => void, onError?: (error: unknown) => void): () => void;
  close(): void;
}

export interface OutboxStoreOptions {
  /** How record content is stored (default: as it is); the drafts of the namespace must use the same codec. */
  codec?: RecordCodec;
  /** Another tab is upgrading or deleting the database: this store has closed. */
  onClosed?: (reason: ClosedReason) => void;
}

const DUE: OutboxStatus[] = ['queued', 'retrying', 'sending'];

/** Another connection changing the item between our read and our write makes us read again; this many times. */
const MAX_ATTEMPTS = 20;

export function outboxStore(namespace: string, options: OutboxStoreOptions = {}): OutboxStore {
  const db = new DvcDatabase(namespace, options.onClosed);
  const contents = db.table<OutboxContentRow, string>('outbox');
  const codec = options.codec ?? plainCodec;
  const subscriptions = new Set<() => void>();
  /** Updates of one item from this store run one after another (progress after every chunk); only tabs race. */
  const queues = new Map<string, Promise<unknown>>();
  function inTurn<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(id) ?? Promise.resolve()).then(task, task);
    queues.set(id, run);
    const forget = () => void (queues.get(id) === run && queues.delete(id));
    run.then(forget, forget);
    return run;
  }

  /** State rows with their content rows: IndexedDB reads only, so that it can run inside a live query. */
  async function withContent(rows: OutboxRow[]): Promise<Array<[OutboxRow, OutboxContentRow | undefined]>> {
    const found = await contents.bulkGet(rows.map((row) => contentKey(row.id)));
    return rows.map((row, i) => [row, found[i]]);
  }
  const decodeAll = (pairs: Array<[OutboxRow, OutboxContentRow | undefined]>) =>
    Promise.all(pairs.map(([row, content]) => decodeItem(row, content, codec)));
  const newestFirst = async () => withContent(await db.outbox.orderBy('createdAt').reverse().toArray());

  /** Writes the state row if the stored one is still the one read (same revision); tells what it found otherwise. */
  const commit = (row: OutboxRow, read: OutboxRow) =>
    db.transaction('rw', db.outbox, async () => {
      const current = await db.outbox.get(row.id);
      if (!current) return 'gone';
      if (current.updatedAt !== read.updatedAt) return 'changed';
      await db.outbox.put(row);
      return 'written';
    });

  async function updateNow(id: string, change: (item: OutboxItem) => Partial<OutboxItem>) {
    try {
      const content = await contents.get(contentKey(id));
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const read = await db.outbox.get(id);
        if (!read) return undefined;
        const current = await decodeItem(read, content, codec);
        const next = compact({ ...current, ...change(current), id, createdAt: current.createdAt });
        // updatedAt grows with every write, even within a millisecond: it is the item's revision.
        next.updatedAt = Math.max(Date.now(), current.updatedAt + 1);
        const result = await commit(await encodeState(next, codec), read);
        if (result === 'gone') return undefined;
        if (result === 'written') return next;
      }
      throw new Error(`Outbox item ${id} kept changing in another tab; the change was not saved`);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    async add(submission) {
      const now = Date.now();
      const fresh = { status: 'queued', createdAt: now, updatedAt: now, attempts: 0, attachments: [] } as const;
      const item: OutboxItem = { ...submission, ...fresh, attachments: [] };
      const { id, draftId } = submission;
      try {
        // Encoded before the transaction: the codec may not run inside one. The files are copied inside it, as they
        // are stored (encoded), so the item has exactly the files the draft has when the item appears.
        const [state, content] = await Promise.all([encodeState(item, codec), encodeContent(item, codec)]);
        const stored = await db.transaction('rw', db.outbox, db.attachments, async () => {
          const existing = await db.outbox.get(id);
          if (existing) return [existing, await contents.get(contentKey(id))] as const;
          if (draftId !== undefined) {
            const files = await db.attachments
              .where('[draftId+fieldPath]')
              .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey])
              .toArray();
            content.files = files.map(({ id, fieldPath, payload }) => ({ id, fieldPath, payload }));
            const replaced = await db.outbox
              .where('status')
              .equals('needs-fix')
              .filter((other) => other.draftId === draftId)
              .primaryKeys();
            await db.outbox.bulkDelete([...replaced, ...replaced.map(contentKey)]);
          }
          await contents.add(content);
          await db.outbox.add(state);
          return [state, content] as const;
        });
        return await decodeItem(stored[0], stored[1], codec);
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async get(id) {
      const row = await db.outbox.get(id);
      return row && decodeItem(row, await contents.get(contentKey(id)), codec);
    },

    async list() {
      return decodeAll(await newestFirst());
    },

    async due(now) {
      const rows = await db.outbox.where('status').anyOf(DUE).toArray();
      const due = rows.filter((row) => row.status !== 'retrying' || (row.nextAttemptAt ?? 0) <= now);
      return decodeAll(await withContent(due.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))));
    },

    update(id, change) {
      return inTurn(id, () => updateNow(id, change));
    },

    async discard(id) {
      await db.outbox.bulkDelete([id, contentKey(id)]);
    },

    watchList(listener, onError) {
      const unfollow = follow(newestFirst, decodeAll, listener, onError);
      const unsubscribe = () => {
        unfollow();
        subscriptions.delete(unsubscribe);
      };
      subscriptions.add(unsubscribe);
      return unsubscribe;
    },

    close() {
      for (const unsubscribe of [...subscriptions]) unsubscribe();
      db.close();
    },
  };
}
