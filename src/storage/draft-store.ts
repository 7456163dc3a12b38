import Dexie from 'dexie';
import { plainCodec, type RecordCodec } from './codec.js';
import { DvcDatabase, type ClosedReason, type DraftRow } from './db.js';
import { follow } from './live.js';
import { decodeAttachment, decodeDraft } from './records.js';
import { saveChange } from './save.js';
import type { Attachment, Draft, DraftChange } from './types.js';

export { toStorageError } from './errors.js';
export type { ClosedReason } from './db.js';

export interface DraftStoreOptions {
  /** Separates portals on one origin (default `default`): each namespace is its own database. */
  namespace?: string;
  /** How record content is stored (default: as it is). The seam for encryption at rest. */
  codec?: RecordCodec;
  /** Another tab is upgrading or deleting the database: this store has closed; the page should be reloaded. */
  onClosed?: (reason: ClosedReason) => void;
}

/**
 * The device's drafts and their files, in one namespace. Every method decodes what it reads and encodes what it
 * writes through the codec; watches follow changes made by any tab. How a save stays atomic and loses no other tab's
 * answers while the codec may be asynchronous is explained in save.ts.
 */
export class DraftStore {
  private readonly db: DvcDatabase;
  private readonly codec: RecordCodec;
  /** Writes of one draft from this store run one after another; only other tabs can race them. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly subscriptions = new Set<() => void>();

  constructor(options: DraftStoreOptions = {}) {
    this.db = new DvcDatabase(options.namespace ?? 'default', options.onClosed);
    this.codec = options.codec ?? plainCodec;
  }

  async get(id: string): Promise<Draft | undefined> {
    const row = await this.db.drafts.get(id);
    return row && decodeDraft(row, this.codec);
  }

  /** The drafts, newest first; only those of one procedure when `procedureId` is given. */
  async list(procedureId?: string): Promise<Draft[]> {
    return this.decodeDrafts(await this.listRows(procedureId));
  }

  /**
   * Writes a change to a draft (creating it if needed) together with the files it adds and removes, all or nothing.
   * Rejects with `StorageFullError` when the device is out of space; nothing of the change is written then.
   */
  save(change: DraftChange): Promise<Draft> {
    return this.inTurn(change.id, () => saveChange(this.db, this.codec, change));
  }

  /** Deletes a draft and all its files in one transaction, after this store's saves of it already under way. */
  delete(id: string): Promise<void> {
    return this.inTurn(id, () =>
      this.db.transaction('rw', this.db.drafts, this.db.attachments, async () => {
        await this.db.attachments.where('draftId').equals(id).delete();
        await this.db.drafts.delete(id);
      }),
    );
  }

  async attachment(id: string): Promise<Attachment | undefined> {
    const row = await this.db.attachments.get(id);
    return row && decodeAttachment(row, this.codec);
  }

  /** The files of a draft, in the order of their field paths. */
  async attachmentsOf(draftId: string): Promise<Attachment[]> {
    const rows = await this.db.attachments
      .where('[draftId+fieldPath]')
      .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey])
      .toArray();
    return Promise.all(rows.map((row) => decodeAttachment(row, this.codec)));
  }

  /** Calls `onChange` with the draft now and whenever it changes, in this tab or another. Returns an unsubscribe. */
  watch(id: string, onChange: (draft: Draft | undefined) => void, onError?: (error: unknown) => void): () => void {
    const decode = (row: DraftRow | undefined) => (row ? decodeDraft(row, this.codec) : Promise.resolve(undefined));
    return this.track(follow(() => this.db.drafts.get(id), decode, onChange, onError));
  }

  /** Calls `onChange` with the drafts list (as `list`) now and whenever it changes, in this tab or another. */
  watchList(
    procedureId: string | undefined,
    onChange: (drafts: Draft[]) => void,
    onError?: (error: unknown) => void,
  ): () => void {
    return this.track(
      follow(
        () => this.listRows(procedureId),
        (rows) => this.decodeDrafts(rows),
        onChange,
        onError,
      ),
    );
  }

  /** Stops every watch and closes the connection. */
  close(): void {
    for (const unsubscribe of [...this.subscriptions]) unsubscribe();
    this.db.close();
  }

  /** Runs writes of one draft from this store one after another, whether the previous one succeeded or not. */
  private inTurn<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(task, task);
    this.queues.set(id, run);
    const forget = () => void (this.queues.get(id) === run && this.queues.delete(id));
    run.then(forget, forget);
    return run;
  }

  private listRows(procedureId: string | undefined): Promise<DraftRow[]> {
    if (procedureId === undefined) return this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return this.db.drafts
      .where('[procedureId+updatedAt]')
      .between([procedureId, Dexie.minKey], [procedureId, Dexie.maxKey])
      .reverse()
      .toArray();
  }

  private decodeDrafts(rows: DraftRow[]): Promise<Draft[]> {
    return Promise.all(rows.map((row) => decodeDraft(row, this.codec)));
  }

  /** Tracks a live query so that `close` can stop it. */
  private track(unfollow: () => void): () => void {
    const unsubscribe = () => {
      unfollow();
      this.subscriptions.delete(unsubscribe);
    };
    this.subscriptions.add(unsubscribe);
    return unsubscribe;
  }
}
